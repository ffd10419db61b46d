// X's composer: a real Draft.js editor under React 18.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { browserSuite, useBrowser } from "./harness.js";
import { openFixture, serveFixtures } from "./fixtures/pages.js";
import { adapterText, editorScenario, expectModel, model } from "./fixtures/scenario.js";

const h = useBrowser(serveFixtures);

editorScenario(h, { page: "draft", publish: "Poster", site: "x", focus: (page) => page.locator(".public-DraftEditor-content").click() });

browserSuite("Draft.js fixes that cross its text leaves", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openFixture(h, "draft");
    await page.locator(".public-DraftEditor-content").click();
    await page.keyboard.type("Bonjour Marie.");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Deux");
  });
  afterAll(async () => {
    await page?.close();
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
    // The notice is one step of Draft's own undo stack. How Draft groups the typed " Ok" into
    // steps depends on when its `select` events land (one or two steps in headless Chromium), so
    // undo is pressed until the draft is back, at most four times.
    for (let i = 0; i < 4 && (await model(page)) !== "Bonjour Marie.\nDeux"; i++) {
      await page.keyboard.press("Control+z");
      await page.waitForTimeout(100);
    }
    await expectModel(page, "Bonjour Marie.\nDeux");
  });
});
