// The playground page in Chromium with the built extension: reached from the popup's link (and
// the options page's), its sample drafts show findings of all six categories, listed beside the
// composer and underlined in it, with the same cards and pre-publish gate as on the sites; a
// pasted draft is analysed; no request leaves; screenshots in French and English.
import { join } from "node:path";
import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { CATEGORIES } from "../../src/analyzer/types.js";
import { SAMPLES } from "../../src/playground/samples.js";
import { ROOT, browserTestsAvailable, type Harness, useBrowser } from "./harness.js";
import { analyzeInWorker, cardState, clickUnderline, expectedSpans, gateState, underlines, waitFor, waitForUnderlines } from "./pages/fixtures.js";
import { optionsUrl, poll, popupUrl, tabIdOf, writeSettings, frenchSettings } from "./ui-helpers.js";

const PLAYGROUND_PATH = "/src/playground/index.html";

async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => document.getElementById("editor")!.innerText);
}

/** The categories of the findings the page lists beside the composer. */
async function listedCategories(page: Page): Promise<string[]> {
  return page.locator(".findings [data-category]").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset["category"] ?? ""));
}

async function listedCount(page: Page): Promise<number> {
  return page.locator(".findings li.finding").count();
}

/** Picks a sample and waits until the page lists and underlines exactly the worker's findings. */
async function loadSample(h: Harness, page: Page, id: string): Promise<string[]> {
  await page.selectOption("#sample", id);
  const sample = SAMPLES.find((s) => s.id === id)!;
  const text = await editorText(page);
  expect(text.replace(/\n+/g, "\n").trim()).toBe(sample.paragraphs.join("\n"));
  const expected = await analyzeInWorker(h, text);
  await waitForUnderlines(page, expectedSpans(text, expected));
  await poll(() => listedCount(page), `findings listed for ${id}`).toBe(expected.length);
  const categories = [...new Set(expected.map((f) => f.category))].sort();
  expect([...new Set(await listedCategories(page))].sort()).toEqual(categories);
  return categories;
}

async function shot(page: Page, name: string): Promise<void> {
  for (const dir of [join(ROOT, "artifacts", "screenshots"), join(ROOT, "docs", "screenshots")]) {
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  }
}

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("the playground page", () => {
  const h = useBrowser(frenchSettings);
  let page: Page;

  it("is linked from the popup and from the options page", async () => {
    const options = await h.context.newPage();
    await options.goto(optionsUrl(h));
    const fromOptions = options.getByRole("link", { name: "Essayer Garde-fou sur des exemples" });
    await poll(() => fromOptions.count()).toBe(1);
    expect(await fromOptions.getAttribute("href")).toBe(`chrome-extension://${h.extensionId}${PLAYGROUND_PATH}`);

    // The popup opened for the options tab (any tab will do): its footer links to the playground.
    const popup = await h.context.newPage();
    await popup.goto(popupUrl(h, await tabIdOf(h, options)));
    const link = popup.getByRole("link", { name: "Bac à sable" });
    await poll(() => link.count()).toBe(1);
    const [opened] = await Promise.all([h.context.waitForEvent("page"), link.click()]);
    await opened.waitForLoadState();
    expect(new URL(opened.url()).pathname).toBe(PLAYGROUND_PATH);
    page = opened;
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.bringToFront();
    await popup.close();
    await options.close();
    await poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Essayer Garde-fou");
  });

  it("opens on a French sample already analysed, with the manual checklist beside it", async () => {
    await poll(() => listedCount(page)).toBeGreaterThan(0);
    expect(await page.locator("#sample").inputValue()).toBe("fr-night-shift");
    for (const name of ["Paramètres de confidentialité vérifiés", "S'identifier clairement", "Les règles de la publicité s'appliquent en ligne"]) {
      expect(await page.getByRole("checkbox", { name }).count(), name).toBe(1);
    }
  });

  it("shows all six categories across the French samples, listed and underlined", async () => {
    const seen = new Set<string>();
    for (const sample of SAMPLES.filter((s) => s.lang === "fr" && s.shows.length > 0)) {
      for (const c of await loadSample(h, page, sample.id)) seen.add(c);
    }
    expect([...seen].sort()).toEqual([...CATEGORIES].sort());
  });

  it("opens a card by clicking an underline, and from the list's button with focus in the card", async () => {
    await loadSample(h, page, "fr-night-shift");
    const text = await editorText(page);
    const [first] = (await underlines(page)).sort((a, b) => text.indexOf(a.text) - text.indexOf(b.text));
    await clickUnderline(page, first!.text);
    const card = await waitFor(() => cardState(page), (c) => c !== null);
    expect(card!.text).toContain("Code de déontologie");
    expect(CATEGORIES).toContain(card!.category);
    await shot(page, "playground-fr");

    await page.keyboard.press("Escape");
    await page.locator('.findings [data-category="clinical-advice"] button').first().click();
    const fromList = await waitFor(() => cardState(page), (c) => c !== null && c.category === "clinical-advice");
    expect(fromList!.focusInside).toBe(true);
    await page.keyboard.press("Escape");
    await poll(() => cardState(page)).toBeNull();
  });

  it("stops a simulated publish that still has errors with the pre-publish gate", async () => {
    await loadSample(h, page, "fr-night-shift");
    await page.getByRole("button", { name: "Publier (simulation)" }).click();
    const gate = await waitFor(() => gateState(page), (g) => g !== null);
    expect(gate!.text.length).toBeGreaterThan(0);
    await page.keyboard.press("Escape");
    await poll(() => gateState(page)).toBeNull();
  });

  it("analyses a draft pasted into the empty composer", async () => {
    await page.selectOption("#sample", "empty");
    expect((await editorText(page)).trim()).toBe("");
    await poll(() => listedCount(page)).toBe(0);
    const pasted = "Son dossier 4410982 est resté sur le comptoir. Prenez 800 mg d'ibuprofène trois fois par jour.";
    await page.click("#editor");
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      data.setData("text/html", `<b style="color:red">${text}</b>`);
      document.getElementById("editor")!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, pasted);
    // Pasted as plain text: no formatting of the clipboard's HTML comes in.
    expect((await editorText(page)).trim()).toBe(pasted);
    expect(await page.locator("#editor b").count()).toBe(0);
    const expected = await analyzeInWorker(h, await editorText(page));
    expect(new Set(expected.map((f) => f.category))).toEqual(new Set(["patient-privacy", "clinical-advice"]));
    await waitForUnderlines(page, expectedSpans(await editorText(page), expected));
    await poll(() => listedCount(page)).toBe(expected.length);

    // Typing more is analysed too.
    await page.keyboard.press("End");
    await page.keyboard.type(" Les vaccins causent l'autisme.");
    await poll(async () => [...new Set(await listedCategories(page))].sort()).toContain("medical-consensus");
  });

  it("follows the UI language and shows all six categories across the English samples", async () => {
    await writeSettings(h, { version: 1, uiLanguage: "en" });
    await poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Try Garde-fou");
    const seen = new Set<string>();
    for (const sample of SAMPLES.filter((s) => s.lang === "en" && s.shows.length > 0)) {
      for (const c of await loadSample(h, page, sample.id)) seen.add(c);
    }
    expect([...seen].sort()).toEqual([...CATEGORIES].sort());
    await loadSample(h, page, "en-night-shift");
    await poll(() => page.locator(".findings h3").first().textContent()).toMatch(/^Patient privacy \(\d+\)$/);
    const text = await editorText(page);
    const [first] = (await underlines(page)).sort((a, b) => text.indexOf(a.text) - text.indexOf(b.text));
    await clickUnderline(page, first!.text);
    const card = await waitFor(() => cardState(page), (c) => c !== null);
    expect(card!.text).toContain("Code of ethics");
    await shot(page, "playground-en");
    await page.keyboard.press("Escape");
  });

  it("sends no request anywhere", () => {
    expect(h.outgoing).toEqual([]);
  });
});
