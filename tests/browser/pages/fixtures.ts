// Simple fixture pages of the in-page tests (a contenteditable composer served for Facebook, a
// textarea composer served for X), and helpers shared by overlay-, card- and gate- tests. The
// pages count their own publish handler calls in window.publishCount.
import type { Page } from "playwright-core";
import { launch, type Harness } from "../harness.js";
import { clickInOverlay, inContentWorld, waitForOverlay } from "../overlay-access.js";

const PAGE_SCRIPT = `
window.publishCount = 0;
window.published = [];
const editor = document.getElementById("editor");
const read = () => editor.value ?? editor.innerText;
document.getElementById("publish").addEventListener("click", () => { window.publishCount++; window.published.push(read()); });
editor.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); window.publishCount++; window.published.push(read()); }
});
window.alerts = 0;
window.alert = () => { window.alerts++; };
`;

function page(title: string, lang: string, composer: string, publishLabel: string): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
<style>
  body { font: 16px/1.5 Arial, sans-serif; margin: 0; background: #f0f2f5; }
  .spacer { height: 500px; }
  #composer { width: 560px; margin: 0 auto; background: #fff; border: 1px solid #ccd; border-radius: 8px; padding: 12px; }
  #editor { display: block; box-sizing: border-box; width: 100%; min-height: 140px; padding: 8px; border: 1px solid #ddd; font: 16px/1.5 Arial, sans-serif; outline: none; white-space: pre-wrap; }
  .toolbar { display: flex; justify-content: flex-end; margin-top: 8px; }
  #publish { padding: 6px 16px; background: #1877f2; color: #fff; border-radius: 6px; cursor: pointer; border: 0; font: 600 15px Arial; }
</style></head>
<body>
<div class="spacer"></div>
<div id="composer">
  ${composer}
  <div class="toolbar">${publishLabel}</div>
</div>
<div class="spacer"></div><div class="spacer"></div>
<script>${PAGE_SCRIPT}</script>
</body></html>`;
}

/** A contenteditable composer in the manner of Facebook's (served for https://www.facebook.com/). */
export const FACEBOOK_PAGE = page(
  "Facebook",
  "fr",
  `<div id="editor" role="textbox" contenteditable="true" aria-label="Exprimez-vous" spellcheck="false"></div>`,
  `<div id="publish" role="button" tabindex="0" aria-label="Publier">Publier</div>`,
);

/** A textarea composer in the manner of X's mobile site (served for https://x.com/). */
export const X_PAGE = page(
  "X",
  "en",
  `<textarea id="editor" data-testid="tweetTextarea_0" rows="6" spellcheck="false" placeholder="What is happening?!"></textarea>`,
  `<button id="publish" type="button" data-testid="tweetButton">Post</button>`,
);

export const FB_URL = "https://www.facebook.com/";
export const X_URL = "https://x.com/compose/post";

export async function serveFixtures(h: Harness): Promise<void> {
  await h.serve("https://www.facebook.com/**", FACEBOOK_PAGE);
  await h.serve("https://x.com/**", X_PAGE);
}

export interface SeenFinding {
  rule: string;
  severity: string;
  start: number;
  end: number;
  text: string;
}

/** Underlined spans of the page: the overlay's boxes (read in the content script's world, its
 *  shadow root being closed). The text under them: the fixture editor's (#editor) at their offsets,
 *  or, on other pages, the page's text from the first box's left edge to the last one's right. */
export async function underlines(page: Page): Promise<Array<{ severity: string; text: string }>> {
  return inContentWorld(page, readUnderlines);
}

/** The in-world reader of `underlines` (self-contained: it is serialised; the Firefox tests run it too). */
export const readUnderlines = (_a: unknown, roots: ShadowRoot[]): Array<{ severity: string; text: string }> => {
  const editor = document.getElementById("editor") as HTMLTextAreaElement | HTMLElement | null;
  const text = editor ? ("value" in editor ? editor.value : editor.innerText) : null;
  const groups = new Map<string, HTMLElement[]>();
  for (const box of roots[0]?.querySelectorAll<HTMLElement>(".box") ?? []) {
    const key = `${box.dataset.start}-${box.dataset.end}-${box.dataset.rule}`;
    groups.set(key, [...(groups.get(key) ?? []), box]);
  }
  const under = (boxes: HTMLElement[]) => {
    const first = boxes[0]!.getBoundingClientRect();
    const last = boxes[boxes.length - 1]!.getBoundingClientRect();
    const from = document.caretPositionFromPoint(first.left + 1, first.top + first.height / 2);
    const to = document.caretPositionFromPoint(last.right - 1, last.top + last.height / 2);
    if (!from || !to) return "";
    const range = document.createRange();
    range.setStart(from.offsetNode, from.offset);
    range.setEnd(to.offsetNode, to.offset);
    return range.toString();
  };
  return [...groups.values()].map((boxes) => {
    const b = boxes[0]!;
    return { severity: b.dataset.severity ?? "", text: text !== null ? text.slice(Number(b.dataset.start), Number(b.dataset.end)) : under(boxes) };
  });
};

export async function chip(page: Page): Promise<{ count: number; worst: string; hidden: boolean; fresh: boolean } | null> {
  return inContentWorld(page, readChip);
}

export const readChip = (_a: unknown, roots: ShadowRoot[]): { count: number; worst: string; hidden: boolean; fresh: boolean } | null => {
  const c = roots[0]?.querySelector<HTMLElement>(".chip");
  return c ? { count: Number(c.dataset.count), worst: c.dataset.worst ?? "", hidden: c.hidden, fresh: c.dataset.fresh === "true" } : null;
};

/** Writes settings (partial, merged over the stored ones) from the extension's worker. */
export async function setSettings(h: Harness, patch: Record<string, unknown>): Promise<void> {
  await h.worker.evaluate(async (p) => {
    // Written back in one sync item (the layout before settings were split, which still loads).
    const sync = await chrome.storage.sync.get(["settings", "settings:disclaimers"]);
    const device = (await chrome.storage.local.get("settings:device"))["settings:device"] as Record<string, unknown> | undefined;
    const stored: Record<string, unknown> = { ...(sync.settings ?? {}) };
    if (sync["settings:disclaimers"]) stored.disclaimers = sync["settings:disclaimers"];
    if (device) {
      const { gateDisabledSites, ...lists } = device;
      Object.assign(stored, lists, { gate: { ...((stored.gate as object) ?? {}), disabledSites: gateDisabledSites } });
    }
    await chrome.storage.local.remove("settings:device");
    await chrome.storage.sync.remove("settings:disclaimers");
    await chrome.storage.sync.set({ settings: { ...stored, version: 1, ...p } });
  }, patch);
}

export async function resetSettings(h: Harness): Promise<void> {
  await h.worker.evaluate(async () => {
    await chrome.storage.local.remove("settings:device");
    await chrome.storage.sync.remove(["settings", "settings:disclaimers"]);
  });
}

/** Opens a fixture page and waits until the content script has attached its overlay. */
export async function openFixture(h: Harness, url: string): Promise<Page> {
  const p = await h.context.newPage();
  await p.goto(url);
  await waitForOverlay(p);
  return p;
}

/** Types like a person into the editor (after clearing it). */
export async function typeDraft(page: Page, text: string): Promise<void> {
  // Only the front tab is visible (and gets animation frames), as for a person.
  await page.bringToFront();
  await page.evaluate(() => window.scrollTo(0, document.getElementById("composer")!.offsetTop - 60));
  await page.click("#editor");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
}

export async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const e = document.getElementById("editor") as HTMLTextAreaElement | HTMLElement;
    return "value" in e ? e.value : e.innerText;
  });
}

/** The worker's own analysis of a text (what the underlines must show). */
type WorkerFix = { start: number; end: number; replacement: string };
type WorkerFinding = { ruleId: string; category: string; severity: string; start: number; end: number; fix?: WorkerFix; parts?: Array<{ start: number; end: number; text: string; fix?: WorkerFix }> };

export async function analyzeInWorker(h: Harness, text: string): Promise<WorkerFinding[]> {
  return h.worker.evaluate((t) => {
    const g = globalThis as unknown as { gardeFou: { analyze(text: string, o: object): { findings: WorkerFinding[] } } };
    return g.gardeFou.analyze(t, {}).findings;
  }, text);
}

/** Flagged texts expected from findings, sorted, for comparison with `underlines`. */
export function expectedSpans(text: string, findings: Array<{ severity: string; start: number; end: number; parts?: Array<{ start: number; end: number }> }>): Array<{ severity: string; text: string }> {
  // A combination finding underlines each of its parts.
  return sortSpans(findings.flatMap((f) => (f.parts ?? [f]).map((p) => ({ severity: f.severity, text: text.slice(p.start, p.end) }))));
}

export function sortSpans<T extends { severity: string; text: string }>(spans: T[]): T[] {
  return [...spans].sort((a, b) => (a.text + a.severity).localeCompare(b.text + b.severity));
}

/** Waits until the underlines equal `expected` (sorted), polling the page. */
/** Types a draft and waits until its analysis is the current one (underlines drawn, chip fresh),
 *  so the gate may decide; the page's publish count starts again from zero. */
export async function typeAndSettle(h: Harness, page: Page, text: string): Promise<Awaited<ReturnType<typeof analyzeInWorker>>> {
  await typeDraft(page, text);
  const findings = await analyzeInWorker(h, text);
  await waitForUnderlines(page, expectedSpans(text, findings));
  await waitFor(() => chip(page), (c) => c?.fresh === true);
  await resetPublishCount(page);
  return findings;
}

export async function waitForUnderlines(page: Page, expected: Array<{ severity: string; text: string }>, timeout = 15_000): Promise<void> {
  const want = JSON.stringify(sortSpans(expected));
  const deadline = Date.now() + timeout;
  let last = "";
  while (Date.now() < deadline) {
    last = JSON.stringify(sortSpans(await underlines(page)));
    if (last === want) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`underlines never matched.\nwanted ${want}\nlast   ${last}`);
}

/** The visible card's state (null when closed). */
export async function cardState(page: Page): Promise<{ rule: string; category: string; severity: string; text: string; focusInside: boolean } | null> {
  return inContentWorld(page, readCard);
}

export const readCard = (_a: unknown, roots: ShadowRoot[]): { rule: string; category: string; severity: string; text: string; focusInside: boolean } | null => {
  for (const root of roots) {
    const card = root.querySelector<HTMLElement>(".card");
    if (card && card.matches(":popover-open")) {
      return {
        rule: card.dataset.rule ?? "",
        category: card.dataset.category ?? "",
        severity: card.dataset.severity ?? "",
        text: card.textContent ?? "",
        focusInside: root.activeElement != null && card.contains(root.activeElement),
      };
    }
  }
  return null;
};

export async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 15_000, page?: Page): Promise<T> {
  const deadline = Date.now() + timeout;
  let v = await fn();
  while (!ok(v)) {
    if (Date.now() > deadline) throw new Error(`condition never held; last value ${JSON.stringify(v)}`);
    await (page ? page.waitForTimeout(100) : new Promise((r) => setTimeout(r, 100)));
    v = await fn();
  }
  return v;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const { mkdirSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { ROOT } = await import("../harness.js");
  for (const dir of [join(ROOT, "artifacts", "screenshots"), join(ROOT, "docs", "screenshots")]) {
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `${name}.png`), clip: await composerClip(page) });
  }
}

async function composerClip(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  return inContentWorld(page, (_a, roots) => {
    // The composer and whatever of ours is open in the top layer (card, gate).
    const rects = [document.getElementById("composer")!.getBoundingClientRect()];
    for (const el of roots[0]?.querySelectorAll<HTMLElement>(".card, .gate") ?? []) {
      if (el.matches(":popover-open, [open]")) rects.push(el.getBoundingClientRect());
    }
    const x = Math.max(0, Math.min(...rects.map((r) => r.left)) - 24);
    const y = Math.max(0, Math.min(...rects.map((r) => r.top)) - 24);
    const right = Math.min(window.innerWidth, Math.max(...rects.map((r) => r.right)) + 24);
    const bottom = Math.min(window.innerHeight, Math.max(...rects.map((r) => r.bottom)) + 24);
    return { x, y, width: right - x, height: bottom - y };
  });
}

/** The open gate dialog's text (null when closed). */
export async function gateState(page: Page): Promise<{ text: string; focus: string | null } | null> {
  return inContentWorld(page, readGate);
}

export const readGate = (_a: unknown, roots: ShadowRoot[]): { text: string; focus: string | null } | null => {
  for (const root of roots) {
    const d = root.querySelector<HTMLDialogElement>("dialog.gate");
    if (d?.open) return { text: d.textContent ?? "", focus: (root.activeElement as HTMLElement | null)?.dataset.action ?? null };
  }
  return null;
};

export async function publishCount(page: Page): Promise<{ count: number; published: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { publishCount: number; published: string[] };
    return { count: w.publishCount, published: w.published };
  });
}

export async function resetPublishCount(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { publishCount: number; published: string[] };
    w.publishCount = 0;
    w.published = [];
  });
}

/** Clicks the middle of the underline over `flagged` (an overlay box). */
export async function clickUnderline(page: Page, flagged: string): Promise<void> {
  const find = () => inContentWorld(page, underlinePoint, flagged);
  const point = await waitFor(find, (p) => p !== null).catch(() => null);
  if (!point) throw new Error(`no underline over ${flagged}`);
  await page.mouse.click(point.x, point.y);
}

/** The in-world finder of `clickUnderline`: a point inside the first box over `want` in #editor. */
export const underlinePoint = (want: string, roots: ShadowRoot[]): { x: number; y: number } | null => {
  const editor = document.getElementById("editor") as HTMLTextAreaElement | HTMLElement;
  const text = "value" in editor ? editor.value : editor.innerText;
  for (const b of roots[0]?.querySelectorAll<HTMLElement>(".box") ?? []) {
    if (text.slice(Number(b.dataset.start), Number(b.dataset.end)) === want) {
      const rect = b.getBoundingClientRect();
      return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
    }
  }
  return null;
};

/** Where the caret is: a textarea's selection, or the DOM selection's offsets in the editor's text. */
export async function caret(page: Page): Promise<{ active: boolean; start: number; end: number }> {
  return page.evaluate(() => {
    const editor = document.getElementById("editor") as HTMLElement;
    const active = document.activeElement === editor;
    if (editor instanceof HTMLTextAreaElement) return { active, start: editor.selectionStart, end: editor.selectionEnd };
    const sel = document.getSelection()!;
    if (!sel.rangeCount) return { active, start: -1, end: -1 };
    const r = sel.getRangeAt(0);
    const pre = document.createRange();
    pre.selectNodeContents(editor);
    pre.setEnd(r.startContainer, r.startOffset);
    const start = pre.toString().length;
    return { active, start, end: start + r.toString().length };
  });
}

export async function clickCardAction(page: Page, action: string): Promise<void> {
  await clickInOverlay(page, `.card [data-action="${action}"]`);
}

/** The usual set-up of a page test: a browser with the fixtures served, the settings reset with a
 *  French interface, and the Facebook and X pages open. */
export async function frenchInterface(h: Harness): Promise<void> {
  await setSettings(h, { uiLanguage: "fr" });
}

/** The Facebook and X fixture pages, open (after `useBrowser(serveFixtures, resetSettings, frenchInterface)`). */
export async function openFacebookAndX(h: Harness): Promise<{ fb: Page; x: Page }> {
  return { fb: await openFixture(h, FB_URL), x: await openFixture(h, X_URL) };
}
