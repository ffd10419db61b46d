// The privacy promise, proven: while drafts are typed, analysed and fixed and the popup and the
// options page are used, no request leaves the extension (pages, service worker, content
// scripts), and no draft text reaches any storage area or any console.
import type { ConsoleMessage } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { browserTestsAvailable, useBrowser } from "./harness.js";
import { FB_URL, X_URL, analyzeInWorker, openFixture, serveFixtures, typeDraft, underlines, waitFor } from "./pages/fixtures.js";

// A sentinel no rule, message or setting contains: if it shows up anywhere, draft text leaked.
const SENTINEL = "Quorvexine";
// Its birth date's fix ("née en 1937") carries words of the draft: findings must not be stored whole.
const DRAFT_FR = `Mme ${SENTINEL} Gagnon, 87 ans, née le 3 avril 1937, vue hier soir à l'urgence, dossier no 552190. Prenez 400 mg d'ibuprofène deux fois par jour.`;
const DRAFT_EN = `Mrs ${SENTINEL} was in my ER last night, chart # 88123. Send me your results by DM and take 400 mg of ibuprofen twice a day.`;

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("privacy", () => {
  const h = useBrowser(serveFixtures);
  const requests: string[] = [];
  const consoleLines: string[] = [];
  const onConsole = (m: ConsoleMessage) => consoleLines.push(m.text());

  beforeAll(async () => {
    // A second net under the route: every request the browser context sees, service worker included.
    h.context.on("request", (r) => requests.push(r.url()));
    h.worker.on("console", onConsole);
  }, 120_000);

  it("sends no request while drafts are typed and analysed, and the popup and options are used", async () => {
    for (const [url, draft] of [
      [FB_URL, DRAFT_FR],
      [X_URL, DRAFT_EN],
    ] as const) {
      const page = await openFixture(h, url);
      page.on("console", onConsole);
      await typeDraft(page, draft);
      await waitFor(() => underlines(page), (u) => u.length > 0, 30_000, page);
      await page.keyboard.type(" Fin.");
      await page.waitForTimeout(500);
    }
    const tabId = await h.worker.evaluate(async () => (await chrome.tabs.query({ url: "https://www.facebook.com/*" }))[0]?.id ?? -1);
    const popup = await h.context.newPage();
    popup.on("console", onConsole);
    await popup.goto(`chrome-extension://${h.extensionId}/src/popup/index.html?tabId=${tabId}`);
    await popup.waitForTimeout(1000);
    const options = await h.context.newPage();
    options.on("console", onConsole);
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    await options.waitForTimeout(1000);

    const network = requests.filter((u) => !u.startsWith("chrome-extension://") && !u.startsWith("https://www.facebook.com/") && !u.startsWith("https://x.com/"));
    expect(network).toEqual([]);
    expect(h.outgoing.filter((u) => !u.startsWith("https://www.facebook.com/") && !u.startsWith("https://x.com/"))).toEqual([]);
  }, 180_000);

  it("writes no draft text to any storage area, not even through a fix that carries it", async () => {
    expect((await analyzeInWorker(h, DRAFT_FR)).some((f) => f.fix?.replacement.includes("en 1937"))).toBe(true);
    const dump = await h.worker.evaluate(async () =>
      JSON.stringify({
        local: await chrome.storage.local.get(null),
        sync: await chrome.storage.sync.get(null),
        session: await chrome.storage.session.get(null),
      }),
    );
    expect(dump).not.toContain(SENTINEL);
    expect(dump).not.toContain("552190");
    expect(dump).not.toContain("88123");
    expect(dump).not.toContain("en 1937");
    expect(dump).toContain("tab:");
  });

  it("writes no draft text to any console", () => {
    expect(consoleLines.filter((l) => l.includes(SENTINEL) || l.includes("552190"))).toEqual([]);
  });
});
