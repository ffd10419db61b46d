// The overlay in Chromium with the built extension: underlines over exactly the flagged words
// (boxes drawn in the overlay's closed shadow root), following edits, scrolling and resizing;
// nothing of ours inside the editor; one overlay per editor, re-attached on re-mount; IME
// composition respected; removed when the extension goes away. No request leaves. The closed
// root is read from the content script's world (overlay-access.ts).
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserTestsAvailable, useBrowser } from "./harness.js";
import { FB_URL, X_URL, analyzeInWorker, chip, expectedSpans, openFixture, resetSettings, screenshot, serveFixtures, setSettings, typeDraft, underlines, waitFor, waitForUnderlines } from "./pages/fixtures.js";
import { inContentWorld, overlayCount } from "./overlay-access.js";

const FR_DRAFT = "Son dossier no 552190 est resté ouvert. Prenez 400 mg d'ibuprofène trois fois par jour.";
const EN_DRAFT = "His chart # 88123 was left open. Take 400 mg of ibuprofen three times a day.";

/** For each underline box of the textarea, the value offsets the browser finds under its left and
 *  right edges (document.caretPositionFromPoint reads into a textarea's value). */
async function boxOffsets(page: Page) {
  return inContentWorld(page, (_a, roots) => {
    const area = document.getElementById("editor");
    const boxes = [...(roots[0]?.querySelectorAll<HTMLElement>(".box") ?? [])];
    return boxes.map((b) => {
      const r = b.getBoundingClientRect();
      const y = r.top + r.height / 2;
      const left = document.caretPositionFromPoint(r.left + 2, y);
      const right = document.caretPositionFromPoint(r.right - 2, y);
      return {
        start: Number(b.dataset.start), end: Number(b.dataset.end),
        left: left?.offsetNode === area ? left.offset : -1, right: right?.offsetNode === area ? right.offset : -1,
      };
    });
  });
}

function expectAligned(offsets: Awaited<ReturnType<typeof boxOffsets>>) {
  expect(offsets.length).toBeGreaterThan(0);
  for (const o of offsets) {
    expect(o.left).toBeGreaterThanOrEqual(o.start);
    expect(o.left).toBeLessThanOrEqual(o.end);
    expect(o.right).toBeGreaterThanOrEqual(o.start);
    expect(o.right).toBeLessThanOrEqual(o.end);
  }
  // The first box of each finding starts at its first character, the last ends at its last.
  const byFinding = new Map<string, typeof offsets>();
  for (const o of offsets) byFinding.set(`${o.start}-${o.end}`, [...(byFinding.get(`${o.start}-${o.end}`) ?? []), o]);
  for (const boxes of byFinding.values()) {
    expect(Math.min(...boxes.map((b) => b.left))).toBeLessThanOrEqual(boxes[0]!.start + 1);
    expect(Math.max(...boxes.map((b) => b.right))).toBeGreaterThanOrEqual(boxes[0]!.end - 1);
  }
}

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("underlines in the page", () => {
  const h = useBrowser(serveFixtures, resetSettings);
  let fb: Page;
  let x: Page;

  beforeAll(async () => {
    fb = await openFixture(h, FB_URL);
    x = await openFixture(h, X_URL);
  });

  it("underlines exactly the flagged words of a French draft typed in a contenteditable", async () => {
    await setSettings(h, { uiLanguage: "fr" });
    await typeDraft(fb, FR_DRAFT);
    const findings = await analyzeInWorker(h, FR_DRAFT);
    expect(findings.some((f) => f.category === "patient-privacy" && f.severity === "error")).toBe(true);
    expect(findings.some((f) => f.category === "clinical-advice")).toBe(true);
    await waitForUnderlines(fb, expectedSpans(FR_DRAFT, findings));
    expect(await underlines(fb)).toContainEqual({ severity: "error", text: "dossier no 552190" });
    const c = await waitFor(() => chip(fb), (v) => v?.count === findings.length);
    expect(c).toMatchObject({ worst: "error", hidden: false });
    await screenshot(fb, "underline-fr");
  });

  it("underlines exactly the flagged words of an English draft typed in a textarea", async () => {
    await setSettings(h, { uiLanguage: "en" });
    await typeDraft(x, EN_DRAFT);
    const findings = await analyzeInWorker(h, EN_DRAFT);
    expect(findings.some((f) => f.category === "patient-privacy" && f.severity === "error")).toBe(true);
    await waitForUnderlines(x, expectedSpans(EN_DRAFT, findings));
    expectAligned(await boxOffsets(x));
    await screenshot(x, "underline-en");
  });

  it("draws each severity with its own line style, not colour alone", async () => {
    const styles = await inContentWorld(x, (_a, roots) => {
      // Each finding's own stroke (not the thin second line drawn where findings overlap).
      const boxes = [...(roots[0]?.querySelectorAll<HTMLElement>(".box:not(.second)") ?? [])];
      return Object.fromEntries(boxes.map((b) => {
        const s = getComputedStyle(b);
        return [b.dataset.severity, { border: s.borderBottomStyle, image: s.backgroundImage !== "none" }];
      }));
    });
    expect(styles.error).toMatchObject({ border: "solid" });
    if (styles.warning) expect(styles.warning).toMatchObject({ border: "none", image: true });
  });

  it("shows the message in a tooltip when the pointer is over an underline", async () => {
    const point = await inContentWorld(fb, (_a, roots) => {
      const r = roots[0]!.querySelector<HTMLElement>(".box.error")!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await fb.mouse.move(point.x, point.y);
    const tip = await waitFor(
      () => inContentWorld(fb, (_a, roots) => {
        const t = roots[0]?.querySelector<HTMLElement>(".tooltip");
        return t && !t.hidden ? { text: t.textContent ?? "", role: t.getAttribute("role") } : null;
      }),
      (v) => v !== null,
    );
    expect(tip?.role).toBe("tooltip");
    expect(tip?.text.length).toBeGreaterThan(5);
    await fb.mouse.move(5, 5);
  });

  it("follows an edit: underlines move with the text in both editors", async () => {
    await fb.click("#editor");
    await fb.keyboard.press("ControlOrMeta+Home");
    await fb.keyboard.type("Hier soir, ");
    const fbText = `Hier soir, ${FR_DRAFT}`;
    await waitForUnderlines(fb, expectedSpans(fbText, await analyzeInWorker(h, fbText)));
    await x.click("#editor");
    await x.keyboard.press("ControlOrMeta+Home");
    await x.keyboard.type("Last night, ");
    const xText = `Last night, ${EN_DRAFT}`;
    await waitForUnderlines(x, expectedSpans(xText, await analyzeInWorker(h, xText)));
    await waitFor(() => boxOffsets(x), (o) => o.every((b) => b.start >= "Last night, ".length));
    expectAligned(await boxOffsets(x));
  });

  it("stays aligned when the page scrolls and the window and editor resize", async () => {
    const chipOffset = (p: Page) =>
      inContentWorld(p, (_a, roots) => {
        const e = document.getElementById("editor")!.getBoundingClientRect();
        const c = roots[0]!.querySelector(".chip")!.getBoundingClientRect();
        return { dx: Math.round(e.right - c.right), dy: Math.round(e.bottom - c.bottom) };
      });
    const before = await chipOffset(x);
    await x.evaluate(() => window.scrollBy(0, -120));
    await waitFor(() => chipOffset(x), (v) => v.dx === before.dx && v.dy === before.dy);
    expectAligned(await boxOffsets(x));
    await x.setViewportSize({ width: 900, height: 700 });
    await x.evaluate(() => {
      (document.getElementById("composer") as HTMLElement).style.width = "300px";
    });
    // Narrower: the text wraps differently and every box follows its words.
    await waitFor(() => boxOffsets(x), (o) => { try { expectAligned(o); return true; } catch { return false; } });
    await waitFor(() => chipOffset(x), (v) => v.dx === before.dx && v.dy === before.dy);
    // A long draft scrolls inside the textarea: boxes follow and none is drawn outside it.
    await x.evaluate(() => {
      const area = document.getElementById("editor") as HTMLTextAreaElement;
      area.focus();
      area.setSelectionRange(0, 0);
      document.execCommand("insertText", false, "Line\n".repeat(12));
      area.scrollTop = area.scrollHeight;
      area.dispatchEvent(new Event("scroll"));
    });
    await waitFor(() => boxOffsets(x), (o) => { try { expectAligned(o); return o.every((b) => b.start > 60); } catch { return false; } });
    const inside = await inContentWorld(x, (_a, roots) => {
      const a = document.getElementById("editor")!.getBoundingClientRect();
      return [...roots[0]!.querySelectorAll(".box")].every((b) => {
        const r = b.getBoundingClientRect();
        return r.top >= a.top - 1 && r.bottom <= a.bottom + 1;
      });
    });
    expect(inside).toBe(true);
    await x.setViewportSize({ width: 1200, height: 900 });
    // After scrolling the boxes still cover the flagged words of the contenteditable.
    await fb.evaluate(() => window.scrollBy(0, 200));
    const fbText = `Hier soir, ${FR_DRAFT}`;
    await waitForUnderlines(fb, expectedSpans(fbText, await analyzeInWorker(h, fbText)));
  });

  it("puts no node of its own inside the editor, and one overlay next to it, closed to the page", async () => {
    for (const p of [fb, x]) {
      const dom = await p.evaluate(() => {
        const editor = document.getElementById("editor")!;
        const next = editor.nextElementSibling as HTMLElement | null;
        return {
          inside: editor.querySelectorAll("[data-garde-fou]").length,
          html: editor.innerHTML.includes("garde-fou"),
          nextToEditor: next?.tagName.toLowerCase(),
          // What the page sees of it: a plain element, no attribute, no shadow root it can open.
          attributes: next?.getAttributeNames().filter((a) => a !== "style") ?? null,
          shadowRoot: next?.shadowRoot ?? null,
          named: document.documentElement.outerHTML.includes("garde-fou"),
          highlights: CSS.highlights.size,
        };
      });
      expect(dom).toEqual({ inside: 0, html: false, nextToEditor: "div", attributes: [], shadowRoot: null, named: false, highlights: 0 });
      expect(await overlayCount(p)).toBe(1);
      expect(await inContentWorld(p, () => {
        const next = document.getElementById("editor")!.nextElementSibling!;
        return chrome.dom.openOrClosedShadowRoot(next as HTMLElement)?.mode;
      })).toBe("closed");
    }
    expect(await fb.evaluate(() => document.getElementById("editor")!.innerText)).toBe(`Hier soir, ${FR_DRAFT}`);
  });

  it("re-attaches when the editor re-mounts (SPA navigation), without a second overlay", async () => {
    await fb.evaluate(() => {
      const old = document.getElementById("editor")!;
      const fresh = old.cloneNode(false) as HTMLElement;
      old.replaceWith(fresh);
      history.pushState({}, "", "/groups/123");
    });
    await waitFor(
      () => inContentWorld(fb, (_a, roots) => roots.length === 1 && roots[0]!.host === document.getElementById("editor")!.nextElementSibling),
      (v) => v,
    );
    await waitForUnderlines(fb, []);
    await fb.click("#editor");
    await fb.keyboard.type("Le dossier no 552190 est ouvert.");
    await waitFor(() => underlines(fb), (u) => u.some((s) => s.text === "dossier no 552190"));
    expect(await overlayCount(fb)).toBe(1);
  });

  it("waits for the end of an IME composition before analysing", async () => {
    await typeDraft(fb, "Bonjour à tous.");
    await waitFor(() => chip(fb), (c) => c?.count === 0);
    await fb.evaluate(() => {
      const editor = document.getElementById("editor")!;
      editor.dispatchEvent(new CompositionEvent("compositionstart", { bubbles: true }));
      document.execCommand("insertText", false, " Son dossier no 771234.");
    });
    // Well past the debounce: nothing is analysed while composing.
    await fb.waitForTimeout(800);
    expect((await underlines(fb)).map((u) => u.text)).not.toContain("dossier no 771234");
    await fb.evaluate(() => document.getElementById("editor")!.dispatchEvent(new CompositionEvent("compositionend", { bubbles: true, data: "" })));
    await waitFor(() => underlines(fb), (u) => u.some((s) => s.text === "dossier no 771234"));
  });

  it("removes its underlines when the site is turned off, and brings them back", async () => {
    await setSettings(h, { sites: { facebook: false } });
    await waitFor(() => overlayCount(fb), (n) => n === 0);
    expect(await underlines(fb)).toEqual([]);
    await setSettings(h, { sites: { facebook: true } });
    await waitFor(() => underlines(fb), (u) => u.some((s) => s.text === "dossier no 771234"));
  });

  it("sends nothing outside the extension", () => {
    expect(h.outgoing).toEqual([]);
  });

  it("removes its overlay and underlines when the extension is reloaded", async () => {
    const old = await x.evaluateHandle(() => document.getElementById("editor")!.nextElementSibling!);
    const fbOld = await fb.evaluateHandle(() => document.getElementById("editor")!.nextElementSibling!);
    await h.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    // The orphaned scripts notice through the extension's own channel (their port closes), not
    // through any event a page could send.
    await waitFor(() => old.evaluate((n) => n.isConnected), (connected) => !connected, 20_000);
    await waitFor(() => fbOld.evaluate((n) => n.isConnected), (connected) => !connected, 20_000);
  });
});
