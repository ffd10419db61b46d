// X's composer: a real Draft.js editor under React 18.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsAvailable, launch, type Harness } from "./harness.js";
import { openFixture, serveFixtures } from "./fixtures/pages.js";
import { adapterText, editorScenario, expectModel } from "./fixtures/scenario.js";

editorScenario({ page: "draft", publish: "Poster", site: "x", focus: (page) => page.locator(".public-DraftEditor-content").click() });

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("Draft.js fixes that cross its text leaves", () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await launch();
    await serveFixtures(h);
    page = await openFixture(h, "draft");
    await page.locator(".public-DraftEditor-content").click();
    await page.keyboard.type("Bonjour Marie.");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Deux");
  });
  afterAll(async () => {
    await h?.close();
  });

  it("does not offer a replacement that spans two blocks", async () => {
    await expectModel(page, "Bonjour Marie.\nDeux");
    expect(await page.evaluate(() => window.gardeFouTest.canReplace(0, 8, 17))).toBe(false);
    expect(await page.evaluate(() => window.gardeFouTest.replace(0, 8, 17, "X"))).toBe(false);
    await expectModel(page, "Bonjour Marie.\nDeux");
  });

  it("appends a multi-line notice as new blocks through Draft's paste handling, and undo removes it", async () => {
    await page.waitForTimeout(700);
    const end = "Bonjour Marie.\nDeux".length;
    expect(await page.evaluate((n) => window.gardeFouTest.replace(0, n, n, "\n\nInformation générale."), end)).toBe(true);
    await expectModel(page, "Bonjour Marie.\nDeux\n\nInformation générale.");
    expect(await adapterText(page)).toBe("Bonjour Marie.\nDeux\n\nInformation générale.");
    await page.keyboard.type(" Ok");
    await expectModel(page, "Bonjour Marie.\nDeux\n\nInformation générale. Ok");
    await page.keyboard.press("Control+z");
    await page.keyboard.press("Control+z");
    await expectModel(page, "Bonjour Marie.\nDeux");
  });
});
