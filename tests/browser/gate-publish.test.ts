// The pre-publish gate in Chromium with the built extension: a publish click or Ctrl+Enter with
// errors left opens the dialog; "publish anyway" publishes exactly once with the draft intact;
// "review" keeps everything; nothing blocks with the gate off (globally or for the site) or on a
// clean draft. The fixture pages count their own publish handler calls.
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserTestsAvailable, useBrowser } from "./harness.js";
import {
  cardState, caret, chip, editorText, gateState, publishCount, resetPublishCount, screenshot, setSettings, typeAndSettle, waitFor, frenchInterface, openFacebookAndX, resetSettings, serveFixtures,
} from "./pages/fixtures.js";
import { clickInOverlay, inContentWorld } from "./overlay-access.js";

const FR_DRAFT = "Son dossier no 552190 est resté ouvert. Prenez 400 mg d'ibuprofène trois fois par jour.";
const EN_DRAFT = "His chart # 88123 was left open. Take 400 mg of ibuprofen three times a day.";

const draft = typeAndSettle;

/** The gate's top border colour and class, as drawn (its shadow root is closed). */
function gateBorder(page: Page) {
  return inContentWorld(page, (_a, roots) => {
    const d = roots.map((r) => r.querySelector<HTMLDialogElement>("dialog.gate")).find((g) => g?.open);
    return d ? { color: getComputedStyle(d).borderTopColor, severity: d.classList.contains("error") ? "error" : d.classList.contains("warning") ? "warning" : "" } : null;
  });
}
const RED = "rgb(197, 34, 31)";
const AMBER = "rgb(178, 106, 0)";

/** Publish handler calls settle: an extra, late dispatch would show up here. */
async function settledCount(page: Page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300))));
  return publishCount(page);
}

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("the pre-publish gate", () => {
  const h = useBrowser(serveFixtures, resetSettings, frenchInterface);
  let fb: Page;
  let x: Page;
  beforeAll(async () => {
    ({ fb, x } = await openFacebookAndX(h));
  });

  it("stops the publish click while errors remain; publish anyway publishes once, draft intact", async () => {
    const findings = await draft(h, fb, FR_DRAFT);
    expect(findings.some((f) => f.severity === "error")).toBe(true);
    await fb.click("#publish");
    const gate = await waitFor(() => gateState(fb), (g) => g !== null);
    expect(gate!.text).toContain("Avant de publier");
    expect(gate!.text).toContain("dossier no 552190");
    expect(gate!.text).toContain("Réviser");
    expect(gate!.text).toContain("Publier quand même");
    expect(gate!.focus).toBe("review");
    expect((await publishCount(fb)).count).toBe(0);
    // An error is listed: the error colour.
    expect(await gateBorder(fb)).toEqual({ color: RED, severity: "error" });
    await screenshot(fb, "gate-fr");
    await clickInOverlay(fb, 'dialog.gate [data-action="publish-anyway"]');
    await waitFor(() => gateState(fb), (g) => g === null);
    expect(await settledCount(fb)).toEqual({ count: 1, published: [FR_DRAFT] });
    expect(await editorText(fb)).toBe(FR_DRAFT);
  });

  it("stops Ctrl+Enter in the editor; review keeps the draft and opens the first error", async () => {
    await resetPublishCount(fb);
    await fb.click("#editor");
    await fb.keyboard.press("ControlOrMeta+End");
    await fb.keyboard.press("Control+Enter");
    await waitFor(() => gateState(fb), (g) => g !== null);
    await clickInOverlay(fb, 'dialog.gate [data-action="review"]');
    await waitFor(() => gateState(fb), (g) => g === null);
    const card = await waitFor(() => cardState(fb), (c) => c !== null);
    expect(card!.severity).toBe("error");
    expect((await caret(fb)).active).toBe(true);
    expect(await settledCount(fb)).toEqual({ count: 0, published: [] });
    expect(await editorText(fb)).toBe(FR_DRAFT);
    await fb.keyboard.press("Escape");
    await waitFor(() => cardState(fb), (c) => c === null);
  });

  it("replays Ctrl+Enter exactly once on publish anyway", async () => {
    await resetPublishCount(fb);
    await fb.click("#editor");
    await fb.keyboard.press("Control+Enter");
    await waitFor(() => gateState(fb), (g) => g !== null);
    await clickInOverlay(fb, 'dialog.gate [data-action="publish-anyway"]');
    expect(await waitFor(() => settledCount(fb), (c) => c.count > 0)).toEqual({ count: 1, published: [FR_DRAFT] });
  });

  it("speaks English, and Escape means review", async () => {
    await setSettings(h, { uiLanguage: "en" });
    await draft(h, x, EN_DRAFT);
    await x.click("#publish");
    const gate = await waitFor(() => gateState(x), (g) => g?.text.includes("Before you publish") ?? false);
    expect(gate!.text).toContain("Publish anyway");
    expect(gate!.text).toContain("chart # 88123");
    await screenshot(x, "gate-en");
    await x.keyboard.press("Escape");
    await waitFor(() => gateState(x), (g) => g === null);
    expect(await settledCount(x)).toEqual({ count: 0, published: [] });
    expect(await editorText(x)).toBe(EN_DRAFT);
  });

  it("does not block a clean draft", async () => {
    await draft(h, x, "Have a great week, everyone!");
    expect(await chip(x)).toMatchObject({ count: 0, fresh: true });
    await x.click("#publish");
    expect(await settledCount(x)).toEqual({ count: 1, published: ["Have a great week, everyone!"] });
    expect(await gateState(x)).toBeNull();
  });

  it("does not block when the gate is turned off", async () => {
    await setSettings(h, { gate: { enabled: false, disabledSites: [] } });
    await draft(h, x, EN_DRAFT);
    await x.click("#publish");
    expect(await settledCount(x)).toEqual({ count: 1, published: [EN_DRAFT] });
    expect(await gateState(x)).toBeNull();
  });

  it("does not block on a site where the gate is turned off, and still does elsewhere", async () => {
    await setSettings(h, { gate: { enabled: true, disabledSites: ["x"] } });
    await draft(h, x, EN_DRAFT);
    await x.click("#publish");
    expect(await settledCount(x)).toEqual({ count: 1, published: [EN_DRAFT] });
    expect(await gateState(x)).toBeNull();
    await draft(h, fb, FR_DRAFT);
    await fb.click("#publish");
    await waitFor(() => gateState(fb), (g) => g !== null);
    expect((await publishCount(fb)).count).toBe(0);
    await fb.keyboard.press("Escape");
  });

  const WARNINGS_ONLY = "Prenez 400 mg d'ibuprofène trois fois par jour pour la fièvre. Les vaccins causent l'autisme, c'est prouvé.";

  it("lists the warnings under the errors when it stops", async () => {
    await setSettings(h, { uiLanguage: "fr", gate: { enabled: true, disabledSites: [], stopOnWarnings: true } });
    const findings = await draft(h, fb, FR_DRAFT);
    const warnings = findings.filter((f) => f.severity === "warning");
    expect(warnings.length).toBeGreaterThan(0);
    await fb.click("#publish");
    await waitFor(() => gateState(fb), (g) => g !== null);
    const lists = await inContentWorld(fb, (_a, roots) =>
      Array.from(roots[0]!.querySelectorAll<HTMLElement>("dialog.gate ul")).map((u) => ({ severity: u.dataset.severity, items: u.children.length })),
    );
    expect(lists).toEqual([
      { severity: "error", items: findings.filter((f) => f.severity === "error").length },
      { severity: "warning", items: warnings.length },
    ]);
    expect((await gateState(fb))!.text).toMatch(/avertissements? à relire/);
    await fb.keyboard.press("Escape");
    await waitFor(() => gateState(fb), (g) => g === null);
  });

  it("stops a draft with warnings only by default, and lets it go when set to stop on errors only", async () => {
    // Gate settings stored before the setting existed: the default applies.
    await setSettings(h, { uiLanguage: "fr", gate: { enabled: true, disabledSites: [] } });
    const findings = await draft(h, fb, WARNINGS_ONLY);
    expect(findings.some((f) => f.severity === "error")).toBe(false);
    expect(findings.filter((f) => f.severity === "warning").length).toBeGreaterThan(0);
    await fb.click("#publish");
    const gate = await waitFor(() => gateState(fb), (g) => g !== null);
    expect(gate!.text).not.toMatch(/erreurs? reste/);
    expect(gate!.text).toMatch(/avertissements? à relire/);
    expect((await publishCount(fb)).count).toBe(0);
    // Only warnings are listed: the warning colour, not the error's.
    expect(await gateBorder(fb)).toEqual({ color: AMBER, severity: "warning" });
    await screenshot(fb, "gate-warnings-fr");
    await fb.keyboard.press("Escape");
    await waitFor(() => gateState(fb), (g) => g === null);
    await setSettings(h, { gate: { enabled: true, disabledSites: [], stopOnWarnings: false } });
    await draft(h, fb, WARNINGS_ONLY);
    await fb.click("#publish");
    expect(await settledCount(fb)).toEqual({ count: 1, published: [WARNINGS_ONLY] });
    expect(await gateState(fb)).toBeNull();
  });

  it("sends nothing outside the extension", () => {
    expect(h.outgoing).toEqual([]);
  });
});
