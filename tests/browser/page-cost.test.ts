// The page's main-thread time per keystroke spent in the content script, in Chromium, in a
// 5,000-word draft (measured, never asserted on time; written to artifacts/page-cost.json for
// `npm run bench`). V8's sampling profiler runs around each keystroke, from its keydown until the
// analysis is back and drawn: a sample counts when the content script is on its stack (its own
// code, and the DOM work it calls: reading the editor, measuring ranges, drawing). Long tasks
// (over 50 ms) of the page are counted too. The content script itself carries no
// performance.mark: a page can read the marks of its timeline, and so detect the extension.
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import type { CDPSession } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CONTENT_SCRIPT } from "../../src/shared/custom-site-script.js";
import { browserTestsAvailable, useBrowser, ROOT } from "./harness.js";
import { FB_URL, openFixture, serveFixtures, underlines, waitFor } from "./pages/fixtures.js";

// Ordinary paragraphs written for this test, one of them with a finding, so every analysis draws.
const PARAGRAPH =
  "Notre clinique du soir accueille maintenant les familles du quartier sans rendez-vous le mardi et le jeudi. " +
  "Les équipes ont revu l'accueil, la prise des signes vitaux et l'orientation vers le bon professionnel pour réduire l'attente. " +
  "Merci aux bénévoles qui aident à l'entrée et à tous ceux qui ont donné leur avis sur le nouveau fonctionnement.";
const FLAGGED = "Son dossier no 552190 est resté ouvert sur le poste.";
const WORDS = 5000;
const KEYSTROKES = 30;
/** Long enough for the debounce, the worker's analysis and the drawing to finish. */
const SETTLE_MS = 600;

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds of samples whose stack holds a frame of `url`. */
function timeIn(profile: Profile, url: string): number {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inScript = new Map<number, boolean>();
  const holds = (id: number): boolean => {
    const known = inScript.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const up = parent.get(id);
    const result = node.callFrame.url.endsWith(url) || (up !== undefined && holds(up));
    inScript.set(id, result);
    return result;
  };
  let us = 0;
  // timeDeltas[i] is the time before sample i; the time of sample i is the next delta.
  for (let i = 0; i < profile.samples.length; i++) if (holds(profile.samples[i]!)) us += profile.timeDeltas[i + 1] ?? 0;
  return us / 1000;
}

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("the content script's main-thread time per keystroke", () => {
  const h = useBrowser(serveFixtures);

  it("is measured in a 5,000-word draft and written for the benchmark", async () => {
    const page = await openFixture(h, FB_URL);
    await page.bringToFront();
    const words = PARAGRAPH.split(/\s+/).length;
    const paragraphs = Array.from({ length: Math.ceil(WORDS / words) }, (_, i) => (i === 3 ? `${PARAGRAPH} ${FLAGGED}` : `${PARAGRAPH} (${i + 1})`));
    const draft = paragraphs.join("\n");
    await page.click("#editor");
    // Paste the long draft in one input, as a person pasting it would.
    await page.evaluate((t) => document.execCommand("insertText", false, t), draft);
    await waitFor(() => underlines(page), (u) => u.some((x) => x.text.includes("552190")), 30_000, page);
    await page.evaluate(() => {
      const w = window as unknown as { gfLongTasks: number[] };
      w.gfLongTasks = [];
      new PerformanceObserver((list) => w.gfLongTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
    });
    const cdp: CDPSession = await h.context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    await page.keyboard.press("ControlOrMeta+End");
    const samples: number[] = [];
    for (let i = 0; i < KEYSTROKES; i++) {
      await cdp.send("Profiler.start");
      await page.keyboard.type("abcdefghij"[i % 10]!);
      await page.waitForTimeout(SETTLE_MS);
      const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
      samples.push(timeIn(profile, CONTENT_SCRIPT));
    }
    const longTasks = await page.evaluate(() => (window as unknown as { gfLongTasks: number[] }).gfLongTasks);
    samples.sort((a, b) => a - b);
    const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(samples.length * q))]!;
    const result = {
      words: draft.split(/\s+/).length,
      keystrokes: samples.length,
      medianMs: Number(at(0.5).toFixed(2)),
      p95Ms: Number(at(0.95).toFixed(2)),
      maxMs: Number(samples[samples.length - 1]!.toFixed(2)),
      longTasksOver50Ms: longTasks.length,
      longestTaskMs: Math.round(Math.max(0, ...longTasks)),
      // Samples are wall-clock: on a machine busy with other work every figure grows with the load.
      loadAverage: Number(loadavg()[0]!.toFixed(1)),
      method: "V8 sampling profiler (0.1 ms) around each keystroke until its analysis is drawn; samples with the content script on the stack",
    };
    mkdirSync(join(ROOT, "artifacts"), { recursive: true });
    writeFileSync(join(ROOT, "artifacts", "page-cost.json"), JSON.stringify(result, null, 2));
    console.log(`content script, main thread per keystroke at ${result.words} words: ${JSON.stringify(result)}`);
    // The measure saw the content script at work (its stack frames carry the script's URL).
    expect(samples.some((ms) => ms > 0)).toBe(true);
  }, 180_000);
});
