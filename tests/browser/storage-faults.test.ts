// When storage refuses the popup's copy of a tab's findings (storage.session full), the analysis is
// still answered: the page's underlines follow the draft and the gate still stops the publish
// click; the tab's stale state is dropped rather than left behind.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { browserTestsAvailable, useBrowser } from "./harness.js";
import { clickInOverlay, inContentWorld } from "./overlay-access.js";
import { FB_URL, gateState, openFixture, publishCount, resetSettings, serveFixtures, typeDraft, underlines, waitFor } from "./pages/fixtures.js";
import { tabIdOf } from "./ui-helpers.js";

const DRAFT = "Son dossier no 552190 est resté ouvert. Prenez 400 mg d'ibuprofène trois fois par jour.";

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("a storage failure", () => {
  const h = useBrowser(serveFixtures, resetSettings);
  let fb: Page;

  beforeAll(async () => {
    fb = await openFixture(h, FB_URL);
  });

  it("does not fail the analysis: underlines follow the draft and the gate still stops", async () => {
    await typeDraft(fb, "Bonjour.");
    const tabId = await tabIdOf(h, fb);
    await waitFor(() => h.worker.evaluate(async (k) => (await chrome.storage.session.get(k))[k] !== undefined, `tab:${tabId}`), (v) => v);
    // Fill storage.session to within a few hundred bytes of its quota.
    const left = await h.worker.evaluate(async () => {
      const quota = chrome.storage.session.QUOTA_BYTES;
      let size = quota - (await chrome.storage.session.getBytesInUse(null)) - 150;
      for (let i = 0; i < 20; i++, size -= 50) {
        try {
          await chrome.storage.session.set({ filler: "x".repeat(size) });
          break;
        } catch {
          // Not yet under the quota.
        }
      }
      return quota - (await chrome.storage.session.getBytesInUse(null));
    });
    expect(left).toBeLessThan(600);
    // The content script's own request is answered in full.
    const reply = await inContentWorld(fb, (text) => chrome.runtime.sendMessage({ type: "analyze", data: { text, site: "facebook" } }), DRAFT);
    expect(reply).toMatchObject({ ok: true });
    expect((reply as { data: { findings: unknown[] } }).data.findings.length).toBeGreaterThan(1);
    // A person's draft: underlined, and the gate stops the publish click.
    await typeDraft(fb, DRAFT);
    await waitFor(() => underlines(fb), (u) => u.some((s) => s.text === "dossier no 552190"));
    await fb.click("#publish");
    await waitFor(() => gateState(fb), (g) => g !== null);
    expect((await publishCount(fb)).count).toBe(0);
    await clickInOverlay(fb, 'dialog.gate [data-action="review"]');
    // No stale state for the popup: the last one that fit was dropped.
    expect(await h.worker.evaluate(async (k) => (await chrome.storage.session.get(k))[k] ?? null, `tab:${tabId}`)).toBeNull();
    await h.worker.evaluate(() => chrome.storage.session.remove("filler"));
  });
});
