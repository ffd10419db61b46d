// The options page: each control saves to storage.sync at once; import refuses a bad file and
// changes nothing; export round-trips; reset asks first; FR ↔ EN; the repair notice shows.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { defaultSettings, importSettings } from "../../src/shared/settings.js";
import { ROOT, browserTestsAvailable, useBrowser } from "./harness.js";
import { allowExtensionPages, optionsUrl, poll, storedSettings, writeSettings } from "./ui-helpers.js";

const SHOTS = join(ROOT, "docs", "screenshots");

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("the options page", () => {
  const h = useBrowser(allowExtensionPages);
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    page = await h.context.newPage();
    await page.setViewportSize({ width: 900, height: 900 });
  });

  /** Fresh French settings and a freshly loaded page for each test. */
  beforeEach(async () => {
    await writeSettings(h, { version: 1, uiLanguage: "fr" });
    await page.goto(optionsUrl(h));
    await page.getByRole("heading", { level: 1, name: "Options de Garde-fou" }).waitFor();
  });

  const stored = async <T,>(pick: (s: Record<string, unknown>) => T) => pick((await storedSettings(h)) ?? {});

  it("turns a rule set off and on, and the stored settings follow", async () => {
    const advertising = page.getByRole("checkbox", { name: /^Publicité/ });
    expect(await advertising.isChecked()).toBe(true);
    await advertising.uncheck();
    await poll(() => stored((s) => (s.ruleSets as Record<string, boolean> | undefined)?.advertising)).toBe(false);
    await poll(() => page.getByRole("status").first().textContent()).toBe("Enregistré.");
    // The other rule sets are untouched.
    expect(await stored((s) => (s.ruleSets as Record<string, boolean>).privacy)).toBe(true);
    await advertising.check();
    await poll(() => stored((s) => (s.ruleSets as Record<string, boolean>).advertising)).toBe(true);
  });

  it("describes each rule set in one line read with its checkbox", async () => {
    const box = page.getByRole("checkbox", { name: /^Confidentialité/ });
    const describedBy = await box.getAttribute("aria-describedby");
    expect(describedBy).toBeTruthy();
    expect(await page.locator(`#${describedBy}`).textContent()).toContain("reconnaître un patient");
  });

  it("turns a site off and the publish check off for one site, then everywhere", async () => {
    const sites = page.getByRole("group", { name: "Sites", exact: true });
    const gateSites = page.getByRole("group", { name: "Sur ces sites :" });
    await sites.getByRole("checkbox", { name: "X (Twitter)" }).uncheck();
    await poll(() => stored((s) => (s.sites as Record<string, boolean> | undefined)?.x)).toBe(false);
    await gateSites.getByRole("checkbox", { name: "LinkedIn" }).uncheck();
    await poll(() => stored((s) => (s.gate as { disabledSites: string[] } | undefined)?.disabledSites)).toEqual(["linkedin"]);
    await page.getByRole("checkbox", { name: /Quand je publie un brouillon/ }).uncheck();
    await poll(() => stored((s) => (s.gate as { enabled: boolean } | undefined)?.enabled)).toBe(false);
    await poll(() => gateSites.getByRole("checkbox", { name: "Facebook" }).isDisabled()).toBe(true);
  });

  it("saves the personal lists one entry a line, and the disclaimers", async () => {
    const allowlist = page.getByRole("textbox", { name: /Ne jamais signaler/ });
    await allowlist.fill("Dre Tremblay\n\n  Clinique du Parc  \nDre Tremblay");
    await allowlist.blur();
    await poll(() => stored((s) => s.allowlist)).toEqual(["Dre Tremblay", "Clinique du Parc"]);
    const alwaysFlag = page.getByRole("textbox", { name: /Toujours signaler/ });
    await alwaysFlag.fill("4e Nord\nUnité coronarienne B");
    await alwaysFlag.blur();
    await poll(() => stored((s) => s.alwaysFlag)).toEqual(["4e Nord", "Unité coronarienne B"]);
    const short = page.getByRole("textbox", { name: /Forme courte pour X, en français/ });
    expect(await short.getAttribute("maxlength")).toBe("140");
    await short.fill("Info générale seulement.");
    await short.blur();
    await poll(() => stored((s) => (s.disclaimers as Record<string, string> | undefined)?.shortFr)).toBe("Info générale seulement.");
  });

  it("refuses a malformed settings file with a reason and changes nothing", async () => {
    await page.getByRole("checkbox", { name: /^Consensus médical/ }).uncheck();
    await poll(() => stored((s) => (s.ruleSets as Record<string, boolean>).consensus)).toBe(false);
    const before = await storedSettings(h);
    const input = page.locator("#import-settings");
    await input.setInputFiles({ name: "settings.json", mimeType: "application/json", buffer: Buffer.from("{ \"version\": 1, ruleSets: ") });
    const status = page.getByRole("status").first();
    await poll(() => status.textContent()).toBe("Fichier refusé, rien n'a changé : ce n'est pas un fichier JSON valide");
    expect(await status.getAttribute("data-status")).toBe("error");
    expect(await storedSettings(h)).toEqual(before);

    await input.setInputFiles({ name: "settings.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...defaultSettings(), uiLanguage: "klingon" })) });
    await poll(() => status.textContent()).toContain("valeur invalide pour « uiLanguage »");
    await input.setInputFiles({ name: "contacts.json", mimeType: "application/json", buffer: Buffer.from('[{"name": "Dre Tremblay"}]') });
    await poll(() => status.textContent()).toContain("le fichier ne contient pas un objet de réglages");
    expect(await storedSettings(h)).toEqual(before);
    expect(await page.getByRole("checkbox", { name: /^Consensus médical/ }).isChecked()).toBe(false);
  });

  it("exports a file that imports back, and an import applies at once", async () => {
    await page.getByRole("checkbox", { name: /^Professionnalisme/ }).uncheck();
    await poll(() => stored((s) => (s.ruleSets as Record<string, boolean>).professionalism)).toBe(false);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Exporter les réglages (JSON)" }).click()]);
    expect(download.suggestedFilename()).toBe("garde-fou-settings.json");
    const text = readFileSync(await download.path(), "utf8");
    const parsed = importSettings(text);
    expect(parsed.ok && parsed.settings.ruleSets.professionalism).toBe(false);

    const english = { ...defaultSettings(), uiLanguage: "en", allowlist: ["Dr. Smith"] };
    await page.locator("#import-settings").setInputFiles({ name: "s.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(english)) });
    await poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Garde-fou options");
    await poll(() => page.getByRole("status").first().textContent()).toBe("Settings imported.");
    await poll(() => stored((s) => s.allowlist)).toEqual(["Dr. Smith"]);
    await poll(() => page.getByRole("textbox", { name: /Never flag/ }).inputValue()).toBe("Dr. Smith");
  });

  it("restores the defaults only after confirmation", async () => {
    await page.getByRole("checkbox", { name: /^Publicité/ }).uncheck();
    await poll(() => stored((s) => (s.ruleSets as Record<string, boolean>).advertising)).toBe(false);
    await page.getByRole("button", { name: "Rétablir les réglages par défaut…" }).click();
    const dialog = page.getByRole("dialog", { name: "Rétablir les réglages par défaut ?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Annuler" }).click();
    expect(await dialog.isVisible()).toBe(false);
    expect(await stored((s) => (s.ruleSets as Record<string, boolean>).advertising)).toBe(false);

    await page.getByRole("button", { name: "Rétablir les réglages par défaut…" }).click();
    await dialog.getByRole("button", { name: "Rétablir", exact: true }).click();
    await poll(() => storedSettings(h)).toEqual(defaultSettings());
  });

  it("switches the interface between French and English", async () => {
    await poll(() => page.evaluate(() => document.documentElement.lang)).toBe("fr");
    await page.screenshot({ path: join(SHOTS, "options-fr.png"), fullPage: true });
    await page.getByRole("radio", { name: "English" }).check();
    await poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Garde-fou options");
    await poll(() => page.evaluate(() => document.documentElement.lang)).toBe("en");
    await poll(() => page.evaluate(() => document.title)).toBe("Garde-fou options");
    await poll(() => stored((s) => s.uiLanguage)).toBe("en");
    expect(await page.getByRole("checkbox", { name: /^Advertising/ }).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, "options-en.png"), fullPage: true });
    await page.getByRole("radio", { name: "Français" }).check();
    await poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Options de Garde-fou");
  });

  it("shows in diagnostics that corrupt stored settings were repaired", async () => {
    expect(await page.locator('[data-notice="none"]').count()).toBe(1);
    await writeSettings(h, { version: 1, uiLanguage: "fr", allowlist: "not a list" });
    await page.reload();
    const notice = page.locator('[data-notice="repaired"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain("allowlist");
    expect(await notice.textContent()).toContain("illisibles");
  });

  it("sends nothing out of the browser", () => {
    expect(h.outgoing).toEqual([]);
  });
});
