// The popup shows each finding's flagged words, asked live from the page's content script (the
// tab state in storage holds no draft text), so identical messages are told apart.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, browserTestsAvailable, useBrowser } from "./harness.js";
import { allowExtensionPages, poll, popupUrl, tabIdOf } from "./ui-helpers.js";
import { FB_URL, analyzeInWorker, expectedSpans, openFixture, serveFixtures, typeDraft, waitForUnderlines, frenchInterface } from "./pages/fixtures.js";

const SHOTS = join(ROOT, "docs", "screenshots");
const DRAFT = "Son dossier no 552190 est resté ouvert. Le dossier no 771204 aussi, au poste de garde.";

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("the popup's flagged words", () => {
  const h = useBrowser(allowExtensionPages, serveFixtures, frenchInterface);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
  });

  it("quotes the flagged words of two findings with the same message", async () => {
    const fb = await openFixture(h, FB_URL);
    await typeDraft(fb, DRAFT);
    await waitForUnderlines(fb, expectedSpans(DRAFT, await analyzeInWorker(h, DRAFT)));
    const tabId = await tabIdOf(h, fb);
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.goto(popupUrl(h, tabId));
    const items = popup.locator('[data-category="patient-privacy"] li[data-rule="privacy/file-number"]');
    await poll(() => items.locator("[data-excerpt] mark").allTextContents()).toEqual(["dossier no 552190", "dossier no 771204"]);
    // Nothing of the draft went to storage for it.
    const session = await h.worker.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)));
    expect(session).not.toContain("552190");
    await popup.screenshot({ path: join(SHOTS, "popup-excerpts-fr.png") });
    await popup.close();
  });
});
