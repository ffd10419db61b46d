// The popup's manual ticks belong to one draft: the same draft keeps them across popup openings
// (edited meanwhile, its beginning too), a new draft in the same compose box
// starts with none. Storage holds the ids ticked and the draft's random key, no draft text.
// The banner of a clean draft names what is left to check instead of "not ready".
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, browserTestsAvailable, useBrowser } from "./harness.js";
import { allowExtensionPages, poll, popupUrl, tabIdOf } from "./ui-helpers.js";
import { FB_URL, openFixture, serveFixtures, setSettings, typeAndSettle, frenchInterface } from "./pages/fixtures.js";

const SHOTS = join(ROOT, "docs", "screenshots");
const FIRST = "Belle journée au chalet avec les collègues de l'équipe.";
const SECOND = "Rappel : la clinique sera fermée lundi pour la fête du Travail.";
const SETTINGS = "Paramètres de confidentialité vérifiés";
const IDENTIFY = "S'identifier clairement";

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("the popup's ticks and the draft they belong to", () => {
  const h = useBrowser(allowExtensionPages, serveFixtures, frenchInterface);
  let fb: Page;
  let tabId: number;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    fb = await openFixture(h, FB_URL);
    tabId = await tabIdOf(h, fb);
  });

  async function openPopup(): Promise<Page> {
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.goto(popupUrl(h, tabId));
    await poll(() => popup.getByRole("checkbox", { name: SETTINGS }).count()).toBe(1);
    return popup;
  }

  const ticked = async (popup: Page) => {
    // The ticks are loaded once the page told the draft's key: wait for the list to settle.
    await popup.waitForTimeout(300);
    return Promise.all([SETTINGS, IDENTIFY].map((name) => popup.getByRole("checkbox", { name }).isChecked()));
  };

  it("says nothing is flagged and how many points are left, not \"not ready\", on a clean draft", async () => {
    expect((await typeAndSettle(h, fb, FIRST)).length).toBe(0);
    const popup = await openPopup();
    const banner = popup.locator(".ready-banner");
    await poll(() => banner.getAttribute("data-tone")).toBe("checks");
    const count = await popup.getByRole("checkbox").count();
    expect(await banner.textContent()).toContain(`Aucun passage signalé — il reste ${count} points à vérifier vous-même`);
    expect(await banner.textContent()).not.toContain("Pas encore prêt");
    expect(await popup.locator(".findings").textContent()).toContain("Rien à signaler");
    await popup.screenshot({ path: join(SHOTS, "popup-clean-fr.png"), fullPage: true });
    await popup.close();
  });

  it("keeps the ticks of the same draft across popup openings, while it is edited", async () => {
    let popup = await openPopup();
    await popup.getByRole("checkbox", { name: SETTINGS }).check();
    await popup.getByRole("checkbox", { name: IDENTIFY }).check();
    await poll(() => h.worker.evaluate(async (id) => JSON.stringify(await chrome.storage.session.get(`ticks:${id}`)), tabId)).toContain("identify-yourself");
    await popup.close();

    popup = await openPopup();
    await poll(() => ticked(popup)).toEqual([true, true]);
    await popup.close();

    // Edited, its beginning too: the same draft.
    await fb.bringToFront();
    await fb.click("#editor");
    await fb.keyboard.press("ControlOrMeta+Home");
    await fb.keyboard.type("Vraiment, ");
    await fb.keyboard.press("ControlOrMeta+End");
    await fb.keyboard.type(" Merci!");
    popup = await openPopup();
    await poll(() => ticked(popup)).toEqual([true, true]);
    await popup.close();
  });

  it("stores the ids and a random key, never the draft's words", async () => {
    const stored = await h.worker.evaluate(async (id) => (await chrome.storage.session.get(`ticks:${id}`))[`ticks:${id}`] as { draft: string; ids: string[] }, tabId);
    expect(stored.ids.sort()).toEqual(["identify-yourself", "privacy-settings"]);
    expect(stored.draft).toMatch(/^[0-9a-z]{1,16}$/);
    const all = await h.worker.evaluate(async () => JSON.stringify([await chrome.storage.session.get(null), await chrome.storage.local.get(null)]));
    for (const word of ["chalet", "collègues", "Vraiment", "Merci"]) expect(all).not.toContain(word);
  });

  it("starts a new draft in the same compose box with no ticks, even one that begins the same way", async () => {
    await typeAndSettle(h, fb, SECOND);
    let popup = await openPopup();
    await poll(() => ticked(popup)).toEqual([false, false]);
    await popup.getByRole("checkbox", { name: SETTINGS }).check();
    await popup.close();
    // Published and written again word for word: still a new draft.
    await typeAndSettle(h, fb, SECOND);
    popup = await openPopup();
    await poll(() => ticked(popup)).toEqual([false, false]);
    await popup.close();
  });

  it("follows a new draft while the popup stays open", async () => {
    const popup = await openPopup();
    await popup.getByRole("checkbox", { name: IDENTIFY }).check();
    await typeAndSettle(h, fb, FIRST);
    await poll(() => ticked(popup)).toEqual([false, false]);
    await popup.close();
  });

  it("says the same in English", async () => {
    await setSettings(h, { uiLanguage: "en" });
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.goto(popupUrl(h, tabId));
    const banner = popup.locator(".ready-banner");
    await poll(() => banner.textContent()).toMatch(/Nothing flagged — \d points left to check yourself/);
    expect(await banner.textContent()).not.toContain("Not ready");
    await popup.screenshot({ path: join(SHOTS, "popup-clean-en.png"), fullPage: true });
    await popup.close();
    await setSettings(h, { uiLanguage: "fr" });
  });

  it("sends nothing out of the browser", () => {
    expect(h.outgoing).toEqual([]);
  });
});
