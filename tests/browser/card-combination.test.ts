// Details that identify a patient together, on the Facebook (Lexical) fixture with the built
// extension: one grouped card lists the parts (every part underlined), a part's fix goes through the
// editor's input path and Ctrl+Z restores the text, the card is reached from the keyboard, ignoring
// it ignores the whole group, and the gate counts it as one warning. French and English.
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserTestsAvailable, useBrowser, type Harness } from "./harness.js";
import {
  analyzeInWorker, cardState, clickUnderline, editorText, expectedSpans, frenchInterface, gateState, openFacebookAndX, resetSettings, screenshot, serveFixtures, setSettings, typeDraft, underlines, waitFor, waitForUnderlines,
} from "./pages/fixtures.js";
import { clickInOverlay, inContentWorld } from "./overlay-access.js";

const RULE = "privacy/patient-details";
const FR_STORY = "Hier soir, M. Pelletier, 89 ans, de Saint-Siméon, ancien maire, est arrivé à l'urgence avec une pneumonie.";
const EN_STORY = "Last night a 91-year-old retired ferry captain from Gaspé came to our ER with a broken hip.";

/** The open card's listed parts: each one's words and whether it offers a fix. */
function cardParts(page: Page): Promise<Array<{ text: string; fix: boolean }>> {
  return inContentWorld(page, (_a, roots) =>
    [...(roots[0]?.querySelectorAll<HTMLElement>(".card:popover-open ul.parts li") ?? [])].map((li) => ({
      text: li.querySelector("mark")?.textContent ?? "",
      fix: li.querySelector('[data-action="fix-part"]') !== null,
    })),
  );
}

/** Clicks a button of the open card, scrolled into the card's view first (a long card scrolls). */
async function clickInCard(page: Page, selector: string): Promise<void> {
  await inContentWorld(page, (sel, roots) => roots[0]?.querySelector<HTMLElement>(sel)?.scrollIntoView({ block: "nearest" }), selector);
  await clickInOverlay(page, selector);
}

async function settle(h: Harness, page: Page, text: string) {
  await typeDraft(page, text);
  const findings = await analyzeInWorker(h, text);
  await waitForUnderlines(page, expectedSpans(text, findings));
  return findings;
}

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("the combination card", () => {
  const h = useBrowser(serveFixtures, resetSettings, frenchInterface);
  let fb: Page;
  beforeAll(async () => {
    ({ fb } = await openFacebookAndX(h));
  });

  it("underlines every part and shows one card that lists them, the message once", async () => {
    const findings = await settle(h, fb, FR_STORY);
    const combined = findings.filter((f) => f.ruleId === RULE);
    expect(combined).toHaveLength(1);
    const parts = combined[0]!.parts ?? [];
    expect(parts.map((p) => p.text)).toEqual(expect.arrayContaining(["89 ans", "de Saint-Siméon", "maire", "pneumonie"]));
    // Every part is underlined as a warning; the name keeps its own error.
    const drawn = await underlines(fb);
    for (const p of parts) expect(drawn).toContainEqual({ severity: "warning", text: p.text });
    expect(drawn).toContainEqual({ severity: "error", text: "M. Pelletier" });
    // The chip counts two findings: the name and the one combination.
    expect(await inContentWorld(fb, (_a, roots) => roots[0]?.querySelector<HTMLElement>(".chip")?.dataset.count)).toBe("2");
    await clickUnderline(fb, "maire");
    const card = await waitFor(() => cardState(fb), (c) => c?.rule === RULE);
    expect(card!.text.split("Ces détails, mis ensemble, pourraient permettre de reconnaître le patient.").length).toBe(2);
    expect(card!.text).toContain(`${parts.length} détails qui, ensemble, pourraient identifier la personne`);
    const listed = await cardParts(fb);
    expect(listed.map((l) => l.text)).toEqual(parts.map((p) => p.text));
    expect(listed.map((l) => l.fix)).toEqual(parts.map((p) => p.fix !== undefined));
    await screenshot(fb, "card-combination-fr");
    await fb.keyboard.press("Escape");
    await waitFor(() => cardState(fb), (c) => c === null);
  });

  it("applies one part's fix through the editor, and Ctrl+Z restores the text", async () => {
    const findings = await settle(h, fb, FR_STORY);
    const parts = findings.find((f) => f.ruleId === RULE)!.parts!;
    const index = parts.findIndex((p) => p.text === "de Saint-Siméon");
    const fix = parts[index]!.fix!;
    expect(fix.replacement).toBeTruthy();
    await clickUnderline(fb, "89 ans");
    await waitFor(() => cardState(fb), (c) => c?.rule === RULE);
    await clickInCard(fb, `.card li[data-part="${index}"] [data-action="fix-part"]`);
    const expected = FR_STORY.slice(0, fix.start) + fix.replacement + FR_STORY.slice(fix.end);
    await waitFor(() => editorText(fb), (t) => t === expected);
    await waitFor(() => cardState(fb), (c) => c === null);
    // The other parts stay underlined; the fixed one is gone.
    const after = await analyzeInWorker(h, expected);
    await waitForUnderlines(fb, expectedSpans(expected, after));
    expect((await underlines(fb)).some((u) => u.text === "de Saint-Siméon")).toBe(false);
    await fb.keyboard.press("ControlOrMeta+Z");
    await waitFor(() => editorText(fb), (t) => t === FR_STORY);
  });

  it("is reached from the keyboard, and a part's fix is a button like the card's others", async () => {
    const findings = await settle(h, fb, FR_STORY);
    const parts = findings.find((f) => f.ruleId === RULE)!.parts!;
    await fb.click("#editor");
    await fb.keyboard.press("ControlOrMeta+Home");
    await fb.keyboard.press("Alt+Shift+N");
    const first = await waitFor(() => cardState(fb), (c) => c !== null);
    expect(first!.focusInside).toBe(true);
    if (first!.rule !== RULE) await fb.keyboard.press("Alt+Shift+N");
    await waitFor(() => cardState(fb), (c) => c?.rule === RULE && c.focusInside);
    // Tab through the card's buttons until a part's fix has the focus, then press Enter.
    let focused: string | null = null;
    for (let i = 0; i < 20 && focused !== "fix-part"; i++) {
      await fb.keyboard.press("Tab");
      focused = await inContentWorld(fb, (_a, roots) => (roots[0]?.activeElement as HTMLElement | null)?.dataset.action ?? null);
    }
    expect(focused).toBe("fix-part");
    const index = await inContentWorld(fb, (_a, roots) => Number((roots[0]?.activeElement as HTMLElement | null)?.closest("li")?.dataset.part));
    const part = parts[index]!;
    expect(part.fix).toBeDefined();
    await fb.keyboard.press("Enter");
    const expected = FR_STORY.slice(0, part.fix!.start) + part.fix!.replacement + FR_STORY.slice(part.fix!.end);
    await waitFor(() => editorText(fb), (t) => t === expected);
    await fb.keyboard.press("ControlOrMeta+Z");
    await waitFor(() => editorText(fb), (t) => t === FR_STORY);
  });

  it("ignores the whole group at once, and the gate counts one warning", async () => {
    const findings = await settle(h, fb, FR_STORY);
    await fb.click("#publish");
    const gate = await waitFor(() => gateState(fb), (g) => g !== null);
    expect(gate!.text).toContain("1 erreur reste dans ce brouillon");
    expect(gate!.text).toContain("1 avertissement à relire");
    expect(gate!.text).toContain("de Saint-Siméon · maire");
    await fb.keyboard.press("Escape");
    await waitFor(() => gateState(fb), (g) => g === null);
    await clickUnderline(fb, "pneumonie");
    await waitFor(() => cardState(fb), (c) => c?.rule === RULE);
    await clickInCard(fb, '.card [data-action="ignore"]');
    await waitFor(() => cardState(fb), (c) => c === null);
    await waitForUnderlines(fb, expectedSpans(FR_STORY, findings.filter((f) => f.ruleId !== RULE)));
    expect(await editorText(fb)).toBe(FR_STORY);
  });

  it("speaks English when the interface is in English", async () => {
    await setSettings(h, { uiLanguage: "en" });
    const findings = await settle(h, fb, EN_STORY);
    const parts = findings.find((f) => f.ruleId === RULE)!.parts!;
    expect(parts.map((p) => p.text)).toEqual(expect.arrayContaining(["91-year-old", "broken hip"]));
    await clickUnderline(fb, "broken hip");
    const card = await waitFor(() => cardState(fb), (c) => c?.rule === RULE);
    expect(card!.text).toContain(`${parts.length} details that together could identify the person:`);
    expect(card!.text).toContain("Replace with “");
    expect((await cardParts(fb)).map((l) => l.text)).toEqual(parts.map((p) => p.text));
    await fb.keyboard.press("Escape");
    await setSettings(h, { uiLanguage: "fr" });
  });

  it("sends nothing outside the extension", () => {
    expect(h.outgoing).toEqual([]);
  });
});
