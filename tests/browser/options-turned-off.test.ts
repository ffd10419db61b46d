// What a card turned off comes back from the options page: turned-off rules (settings) and the
// passages "Ignore here" hides in open drafts (asked live from the tab), each with a keyboard-
// reachable "turn back on"; the never-flag list warns on a lone common surname; the gate's
// stop-on-warnings setting. Screenshots of each state in docs/screenshots.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { ROOT, browserTestsAvailable, useBrowser } from "./harness.js";
import { allowExtensionPages, optionsUrl, poll, storedSettings, writeSettings } from "./ui-helpers.js";
import { FB_URL, analyzeInWorker, cardState, clickCardAction, clickUnderline, expectedSpans, openFixture, serveFixtures, typeDraft, underlines, waitFor, waitForUnderlines } from "./pages/fixtures.js";

const SHOTS = join(ROOT, "docs", "screenshots");
const DRAFT = "Son dossier no 552190 est resté ouvert. Prenez 400 mg d'ibuprofène trois fois par jour.";

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("turning back on from the options page", () => {
  const h = useBrowser(allowExtensionPages, serveFixtures);
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    page = await h.context.newPage();
    await page.setViewportSize({ width: 900, height: 1000 });
  });

  const open = async (lang: "fr" | "en", extra: Record<string, unknown> = {}) => {
    await writeSettings(h, { version: 1, uiLanguage: lang, ...extra });
    await page.goto(optionsUrl(h));
    await page.getByRole("heading", { level: 1 }).waitFor();
  };

  it("lists a turned-off rule and turns it back on from the keyboard", async () => {
    await open("fr", { disabledRules: ["privacy/file-number"] });
    const section = page.locator("#turned-off");
    await section.scrollIntoViewIfNeeded();
    const button = section.getByRole("button", { name: "Réactiver la règle Confidentialité · privacy/file-number" });
    await button.waitFor();
    await page.screenshot({ path: join(SHOTS, "options-turned-off-fr.png"), clip: (await section.boundingBox())! });
    await button.focus();
    await page.keyboard.press("Enter");
    await poll(() => storedSettings(h).then((s) => s?.disabledRules)).toEqual([]);
    await section.locator('[data-empty="disabled-rules"]').waitFor();
  });

  it("says so in English, with nothing turned off", async () => {
    await open("en");
    const section = page.locator("#turned-off");
    expect(await section.getByRole("heading", { level: 2 }).textContent()).toBe("What you turned off");
    expect(await section.locator('[data-empty="disabled-rules"]').textContent()).toBe("No rule is turned off.");
    await poll(() => section.locator('[data-empty="ignored"]').textContent()).toBe("No passage is ignored in the open tabs.");
    await open("en", { disabledRules: ["consensus/vaccine-myths"] });
    await page.locator("#turned-off").getByRole("button", { name: /^Turn the rule Medical consensus · consensus\/vaccine-myths back on$/ }).waitFor();
  });

  it("lists a passage ignored in an open draft and flags it again there", async () => {
    await writeSettings(h, { version: 1, uiLanguage: "fr" });
    const fb = await openFixture(h, FB_URL);
    await typeDraft(fb, DRAFT);
    const findings = await analyzeInWorker(h, DRAFT);
    await waitForUnderlines(fb, expectedSpans(DRAFT, findings));
    await clickUnderline(fb, "dossier no 552190");
    await waitFor(() => cardState(fb), (c) => c?.category === "patient-privacy");
    await clickCardAction(fb, "ignore");
    await poll(async () => (await underlines(fb)).some((u) => u.text === "dossier no 552190")).toBe(false);

    await page.bringToFront();
    await page.goto(optionsUrl(h));
    const section = page.locator("#turned-off");
    const button = section.getByRole("button", { name: "Signaler de nouveau « dossier no 552190 »" });
    await button.waitFor();
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "options-ignored-fr.png"), clip: (await section.boundingBox())! });
    await button.focus();
    await page.keyboard.press("Enter");
    await section.locator('[data-empty="ignored"]').waitFor();
    await fb.bringToFront();
    await waitForUnderlines(fb, expectedSpans(DRAFT, findings));
    await fb.close();
  });

  it("warns when a never-flag entry is one common surname, not when it is a full name", async () => {
    await open("fr", { allowlist: ["Tremblay", "Dre Julie Gagnon"] });
    const notes = page.locator('[data-warning="surname"]');
    await poll(() => notes.count()).toBe(1);
    expect(await notes.first().textContent()).toContain("« Tremblay » est un nom de famille courant");
    const list = page.locator("#lists-heading").locator("xpath=..");
    await list.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "options-surname-warning-fr.png"), clip: (await list.boundingBox())! });
  });

  it("offers to stop on warnings too, on by default, and saves the choice", async () => {
    await open("en");
    const box = page.getByRole("checkbox", { name: /^Stop on warnings too/ });
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await poll(() => storedSettings(h).then((s) => (s?.gate as { stopOnWarnings?: boolean } | undefined)?.stopOnWarnings)).toBe(false);
  });
});
