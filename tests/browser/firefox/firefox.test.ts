// The main browser scenarios again in Firefox (firefox-esr through WebDriver BiDi, dist/firefox
// installed as a temporary add-on): underlines and the chip on the Lexical, Draft.js, Quill and
// ProseMirror fixtures; the card, a fix and its undo; the pre-publish gate; a site turned on whose
// popup closed during the permission prompt (the background finishes on permissions.onAdded); no
// request leaves a page and no draft text reaches storage. One browser for the file: launching
// Firefox is the slow part.
import type { KeyInput, Page } from "puppeteer-core";
import { beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../../src/analyzer/index.js";
import { PAGES, type PageName } from "../fixtures/pages.js";
import { OVERLAY_HOST } from "../overlay-access.js";
import {
  FACEBOOK_PAGE, X_PAGE, caret, editorText, expectedSpans, publishCount, readCard, readChip, readGate, readUnderlines, resetPublishCount, sortSpans, underlinePoint,
} from "../pages/fixtures.js";
import { firefoxTestsAvailable, serveFixtures, useFirefox } from "./harness.js";
import { overlayAccess, type OverlayAccess } from "./overlay-access.js";

// A sentinel no rule, message or setting contains: if it shows up in storage, draft text leaked.
const SENTINEL = "Quorvexine";
const FR_DRAFT = `Mme ${SENTINEL} a oublié son dossier no 552190 au poste. Prenez 400 mg d'ibuprofène trois fois par jour.`;
const EN_DRAFT = "His chart # 88123 was left open. Take 400 mg of ibuprofen three times a day.";
// The simple composers of the card and gate tests, on hosts the editor fixtures leave free.
const FB_URL = "https://web.facebook.com/";
const X_URL = "https://twitter.com/compose/post";
const CUSTOM_ORIGIN = "https://notes.example.org";
const CUSTOM_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Notes</title></head><body><div id="composer"><textarea id="editor" rows="6" cols="60" spellcheck="false"></textarea></div></body></html>`;

/** The page helpers of the Chromium tests that read the page through `evaluate` alone, which both drivers share. */
const same = (page: Page) => page as unknown as Parameters<typeof editorText>[0];

const EDITORS: Array<{ page: PageName; site: string; editor: string }> = [
  { page: "lexical", site: "facebook", editor: '[data-lexical-editor="true"]' },
  { page: "draft", site: "x", editor: ".public-DraftEditor-content" },
  { page: "quill", site: "linkedin", editor: ".ql-editor" },
  { page: "prosemirror", site: "substack", editor: ".ProseMirror" },
];

async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`${what} never held; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

async function chord(page: Page, modifier: KeyInput, key: KeyInput): Promise<void> {
  await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  await page.keyboard.up(modifier);
}

/** What the underlines must show for `text`: the analyzer's own findings, as the worker computes them. */
function wanted(text: string) {
  const findings = analyze(text).findings;
  return { findings, spans: expectedSpans(text, findings) };
}

let overlay: OverlayAccess;
const underlines = (page: Page) => overlay.inContentWorld(page, readUnderlines);
const chip = (page: Page) => overlay.inContentWorld(page, readChip);
const cardState = (page: Page) => overlay.inContentWorld(page, readCard);
const gateState = (page: Page) => overlay.inContentWorld(page, readGate);

async function underlined(page: Page, text: string) {
  const { findings, spans } = wanted(text);
  await poll(async () => sortSpans(await underlines(page)), (u) => JSON.stringify(u) === JSON.stringify(spans), "underlines");
  return findings;
}

/** Clicks the middle of the underline over `flagged`, as a person would. */
async function clickUnderline(page: Page, flagged: string): Promise<void> {
  const point = await poll(() => overlay.inContentWorld(page, underlinePoint, flagged), (p) => p !== null, `an underline over ${flagged}`);
  await page.mouse.click(point!.x, point!.y);
}

describe.skipIf(!firefoxTestsAvailable() && !process.env.CI)("Garde-fou in Firefox", () => {
  const h = useFirefox(serveFixtures);
  let ext: Page;

  const setSettings = (patch: Record<string, unknown>) =>
    ext.evaluate(async (p) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const stored = ((await api.storage.sync.get("settings")) as { settings?: object }).settings ?? {};
      await api.storage.sync.set({ settings: { ...stored, version: 1, ...p } });
    }, patch);

  async function openPage(url: string, ready: string): Promise<Page> {
    const page = await h.newPage();
    await page.goto(url);
    await page.waitForSelector(ready);
    return page;
  }

  async function typeDraft(page: Page, editor: string, text: string): Promise<void> {
    await page.bringToFront();
    await page.click(editor);
    await chord(page, "Control", "a");
    await page.keyboard.press("Delete");
    await page.keyboard.type(text);
  }

  beforeAll(async () => {
    h.serve(FB_URL, FACEBOOK_PAGE);
    h.serve(X_URL, X_PAGE);
    h.serve(`${CUSTOM_ORIGIN}/`, CUSTOM_PAGE);
    ext = await h.extensionPage();
    overlay = overlayAccess(ext);
    await overlay.grantScripting();
    await setSettings({ uiLanguage: "fr" });
  });

  for (const { page: name, site, editor } of EDITORS) {
    it(`underlines a draft typed in the ${name} editor on ${site}, and the chip counts it`, async () => {
      const page = await h.newPage();
      await page.goto(PAGES[name].url);
      await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === "true", { timeout: 20_000 });
      await typeDraft(page, editor, FR_DRAFT);
      const findings = await underlined(page, FR_DRAFT);
      expect(findings.some((f) => f.severity === "error")).toBe(true);
      const c = await poll(() => chip(page), (v) => v?.fresh === true, "a fresh chip");
      expect(c).toMatchObject({ worst: "error", hidden: false });
      expect(c!.count).toBeGreaterThan(0);
      // Nothing of ours inside the editor: its model holds the typed draft only.
      expect(await page.evaluate((sel) => Array.from(document.querySelector(sel)!.querySelectorAll("*")).filter((n) => /garde|gf-/i.test(`${n.tagName} ${n.className} ${n.id}`)).length, editor)).toBe(0);
      await page.close();
    });
  }

  it("opens the card on a click on an underline and applies its fix; undo restores the draft", async () => {
    const page = await openPage(X_URL, "#editor");
    await typeDraft(page, "#editor", EN_DRAFT);
    const findings = await underlined(page, EN_DRAFT);
    const fixable = findings.find((f) => f.fix && f.fix.start < f.fix.end);
    expect(fixable, "a finding with a replacement fix").toBeTruthy();
    const fix = fixable!.fix!;
    await clickUnderline(page, EN_DRAFT.slice(fixable!.start, fixable!.end));
    const card = await poll(() => cardState(page), (c) => c?.rule === fixable!.ruleId, "the card");
    expect(card!.text).toContain(EN_DRAFT.slice(fixable!.start, fixable!.end));
    await overlay.clickInOverlay(page, '.card [data-action="fix"]');
    const expected = EN_DRAFT.slice(0, fix.start) + fix.replacement + EN_DRAFT.slice(fix.end);
    await poll(() => editorText(same(page)), (t) => t === expected, "the fixed text");
    await poll(() => cardState(page), (c) => c === null, "the card closed");
    expect(await caret(same(page))).toEqual({ active: true, start: fix.start + fix.replacement.length, end: fix.start + fix.replacement.length });
    await chord(page, "Control", "z");
    await poll(() => editorText(same(page)), (t) => t === EN_DRAFT, "the draft restored by undo");
    await page.close();
  });

  it("stops a publish click while errors remain; review keeps the draft, publish anyway publishes once", async () => {
    const page = await openPage(FB_URL, "#editor");
    await typeDraft(page, "#editor", FR_DRAFT);
    await underlined(page, FR_DRAFT);
    await poll(() => chip(page), (c) => c?.fresh === true, "a fresh chip");
    await resetPublishCount(same(page));
    await page.click("#publish");
    const gate = await poll(() => gateState(page), (g) => g !== null, "the gate");
    expect(gate!.text).toContain("Avant de publier");
    expect(gate!.text).toContain("dossier no 552190");
    expect((await publishCount(same(page))).count).toBe(0);
    await overlay.clickInOverlay(page, 'dialog.gate [data-action="review"]');
    await poll(() => gateState(page), (g) => g === null, "the gate closed");
    expect((await publishCount(same(page))).count).toBe(0);
    await page.keyboard.press("Escape");
    await page.click("#publish");
    await poll(() => gateState(page), (g) => g !== null, "the gate again");
    await overlay.clickInOverlay(page, 'dialog.gate [data-action="publish-anyway"]');
    await poll(() => publishCount(same(page)), (c) => c.count > 0, "the publish");
    await new Promise((r) => setTimeout(r, 300));
    expect(await publishCount(same(page))).toEqual({ count: 1, published: [FR_DRAFT] });
    expect(await editorText(same(page))).toBe(FR_DRAFT);
    await page.close();
  });

  it("turns a site on although the popup closed during the permission prompt (the background finishes)", async () => {
    // From the extension's installed state: "scripting" not granted (the tests' reader gives it back).
    await overlay.revokeScripting();
    const page = await openPage(`${CUSTOM_ORIGIN}/post`, "#editor");
    expect(await page.$(OVERLAY_HOST)).toBeNull();
    // The popup's turn-on, up to the prompt: the note for the background, then the request from a
    // click (a user gesture). The page then closes, as Firefox closes the popup for the prompt,
    // before the popup's own finishing steps could run.
    const popup = await h.extensionPage("src/popup/index.html?tabId=0");
    await popup.evaluate((origin) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const button = document.createElement("button");
      button.id = "turn-on";
      button.textContent = "on";
      button.style.cssText = "position:fixed;top:0;left:0;width:80px;height:40px;z-index:99999";
      button.addEventListener("click", () => {
        void api.storage.session.set({ "customSite:pending": { origin, requestedAt: Date.now() } });
        void api.permissions.request({ origins: [`${origin}/*`], permissions: ["scripting"] });
      });
      document.body.append(button);
    }, CUSTOM_ORIGIN);
    await popup.click("#turn-on");
    await popup.close();
    const state = () =>
      ext.evaluate(async (origin) => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        // The site lists live in this device's storage ("settings:device"), the rest in sync.
        const device = ((await api.storage.local.get("settings:device")) as { "settings:device"?: { customSites?: string[] } })["settings:device"];
        const scripts = api.scripting ? await api.scripting.getRegisteredContentScripts() : [];
        return {
          granted: await api.permissions.contains({ origins: [`${origin}/*`] }),
          customSites: device?.customSites ?? [],
          scripts: scripts.map((s) => s.js),
          pending: Object.keys(await api.storage.session.get("customSite:pending")),
        };
      }, CUSTOM_ORIGIN);
    await poll(state, (s) => s.granted && s.customSites.includes(CUSTOM_ORIGIN) && s.scripts.length === 1 && s.pending.length === 0, "the background's turn-on");
    await page.reload();
    await page.waitForSelector("#editor");
    await typeDraft(page, "#editor", EN_DRAFT);
    await underlined(page, EN_DRAFT);
    await page.close();
  });

  it("sends no request from the pages and keeps no draft text in any storage area", async () => {
    expect(h.outgoing).toEqual([]);
    const dump = await ext.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return JSON.stringify({ local: await api.storage.local.get(null), sync: await api.storage.sync.get(null), session: await api.storage.session.get(null) });
    });
    expect(dump).toContain("uiLanguage");
    for (const leak of [SENTINEL, "552190", "88123"]) expect(dump).not.toContain(leak);
  });
});
