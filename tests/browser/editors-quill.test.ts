// LinkedIn's share box: a real Quill 2 editor (history module).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { browserSuite, useBrowser } from "./harness.js";
import { openFixture, serveFixtures } from "./fixtures/pages.js";
import { adapterText, editorScenario, expectModel, model } from "./fixtures/scenario.js";

const h = useBrowser(serveFixtures);

editorScenario(h, { page: "quill", publish: "Publier", site: "linkedin", focus: (page) => page.locator(".ql-editor").click() });

// LinkedIn mounts its share box inside an open shadow root (#interop-outlet). Quill 2's own caret
// handling is unreliable there (typed characters land out of order, with or without Garde-fou),
// so the text is set through Quill's API and the adapter is checked on reading and fixing.
browserSuite("the Quill editor inside an open shadow root (LinkedIn)", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openFixture(h, "quill-shadow");
  });
  afterAll(async () => {
    await page?.close();
  });

  it("finds the editor through the shadow root and reads what Quill holds", async () => {
    expect(await page.evaluate(() => window.gardeFouTest.count())).toBe(1);
    await page.evaluate(() => (window.fixture!.setText as (t: string) => void)("Bonjour Marie Tremblay.\n\nDeuxième ligne"));
    await expectModel(page, "Bonjour Marie Tremblay.\n\nDeuxième ligne");
    expect(await adapterText(page)).toBe("Bonjour Marie Tremblay.\n\nDeuxième ligne");
    expect(await page.evaluate(() => window.gardeFouTest.rangeText(0, 8, 22))).toBe("Marie Tremblay");
    expect((await page.evaluate(() => window.gardeFouTest.rects(0, 8, 22))).length).toBeGreaterThan(0);
  });

  it("applies a replacement and an end insertion that Quill's model holds", async () => {
    expect(await page.evaluate(() => window.gardeFouTest.replace(0, 8, 22, "madame T."))).toBe(true);
    await expectModel(page, "Bonjour madame T..\n\nDeuxième ligne");
    const end = (await model(page)).length;
    expect(await page.evaluate((n) => window.gardeFouTest.replace(0, n, n, " Info générale."), end)).toBe(true);
    await expectModel(page, "Bonjour madame T..\n\nDeuxième ligne Info générale.");
  });

  it("finds the publish button and an attached photo inside the shadow root", async () => {
    expect(await page.evaluate(() => window.gardeFouTest.publishLabels(0))).toContain("Publier");
    expect(await page.evaluate(() => window.gardeFouTest.hasMedia(0))).toBe(false);
    await page.evaluate(() => (window.fixture!.attach as () => void)());
    expect(await page.evaluate(() => window.gardeFouTest.hasMedia(0))).toBe(true);
  });
});
