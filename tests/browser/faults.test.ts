// Faults: the service worker stopped mid-typing, and settings corrupted in storage.
import { describe, expect, it } from "vitest";
import { browserTestsAvailable, useBrowser } from "./harness.js";
import { FB_URL, openFixture, serveFixtures, typeDraft, underlines, waitFor } from "./pages/fixtures.js";

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("faults", () => {
  const h = useBrowser(serveFixtures);

  it("brings warnings back at the next keystroke after the service worker is stopped, without a reload", async () => {
    const page = await openFixture(h, FB_URL);
    await typeDraft(page, "Son dossier no 552190 est resté ouvert.");
    await waitFor(() => underlines(page), (u) => u.some((x) => x.text.includes("552190")), 30_000, page);
    // Stop every service worker, as Chrome does after 30 s idle.
    const cdp = await h.context.newCDPSession(page);
    await cdp.send("ServiceWorker.enable");
    await cdp.send("ServiceWorker.stopAllWorkers");
    await page.waitForTimeout(500);
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type(" Sa chambre 218 aussi.");
    const after = await waitFor(() => underlines(page), (u) => u.some((x) => x.text.includes("218")), 30_000, page);
    expect(after.some((x) => x.text.includes("552190"))).toBe(true);
  }, 120_000);

  it("falls back to default settings when storage holds garbage, and keeps working", async () => {
    const worker = h.context.serviceWorkers()[0] ?? (await h.context.waitForEvent("serviceworker"));
    await worker.evaluate(async () => chrome.storage.sync.set({ settings: { version: 1, ruleSets: "everything", sites: 42, gate: null } }));
    const page = await openFixture(h, FB_URL);
    await typeDraft(page, "Chart # 88123 was left open.");
    const u = await waitFor(() => underlines(page), (x) => x.some((y) => y.text.includes("88123")), 30_000, page);
    expect(u.length).toBeGreaterThan(0);
  }, 120_000);

  it("shows rules that failed on a draft in the options page's diagnostics", async () => {
    const worker = h.context.serviceWorkers()[0] ?? (await h.context.waitForEvent("serviceworker"));
    await worker.evaluate(async () => chrome.storage.session.set({ "diagnostics:rule-errors": [{ ruleId: "privacy/patient-details", message: "boom", at: Date.now() }] }));
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    await options.waitForSelector("[data-rule-errors='1']", { timeout: 20_000 });
    expect(await options.textContent("[data-rule-errors='1']")).toContain("privacy/patient-details");
  }, 60_000);
});
