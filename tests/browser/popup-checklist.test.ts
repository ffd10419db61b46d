// The popup opened for a tab (?tabId=N): the draft's findings grouped by category, the manual
// items, consent first when media is attached, "ready to publish", the no-composer and site-off
// states, and the language switch. The tab state is written the way the background writes it.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { ROOT, browserTestsAvailable, useBrowser, serving } from "./harness.js";
import { FIXTURE_PAGE, allowExtensionPages, poll, RISKY_FINDINGS, riskyFindings, WARNING_ONLY_FINDINGS, popupUrl, setTabState, storedSettings, tabIdOf, writeSettings, frenchSettings } from "./ui-helpers.js";

const SHOTS = join(ROOT, "docs", "screenshots");

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("the popup checklist", () => {
  const h = useBrowser(allowExtensionPages, frenchSettings, serving("https://www.facebook.com/**", FIXTURE_PAGE));
  let site: Page;
  let tabId: number;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    site = await h.context.newPage();
    await site.goto("https://www.facebook.com/garde-fou-popup");
    tabId = await tabIdOf(h, site);
  });

  async function openPopup(id = tabId): Promise<Page> {
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(popupUrl(h, id));
    return popup;
  }

  it("lists a risky draft's findings by category with the report's recommendation and the Code article", async () => {
    await setTabState(h, tabId, { findings: RISKY_FINDINGS, hasMedia: false });
    const popup = await openPopup();
    const findings = popup.getByRole("region", { name: "Ce que Garde-fou a relevé" });
    await poll(() => findings.getByRole("heading", { level: 3 }).allTextContents()).toEqual([
      "Confidentialité des patients (2)",
      "Conseils cliniques (1)",
      "Publicité (1)",
    ]);
    const privacy = popup.locator('[data-category="patient-privacy"] li');
    // Worst first inside a category.
    await poll(() => privacy.first().textContent()).toContain("Numéro de dossier : il identifie le patient.");
    expect(await privacy.first().textContent()).toContain("Erreur");
    expect(await privacy.first().textContent()).toContain("Aucun renseignement qui identifie un patient");
    expect(await privacy.first().textContent()).toContain("Code de déontologie des médecins, art. 20 (1°, 2°, 5°)");
    expect(await popup.getByRole("button", { name: /Montrer dans la page/ }).count()).toBe(4);
    await popup.close();
  });

  it("lists the manual items as labelled checkboxes and is not ready while errors remain", async () => {
    const popup = await openPopup();
    for (const name of ["Consentement pour toute image ou information personnelle", "Paramètres de confidentialité vérifiés", "Compte personnel ou professionnel", "S'identifier clairement", "Les règles de la publicité s'appliquent en ligne"]) {
      await poll(() => popup.getByRole("checkbox", { name }).count(), name).toBe(1);
    }
    const banner = popup.getByRole("status").filter({ hasText: "Pas encore prêt à publier" });
    await poll(() => banner.textContent()).toContain("2 erreurs à corriger");
    expect(await popup.locator(".media-alert").count()).toBe(0);
    await popup.close();
  });

  it("puts the consent item first, prominently, when the compose box has media", async () => {
    await setTabState(h, tabId, { findings: RISKY_FINDINGS, hasMedia: true });
    const popup = await openPopup();
    const alert = popup.locator(".media-alert");
    await poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain("Une image ou une vidéo est jointe");
    expect(await alert.getByRole("checkbox", { name: /Consentement/ }).count()).toBe(1);
    // Before the findings and the other manual items, and only once.
    const order = await popup.evaluate(() => {
      const alertBox = document.querySelector(".media-alert");
      const findingsBox = document.querySelector(".findings");
      return alertBox && findingsBox ? alertBox.compareDocumentPosition(findingsBox) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    expect(await popup.getByRole("checkbox", { name: /Consentement/ }).count()).toBe(1);
    await popup.screenshot({ path: join(SHOTS, "popup-fr.png"), fullPage: true });
    await popup.close();
  });

  it("reaches ready to publish once the errors are fixed and every item is ticked", async () => {
    await setTabState(h, tabId, { findings: RISKY_FINDINGS, hasMedia: true });
    const popup = await openPopup();
    const boxes = popup.getByRole("checkbox");
    await poll(() => boxes.count()).toBeGreaterThanOrEqual(5);
    for (const box of await boxes.all()) await box.check();
    const banner = popup.locator(".ready-banner");
    // Errors remain: ticking alone is not enough.
    await poll(() => banner.getAttribute("data-ready")).toBe("false");
    expect(await banner.textContent()).toContain("2 erreurs à corriger");
    expect(await banner.textContent()).not.toContain("à cocher");
    // The user fixes the errors in the page; the popup follows the tab state it is showing.
    await setTabState(h, tabId, { findings: WARNING_ONLY_FINDINGS, hasMedia: true });
    await poll(() => banner.getAttribute("data-ready")).toBe("true");
    expect(await banner.textContent()).toContain("Prêt à publier");
    expect(await banner.getAttribute("aria-live")).toBe("polite");
    await popup.close();

    // The ticks are kept for this tab (ids only, never draft text) and survive reopening.
    const again = await openPopup();
    await poll(() => again.locator(".ready-banner").getAttribute("data-ready")).toBe("true");
    const stored = await h.worker.evaluate(async (id) => (await chrome.storage.session.get(`ticks:${id}`))[`ticks:${id}`], tabId);
    expect(stored).toMatchObject({ ids: expect.arrayContaining(["consent-images", "privacy-settings"]) });
    await again.getByRole("button", { name: "Tout décocher" }).click();
    await poll(() => again.locator(".ready-banner").getAttribute("data-ready")).toBe("false");
    await again.close();
  });

  it("is reachable by keyboard: the manual items tick with the space bar", async () => {
    await setTabState(h, tabId, { findings: [], hasMedia: false });
    const popup = await openPopup();
    const first = popup.getByRole("checkbox").first();
    await poll(() => first.count()).toBe(1);
    await first.focus();
    await popup.keyboard.press("Space");
    expect(await first.isChecked()).toBe(true);
    await popup.keyboard.press("Tab");
    expect(await popup.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("checkbox");
    await popup.close();
  });

  it("says so when the page has no compose box", async () => {
    const other = await h.context.newPage();
    await other.goto("https://www.facebook.com/garde-fou-empty");
    const popup = await openPopup(await tabIdOf(h, other));
    await poll(() => popup.locator("[data-view]").getAttribute("data-view")).toBe("no-composer");
    expect(await popup.getByRole("heading", { name: "Aucune zone de rédaction" }).count()).toBe(1);
    await popup.close();
    await other.close();
  });

  it("offers to turn a site back on when it is off, and turns it on", async () => {
    await writeSettings(h, { version: 1, uiLanguage: "fr", sites: { facebook: false } });
    const popup = await openPopup();
    await poll(() => popup.locator("[data-view]").getAttribute("data-view")).toBe("site-off");
    expect(await popup.getByRole("heading", { name: "Garde-fou est désactivé sur Facebook" }).count()).toBe(1);
    await popup.getByRole("button", { name: "Activer sur Facebook" }).click();
    await poll(async () => ((await storedSettings(h))?.["sites"] as Record<string, boolean> | undefined)?.["facebook"]).toBe(true);
    // With the site back on, the draft's checklist shows.
    await poll(() => popup.locator(".ready-banner").count()).toBe(1);
    await popup.close();
  });

  it("asks the page to show a finding and says why when it cannot", async () => {
    await setTabState(h, tabId, { findings: RISKY_FINDINGS, hasMedia: false });
    const popup = await openPopup();
    const button = popup.getByRole("button", { name: "Montrer dans la page : Numéro de dossier : il identifie le patient." });
    await button.click();
    // This page has no compose box, so the content script (or its absence) cannot show it.
    const alert = popup.getByRole("alert");
    await poll(() => alert.textContent()).toMatch(/Ce passage n'est plus dans le brouillon|La page ne répond pas/);
    await popup.close();
  });

  it("switches to English with the UI language setting", async () => {
    await h.worker.evaluate(async (id) => chrome.storage.session.remove(`ticks:${id}`), tabId);
    await setTabState(h, tabId, { findings: RISKY_FINDINGS, hasMedia: true });
    await writeSettings(h, { version: 1, uiLanguage: "fr" });
    const popup = await openPopup();
    await poll(() => popup.getByRole("heading", { name: "Vérification avant publication" }).count()).toBe(0);
    await poll(() => popup.locator(".subtitle").textContent()).toBe("Vérification avant publication");
    await poll(() => popup.evaluate(() => document.documentElement.lang)).toBe("fr");
    // Live: the open popup follows the setting.
    await writeSettings(h, { version: 1, uiLanguage: "en" });
    await poll(() => popup.locator(".subtitle").textContent()).toBe("Pre-publish check");
    // The content script asks for a fresh analysis in the new language; the popup follows it.
    await setTabState(h, tabId, { findings: riskyFindings("en"), hasMedia: true });
    await poll(() => popup.getByText("Chart number: it identifies the patient.").count()).toBe(1);
    await poll(() => popup.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await popup.getByRole("heading", { name: "What Garde-fou found" }).count()).toBe(1);
    expect(await popup.getByRole("checkbox", { name: "Privacy settings checked" }).count()).toBe(1);
    expect(await popup.locator('[data-category="patient-privacy"] li').first().textContent()).toContain("Nothing that identifies a patient");
    await popup.screenshot({ path: join(SHOTS, "popup-en.png"), fullPage: true });
    await popup.close();
    await writeSettings(h, undefined);
  });

  it("sends nothing out of the browser", () => {
    expect(h.outgoing).toEqual([]);
  });
});
