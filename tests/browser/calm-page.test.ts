// A calm, honest page: the chip says "checking" until the analysis of the text as it is now is
// back (a risky draft never shows a green check, even for a moment), on one line.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserTestsAvailable, useBrowser } from "./harness.js";
import { inContentWorld } from "./overlay-access.js";
import { FB_URL, X_URL, analyzeInWorker, expectedSpans, openFixture, resetSettings, screenshot, serveFixtures, setSettings, waitFor, waitForUnderlines } from "./pages/fixtures.js";

const RISKY = "Son dossier no 552190 est resté ouvert au poste.";

/** Records every state the chip goes through (a MutationObserver on its attributes, in the content
 *  script's world, where the closed overlay can be read). */
async function recordChip(page: Page): Promise<void> {
  await inContentWorld(page, (_a, roots) => {
    const chip = roots[0]!.querySelector<HTMLElement>(".chip")!;
    const w = globalThis as unknown as { chipStates: string[] };
    w.chipStates = [];
    const note = () => {
      const s = chip.hidden ? "hidden" : `${chip.dataset.state}:${chip.textContent}`;
      if (w.chipStates[w.chipStates.length - 1] !== s) w.chipStates.push(s);
    };
    note();
    new MutationObserver(note).observe(chip, { attributes: true, childList: true, subtree: true, characterData: true });
  });
}

const chipStates = (page: Page) => inContentWorld(page, () => (globalThis as unknown as { chipStates: string[] }).chipStates);

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("a calm, honest page", () => {
  const h = useBrowser(serveFixtures, resetSettings);

  it("says « Vérification… » until the first answer, and never « Rien à signaler » on a risky draft", async () => {
    await setSettings(h, { uiLanguage: "fr" });
    const page = await openFixture(h, FB_URL);
    await page.bringToFront();
    await recordChip(page);
    await page.click("#editor");
    // One input (a paste): a prefix typed key by key ("Son dossier") is clean and may rightly show so.
    await page.keyboard.insertText(RISKY);
    await waitForUnderlines(page, expectedSpans(RISKY, await analyzeInWorker(h, RISKY)));
    const states = await chipStates(page);
    expect(states[0]).toBe("hidden");
    expect(states[1]).toBe("checking:…Vérification…");
    expect(states.some((s) => s.startsWith("clean"))).toBe(false);
    expect(states[states.length - 1]).toBe("findings:✖1");
    await page.close();
  });

  it("says « Checking… » in English, then « Nothing to report » on one line for a clean draft", async () => {
    await setSettings(h, { uiLanguage: "en" });
    const page = await openFixture(h, X_URL);
    await page.bringToFront();
    await recordChip(page);
    await page.click("#editor");
    await page.keyboard.type("Have a good week");
    // Caught between the last keystroke and the answer.
    const chipState = () => inContentWorld(page, (_a, roots) => roots[0]!.querySelector<HTMLElement>(".chip")!.dataset.state);
    const caught = await chipState();
    if (caught === "checking") await screenshot(page, "chip-checking-en");
    await waitFor(chipState, (state) => state === "clean");
    const states = await chipStates(page);
    expect(states).toContain("checking:…Checking…");
    expect(states[states.length - 1]).toBe("clean:✓Nothing to report");
    const height = await inContentWorld(page, (_a, roots) => roots[0]!.querySelector<HTMLElement>(".chip")!.getBoundingClientRect().height);
    expect(height).toBeLessThan(30);
    await screenshot(page, "chip-clean-en");
    await page.close();
  });
});
