// Garde-fou on a site the user turns on from the popup (settings.customSites): before, nothing of
// ours on the page; the popup's button → the single-file content script is registered and run,
// underlines appear in the page's textarea (French and English) and contenteditable; a reload
// keeps it on; nothing of ours inside the editors, no request leaves, the page cannot fetch any
// file of the extension; removed in the options, or its permission revoked → gone after reload.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { CUSTOM_ORIGIN, TEST_DIST } from "./custom-site/test-dist.js";
import { browserTestsAvailable, useBrowserWith, serving } from "./harness.js";
import { CUSTOM_PAGE, CUSTOM_PAGE_URL } from "./custom-site/page.js";
import { allowExtensionPages, optionsUrl, poll, popupUrl, storedSettings, tabIdOf, writeSettings, frenchSettings } from "./ui-helpers.js";
import { analyzeInWorker, expectedSpans, screenshot, sortSpans } from "./pages/fixtures.js";
import { inContentWorld, OVERLAY_HOST } from "./overlay-access.js";
import { CUSTOM_SITE_SCRIPT, scriptIdFor } from "../../src/shared/custom-site-script.js";
import { rmSync } from "node:fs";

const FR_DRAFT = "Son dossier no 552190 est resté ouvert. Prenez 400 mg d'ibuprofène trois fois par jour.";
const EN_DRAFT = "His chart # 88123 was left open. Take 400 mg of ibuprofen three times a day.";

// After the browser that loaded it has closed.
afterAll(() => rmSync(TEST_DIST, { recursive: true, force: true }));

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("Garde-fou on a site the user turns on", () => {
  const h = useBrowserWith({ dist: TEST_DIST }, allowExtensionPages, frenchSettings, serving(`${CUSTOM_ORIGIN}/**`, CUSTOM_PAGE));
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    page = await h.context.newPage();
    await page.goto(CUSTOM_PAGE_URL);
    tabId = await tabIdOf(h, page);
  });

  /** Whether a Garde-fou controller claimed the page's content-script world (lifecycle.ts). */
  const controllerInPage = () =>
    h.worker.evaluate(async (id) => {
      const [result] = await chrome.scripting.executeScript({ target: { tabId: id }, func: () => Symbol.for("garde-fou.controller") in globalThis });
      return result?.result === true;
    }, tabId);

  const registered = () => h.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, js: s.js, matches: s.matches })));

  /** Underlined spans of the textarea or of the contenteditable: the boxes of the overlay next to
   *  it (read in the content script's world: the overlay's shadow root is closed). */
  const underlines = (which: "textarea" | "summary") =>
    inContentWorld(page, (w, roots) => {
      const out: Array<{ severity: string; text: string }> = [];
      const el = document.getElementById(w === "summary" ? "summary" : "editor")!;
      const text = el instanceof HTMLTextAreaElement ? el.value : el.innerText;
      const root = roots.find((r) => r.host === el.nextElementSibling);
      const seen = new Set<string>();
      for (const box of root?.querySelectorAll<HTMLElement>(".box") ?? []) {
        const key = `${box.dataset.start}-${box.dataset.end}-${box.dataset.rule}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ severity: box.dataset.severity ?? "", text: text.slice(Number(box.dataset.start), Number(box.dataset.end)) });
      }
      return out;
    }, which);

  /** Overlay hosts the page can see (a plain <div>, known here by its z-index). */
  const hosts = (selector = OVERLAY_HOST) => page.locator(selector).count();

  async function typeInto(selector: string, text: string): Promise<void> {
    await page.bringToFront();
    await page.click(selector);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    await page.keyboard.type(text);
  }

  async function expectUnderlined(which: "textarea" | "summary", draft: string): Promise<void> {
    const findings = await analyzeInWorker(h, draft);
    expect(findings.some((f) => f.severity === "error")).toBe(true);
    const want = expectedSpans(draft, findings);
    await poll(async () => sortSpans(await underlines(which))).toEqual(want);
  }

  it("is not on the page before the user turns it on", async () => {
    await typeInto("#editor", FR_DRAFT);
    expect(await controllerInPage()).toBe(false);
    expect(await hosts()).toBe(0);
    expect(await registered()).toEqual([]);
  });

  it("turns on from the popup: the single-file script is registered and underlines a French draft at once", async () => {
    const popup = await h.context.newPage();
    await popup.goto(popupUrl(h, tabId));
    await poll(() => popup.getByRole("heading", { name: "Garde-fou n'est pas actif sur ce site" }).count()).toBe(1);
    await popup.getByRole("button", { name: `Activer pour ${CUSTOM_ORIGIN}` }).click();
    await poll(() => registered()).toEqual([{ id: scriptIdFor(CUSTOM_ORIGIN), js: [CUSTOM_SITE_SCRIPT], matches: [`${CUSTOM_ORIGIN}/*`] }]);
    // The popup moves on from "not active" (to the draft's checklist once the page reports it).
    await poll(() => popup.locator('[data-view="not-active"]').count()).toBe(0);
    await popup.close();
    expect((await storedSettings(h))?.customSites).toEqual([CUSTOM_ORIGIN]);
    // The note the popup left for the background is gone once either side has finished.
    await poll(() => h.worker.evaluate(async () => Object.keys(await chrome.storage.session.get("customSite:pending")))).toEqual([]);
    // The page that was open gets the script without a reload.
    await poll(() => controllerInPage()).toBe(true);
    await typeInto("#editor", FR_DRAFT);
    await expectUnderlined("textarea", FR_DRAFT);
    await screenshot(page, "custom-site-fr");
  });

  it("stays on after a reload (the registration persists) and underlines an English draft", async () => {
    await writeSettings(h, { ...(await storedSettings(h)), uiLanguage: "en" });
    await page.reload();
    await poll(() => hosts(`#editor + ${OVERLAY_HOST}`)).toBe(1);
    await typeInto("#editor", EN_DRAFT);
    await expectUnderlined("textarea", EN_DRAFT);
    await typeInto("#summary", FR_DRAFT);
    await expectUnderlined("summary", FR_DRAFT);
    await screenshot(page, "custom-site-en");
  });

  it("puts no node of its own inside the editors, and no request leaves", async () => {
    const foreign = await page.evaluate(() =>
      ["editor", "summary"].map((id) => {
        const el = document.getElementById(id)!;
        return el.children.length === 0 ? 0 : Array.from(el.querySelectorAll("*")).filter((n) => /garde|gf-/i.test(`${n.tagName} ${n.className} ${n.id}`)).length;
      }),
    );
    expect(foreign).toEqual([0, 0]);
    expect(await page.evaluate(() => (document.getElementById("editor") as HTMLTextAreaElement).value)).toBe(EN_DRAFT);
    expect(await page.evaluate(() => document.getElementById("summary")!.textContent)).toBe(FR_DRAFT);
    expect(h.outgoing).toEqual([]);
  });

  it("gives the page no way to fetch a file of the extension (nothing is web-accessible)", async () => {
    const url = (f: string) => `chrome-extension://${h.extensionId}/${f}`;
    const tryFetch = (p: Page, urls: string[]) =>
      p.evaluate(async (list) => Promise.all(list.map((u) => fetch(u).then((r) => `ok ${r.status}`, (e: Error) => `failed: ${e.name}`))), urls);
    expect(await tryFetch(page, [url("manifest.json"), url(CUSTOM_SITE_SCRIPT)])).toEqual(Array(2).fill("failed: TypeError"));
    // The supported sites: unreachable-files.test.ts.
  });

  it("is gone after a reload once removed in the options", async () => {
    const options = await h.context.newPage();
    await options.goto(optionsUrl(h));
    await options.getByRole("button", { name: `Remove ${CUSTOM_ORIGIN}` }).click();
    await poll(async () => (await storedSettings(h))?.customSites).toEqual([]);
    await options.close();
    await poll(() => registered()).toEqual([]);
    await page.reload();
    await typeInto("#editor", FR_DRAFT);
    expect(await controllerInPage()).toBe(false);
    expect(await hosts()).toBe(0);
  });
});
