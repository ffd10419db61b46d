// The warning card in Chromium with the built extension: opened by mouse and keyboard, closed by
// Escape with the focus and caret back in the editor; text only (markup in a draft stays text);
// fixes applied through the editor's input path with undo; ignore for this draft; a rule turned
// off in one tab disappears in another without reload.
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserTestsAvailable, type Harness, useBrowser } from "./harness.js";
import {
  FB_URL, X_URL, analyzeInWorker, cardState, caret, clickCardAction, clickUnderline, editorText, expectedSpans, openFixture, resetSettings, screenshot, setSettings, typeDraft, underlines, waitFor, waitForUnderlines, frenchInterface, openFacebookAndX, serveFixtures,
} from "./pages/fixtures.js";
import { inContentWorld } from "./overlay-access.js";

const FR_DRAFT = "Son dossier no 552190 est resté ouvert. Prenez 400 mg d'ibuprofène trois fois par jour.";
const EN_DRAFT = "His chart # 88123 was left open. Take 400 mg of ibuprofen three times a day.";

async function ready(h: Harness, page: Page, text: string) {
  const findings = await analyzeInWorker(h, text);
  await waitForUnderlines(page, expectedSpans(text, findings));
  return findings;
}

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("the warning card", () => {
  const h = useBrowser(serveFixtures, resetSettings, frenchInterface);
  let fb: Page;
  let x: Page;
  beforeAll(async () => {
    ({ fb, x } = await openFacebookAndX(h));
  });

  it("opens on a click on an underline and closes on Escape, focus and caret back in the editor", async () => {
    await typeDraft(fb, FR_DRAFT);
    await ready(h, fb, FR_DRAFT);
    await clickUnderline(fb, "dossier no 552190");
    const card = await waitFor(() => cardState(fb), (c) => c !== null);
    expect(card).toMatchObject({ category: "patient-privacy", severity: "error" });
    expect(card!.text).toContain("Confidentialité des patients");
    expect(card!.text).toContain("Code de déontologie");
    expect(card!.text).toContain("dossier no 552190");
    expect(card!.text).toContain("Code de déontologie : art. 20");
    expect(card!.text).toContain("À lire dans le rapport : Première partie");
    const where = await caret(fb);
    expect(where.active).toBe(true);
    await screenshot(fb, "card-fr");
    await fb.keyboard.press("Escape");
    await waitFor(() => cardState(fb), (c) => c === null);
    expect(await caret(fb)).toEqual(where);
    expect(await editorText(fb)).toBe(FR_DRAFT);
  });

  it("moves between findings from the keyboard and gives the focus back on Escape", async () => {
    await fb.click("#editor");
    await fb.keyboard.press("ControlOrMeta+End");
    const before = await caret(fb);
    expect(before.start).toBe(FR_DRAFT.length);
    await fb.keyboard.press("Alt+Shift+N");
    const first = await waitFor(() => cardState(fb), (c) => c !== null);
    // From the end of the text the next finding wraps around to the first one.
    expect(first!.category).toBe("patient-privacy");
    expect(first!.focusInside).toBe(true);
    await fb.keyboard.press("Alt+Shift+N");
    const second = await waitFor(() => cardState(fb), (c) => c !== null && c.text !== first!.text);
    expect(second!.category).toBe("clinical-advice");
    await fb.keyboard.press("Alt+Shift+P");
    await waitFor(() => cardState(fb), (c) => c?.category === "patient-privacy");
    await fb.keyboard.press("Escape");
    await waitFor(() => cardState(fb), (c) => c === null);
    expect(await caret(fb)).toEqual(before);
    expect(await editorText(fb)).toBe(FR_DRAFT);
  });

  it("shows markup typed in a draft as literal text", async () => {
    const draft = "<img src=x onerror=alert(1)> dossier no 552190 <script>alert(2)</script>";
    await typeDraft(fb, draft);
    await ready(h, fb, draft);
    await clickUnderline(fb, "dossier no 552190");
    const card = await waitFor(() => cardState(fb), (c) => c !== null);
    expect(card!.text).toContain("<img src=x onerror=alert(1)>");
    expect(card!.text).toContain("<script>alert(2)</script>");
    const injected = {
      ...(await inContentWorld(fb, (_a, roots) => ({ img: roots[0]!.querySelectorAll("img").length, script: roots[0]!.querySelectorAll("script").length }))),
      alerts: await fb.evaluate(() => (window as unknown as { alerts: number }).alerts),
    };
    expect(injected).toEqual({ img: 0, script: 0, alerts: 0 });
    await fb.keyboard.press("Escape");
  });

  for (const [name, url, draft] of [["textarea", X_URL, EN_DRAFT], ["contenteditable", FB_URL, FR_DRAFT]] as const) {
    it(`applies a fix in a ${name}, undo restores the text, typing goes on at the caret`, async () => {
      const page = url === X_URL ? x : fb;
      await typeDraft(page, draft);
      const findings = await ready(h, page, draft);
      const fixable = findings.find((f) => f.fix && f.fix.start < f.fix.end);
      expect(fixable, "a finding with a replacement fix").toBeTruthy();
      const fix = fixable!.fix!;
      await clickUnderline(page, draft.slice(fixable!.start, fixable!.end));
      await waitFor(() => cardState(page), (c) => c?.rule === fixable!.ruleId);
      await clickCardAction(page, "fix");
      const expected = draft.slice(0, fix.start) + fix.replacement + draft.slice(fix.end);
      await waitFor(() => editorText(page), (t) => t === expected);
      await waitFor(() => cardState(page), (c) => c === null);
      const after = await caret(page);
      expect(after).toEqual({ active: true, start: fix.start + fix.replacement.length, end: fix.start + fix.replacement.length });
      await page.keyboard.press("ControlOrMeta+Z");
      await waitFor(() => editorText(page), (t) => t === draft);
      await page.keyboard.press("ControlOrMeta+Shift+Z");
      await waitFor(() => editorText(page), (t) => t === expected);
      await page.keyboard.type("Z");
      const typed = expected.slice(0, fix.start + fix.replacement.length) + "Z" + expected.slice(fix.start + fix.replacement.length);
      await waitFor(() => editorText(page), (t) => t === typed);
      await page.keyboard.press("Backspace");
      await waitFor(() => editorText(page), (t) => t === expected);
    });
  }

  it("ignores a finding for this draft, even after an edit elsewhere", async () => {
    await typeDraft(fb, FR_DRAFT);
    const findings = await ready(h, fb, FR_DRAFT);
    await clickUnderline(fb, "dossier no 552190");
    await waitFor(() => cardState(fb), (c) => c?.category === "patient-privacy");
    await clickCardAction(fb, "ignore");
    await waitFor(() => cardState(fb), (c) => c === null);
    const rest = findings.filter((f) => FR_DRAFT.slice(f.start, f.end) !== "dossier no 552190");
    await waitForUnderlines(fb, expectedSpans(FR_DRAFT, rest));
    expect((await caret(fb)).active).toBe(true);
    await fb.keyboard.press("ControlOrMeta+End");
    await fb.keyboard.type(" Merci.");
    const edited = `${FR_DRAFT} Merci.`;
    const fresh = (await analyzeInWorker(h, edited)).filter((f) => edited.slice(f.start, f.end) !== "dossier no 552190");
    await waitForUnderlines(fb, expectedSpans(edited, fresh));
  });

  it("turns a rule off after confirmation, and its underlines disappear in another open tab", async () => {
    const other = await openFixture(h, FB_URL);
    await typeDraft(other, FR_DRAFT);
    const findings = await ready(h, other, FR_DRAFT);
    await typeDraft(fb, FR_DRAFT);
    await ready(h, fb, FR_DRAFT);
    await clickUnderline(fb, "dossier no 552190");
    const card = await waitFor(() => cardState(fb), (c) => c?.category === "patient-privacy");
    await clickCardAction(fb, "disable");
    // Nothing changes before the confirmation.
    expect((await underlines(other)).some((u) => u.text === "dossier no 552190")).toBe(true);
    await clickCardAction(fb, "confirm-disable");
    const rest = findings.filter((f) => f.ruleId !== card!.rule);
    await waitForUnderlines(other, expectedSpans(FR_DRAFT, rest));
    await waitForUnderlines(fb, expectedSpans(FR_DRAFT, rest));
    const stored = await h.worker.evaluate(async () => ((await chrome.storage.sync.get("settings")).settings as { disabledRules?: string[] } | undefined)?.disabledRules);
    expect(stored).toContain(card!.rule);
    await other.close();
    await resetSettings(h);
    await setSettings(h, { uiLanguage: "fr" });
  });

  it("speaks English when the UI language is English", async () => {
    await setSettings(h, { uiLanguage: "en" });
    await typeDraft(x, EN_DRAFT);
    await ready(h, x, EN_DRAFT);
    await clickUnderline(x, "chart # 88123");
    const card = await waitFor(() => cardState(x), (c) => c?.text.includes("Patient privacy") ?? false);
    expect(card!.text).toContain("Code of ethics: art. 20");
    expect(card!.text).toContain("Read in the report (in French): ");
    expect(card!.text).toContain("Ignore here");
    await screenshot(x, "card-en");
    await x.keyboard.press("Escape");
    await waitFor(() => cardState(x), (c) => c === null);
    expect((await caret(x)).active).toBe(true);
  });

  it("answers the popup: draft info, and focusFinding opens the card on that finding", async () => {
    await setSettings(h, { uiLanguage: "fr" });
    await typeDraft(fb, FR_DRAFT);
    const findings = await ready(h, fb, FR_DRAFT);
    await waitFor(() => h.worker.evaluate(async () => (await chrome.storage.session.get(null)) as Record<string, unknown>), (s) => Object.keys(s).some((k) => k.startsWith("tab:")));
    const extensionPage = await h.context.newPage();
    await extensionPage.goto(`chrome-extension://${h.extensionId}/src/popup/index.html`);
    const ask = (message: unknown) =>
      extensionPage.evaluate(async (m) => {
        const [tab] = await chrome.tabs.query({ url: "https://www.facebook.com/*" });
        return chrome.tabs.sendMessage(tab!.id!, m);
      }, message);
    // The draft's key for the popup's ticks is a hash, never words of the draft.
    expect(await ask({ type: "getDraftInfo", data: {} })).toEqual({ ok: true, data: { site: "facebook", hasComposer: true, hasMedia: false, enabled: true, draft: expect.stringMatching(/^[0-9a-z]{1,16}$/) } });
    const index = findings.findIndex((f) => f.category === "clinical-advice");
    await fb.bringToFront();
    expect(await ask({ type: "focusFinding", data: { index } })).toEqual({ ok: true, data: { ok: true } });
    const card = await waitFor(() => cardState(fb), (c) => c !== null);
    expect(card!.rule).toBe(findings[index]!.ruleId);
    const selected = await caret(fb);
    expect(FR_DRAFT.slice(selected.start, selected.end)).toBe(FR_DRAFT.slice(findings[index]!.start, findings[index]!.end));
    expect(await ask({ type: "focusFinding", data: { index: 99 } })).toEqual({ ok: true, data: { ok: false } });
    await extensionPage.close();
    await fb.keyboard.press("Escape");
  });

  it("sends nothing outside the extension", () => {
    expect(h.outgoing).toEqual([]);
  });
});
