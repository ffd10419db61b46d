// The overlay of one compose box: a host element placed next to the editor root (never inside
// it) with a closed shadow root holding the underline boxes, the status chip, the tooltip, the
// card and the gate dialog. The page sees one plain <div> and nothing inside it: not which words
// are flagged (the CSS Custom Highlight API's registry is readable by the page, so it is not used),
// not the findings, not a control it could click (controls also act only on a person's events).
import type { Finding, Severity } from "../../analyzer/types.js";
import type { EditorAdapter } from "../types.js";
import { contains, intersect, topAnchor } from "./geometry.js";
import { SHADOW_CSS } from "./styles.js";
import { layoutStrokes } from "./strokes.js";
import { placeChip } from "./chip-place.js";
import type { Strings } from "../card/strings.js";
import { personMade } from "../controller/person-made.js";

export interface OverlayItem {
  finding: Finding;
}

/** The host's own looks, !important so that the page's style sheets cannot move or show it. */
const HOST_STYLE = [
  "all: initial", "position: absolute", "width: 0", "height: 0", "margin: 0", "padding: 0", "border: 0", "overflow: visible",
  "z-index: 2147483000", "pointer-events: none", "display: block",
].map((d) => `${d} !important;`).join(" ");

/** Pixels a second (thin) underline sits below the glyphs. */
const SECOND_OFFSET = 3;
/** Characters read at each end of the draft to find the lines a chip in a corner could cover. */
const CORNER_CHARS = 200;

/** The text runs past the visible area of the box (it scrolls). */
function overflows(el: HTMLElement): boolean {
  const scroller = el.ownerDocument !== document && el === el.ownerDocument.body ? el.ownerDocument.scrollingElement ?? el : el;
  return scroller.scrollHeight > scroller.clientHeight + 2;
}

/** The caret's rectangle in a contenteditable editor of the page (a textarea's caret, or one in
 *  an iframe editor, is left to the last lines). */
function caretRect(el: HTMLElement): DOMRect | null {
  const selection = el.ownerDocument === document && !(el instanceof HTMLTextAreaElement) ? document.getSelection() : null;
  if (!selection?.rangeCount || !el.contains(selection.anchorNode)) return null;
  const r = selection.getRangeAt(0).getBoundingClientRect();
  return r.height ? r : null;
}

/** One line of the draft, in pixels (its CSS line height, or its glyphs' height with leading). */
function lineHeight(el: HTMLElement, glyphs: number): number {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  const px = style ? parseFloat(style.lineHeight) : NaN;
  if (Number.isFinite(px) && px > 0) return px;
  const font = style ? parseFloat(style.fontSize) : NaN;
  return Number.isFinite(font) && font > 0 ? font * 1.2 : glyphs * 1.4;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const ICONS: Record<Severity | "clean", string> = { error: "✖", warning: "▲", info: "ℹ", clean: "✓" };

export function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings) if (worst === null || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[worst]) worst = f.severity;
  return worst;
}

export class Overlay {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  private readonly layer: HTMLDivElement;
  private readonly chip: HTMLButtonElement;
  private readonly tooltip: HTMLDivElement;
  private items: OverlayItem[] = [];
  private rects: DOMRect[][] = [];
  private active: Finding | null = null;
  private frame = 0;

  constructor(
    private readonly adapter: EditorAdapter,
    private strings: Strings,
    onChip: () => void,
  ) {
    const doc = document;
    this.host = doc.createElement("div");
    // Zero-size and out of the flow: the page's layout does not move.
    this.host.style.cssText = HOST_STYLE;
    this.shadow = this.host.attachShadow({ mode: "closed" });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(SHADOW_CSS);
    this.shadow.adoptedStyleSheets = [sheet];
    this.layer = doc.createElement("div");
    this.layer.className = "layer";
    this.chip = doc.createElement("button");
    this.chip.type = "button";
    this.chip.className = "chip";
    this.chip.hidden = true;
    this.chip.addEventListener("click", (e) => {
      e.preventDefault();
      if (personMade(e)) onChip();
    });
    this.tooltip = doc.createElement("div");
    this.tooltip.className = "tooltip";
    this.tooltip.setAttribute("role", "tooltip");
    this.tooltip.hidden = true;
    this.shadow.append(this.layer, this.chip, this.tooltip);
    this.attach();
  }

  /** (Re)places the host right after the editor root (or its iframe); true if it had to move. */
  attach(): boolean {
    const anchor = topAnchor(this.adapter.element);
    if (this.host.isConnected && this.host.previousElementSibling === anchor) return false;
    anchor.after(this.host);
    return true;
  }

  setStrings(strings: Strings): void {
    this.strings = strings;
    this.renderChip();
  }

  private empty = true;
  /** The draft's length, for the lines a chip in a corner could cover. */
  private length = 0;

  /** `fresh`: the last analysis was computed on the text as it is now (tests and the gate rely on it). */
  update(items: OverlayItem[], analysed: boolean, empty: boolean, fresh = analysed, length = 0): void {
    this.empty = empty;
    this.length = length;
    this.chip.dataset.fresh = String(fresh);
    this.items = items;
    this.chip.dataset.analysed = String(analysed);
    this.renderChip();
    this.setActive(this.active ? (items.find((i) => sameFinding(i.finding, this.active!))?.finding ?? null) : null);
    this.position();
  }

  setActive(finding: Finding | null): void {
    this.active = finding;
    this.schedulePosition();
  }

  findings(): Finding[] {
    return this.items.map((i) => i.finding);
  }

  private renderChip(): void {
    const findings = this.findings();
    const worst = worstSeverity(findings);
    const analysed = this.chip.dataset.analysed === "true";
    // No green check before the analysis of the text as it is now has come back: a risky draft
    // never shows "nothing to report", even for a moment.
    const checking = !this.empty && findings.length === 0 && (!analysed || this.chip.dataset.fresh !== "true");
    this.chip.hidden = this.empty && findings.length === 0;
    this.chip.className = `chip ${checking ? "checking" : (worst ?? "clean")}`;
    this.chip.dataset.count = String(findings.length);
    this.chip.dataset.worst = worst ?? "none";
    this.chip.dataset.state = checking ? "checking" : findings.length ? "findings" : "clean";
    const icon = document.createElement("span");
    icon.className = "icon";
    icon.setAttribute("aria-hidden", "true");
    icon.textContent = checking ? "…" : ICONS[worst ?? "clean"];
    const label = document.createElement("span");
    label.textContent = checking ? this.strings.chipChecking : findings.length ? String(findings.length) : this.strings.chipClean;
    this.chip.replaceChildren(icon, label);
    this.chip.setAttribute("aria-label", checking ? this.strings.chipCheckingLabel : this.strings.chipLabel(findings.length, worst ? this.strings.severity[worst] : ""));
    this.chip.title = this.chip.getAttribute("aria-label") ?? "";
  }

  schedulePosition(): void {
    if (document.hidden) {
      this.position();
      return;
    }
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.position();
    });
  }

  /** Recomputes every rectangle: after a render, a scroll, a resize. */
  position(): void {
    if (!this.host.isConnected) return;
    const origin = this.host.getBoundingClientRect();
    const editorRect = topAnchor(this.adapter.element).getBoundingClientRect();
    this.rects = this.items.map((i) => this.adapter.rectsFor(i.finding.start, i.finding.end));
    // Visible rectangles, then one full stroke under any character (overlapping findings share it).
    const visible: Array<{ index: number; rect: DOMRect; clip: DOMRect }> = [];
    this.items.forEach((_item, index) => {
      for (const r of this.rects[index] ?? []) {
        const clip = intersect(r, editorRect);
        if (clip) visible.push({ index, rect: r, clip });
      }
    });
    const segments = layoutStrokes(visible.map(({ index, rect }) => ({ severity: this.items[index]!.finding.severity, left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom })));
    const boxes: HTMLElement[] = [];
    visible.forEach(({ index, rect, clip }, i) => {
      const finding = this.items[index]!.finding;
      for (const segment of segments[i] ?? []) {
        const second = segment.kind === "second";
        // A second line sits just under the glyphs, below the stroke drawn at their bottom.
        const r = new DOMRect(segment.left, rect.top, segment.right - segment.left, rect.height + (second ? SECOND_OFFSET : 0));
        const shown = intersect(r, new DOMRect(clip.left, clip.top, clip.width, clip.height + (second ? SECOND_OFFSET : 0)));
        if (!shown) continue;
        const box = document.createElement("div");
        box.className = `box ${finding.severity}${second ? " second" : ""}${this.active && sameFinding(this.active, finding) ? " active" : ""}`;
        box.dataset.start = String(finding.start);
        box.dataset.end = String(finding.end);
        box.dataset.severity = finding.severity;
        box.dataset.rule = finding.ruleId;
        Object.assign(box.style, {
          left: `${r.left - origin.left}px`,
          top: `${r.top - origin.top}px`,
          width: `${r.width}px`,
          height: `${r.height}px`,
          clipPath: `inset(${shown.top - r.top}px ${r.right - shown.right}px ${r.bottom - shown.bottom}px ${shown.left - r.left}px)`,
        });
        boxes.push(box);
      }
    });
    this.layer.replaceChildren(...boxes);
    if (!this.chip.hidden) this.placeChip(editorRect, origin);
  }

  /** Puts the chip in a corner of the box that no text reaches, else just outside the box. */
  private placeChip(editorRect: DOMRect, origin: DOMRect): void {
    const width = this.chip.offsetWidth || 40;
    const height = this.chip.offsetHeight || 22;
    const place = placeChip({
      editor: editorRect,
      chip: { width, height },
      text: this.textNearCorners(),
      overflows: overflows(this.adapter.element),
      viewport: { width: window.innerWidth, height: window.innerHeight },
    });
    this.chip.dataset.place = place.where;
    this.chip.style.left = `${place.left - origin.left}px`;
    this.chip.style.top = `${place.top - origin.top}px`;
  }

  /** The draft's first and last lines and the caret: what a chip in a corner could cover. */
  private textNearCorners(): DOMRect[] {
    const n = this.length;
    const out = n > 0 ? [...this.adapter.rectsFor(0, Math.min(n, CORNER_CHARS)), ...this.adapter.rectsFor(Math.max(0, n - CORNER_CHARS), n)] : [];
    const caret = caretRect(this.adapter.element);
    if (caret) out.push(caret);
    return out;
  }

  /** The vertical band the card must leave readable: the flagged lines and the line after them. */
  band(finding: Finding): { top: number; bottom: number; line: number } | null {
    const rects = this.adapter.rectsFor(finding.start, finding.end);
    const first = rects[0];
    const last = rects[rects.length - 1];
    if (!first || !last) return null;
    return { top: first.top, bottom: last.bottom, line: lineHeight(this.adapter.element, last.height) };
  }

  /** The finding under a point of the top viewport. */
  findingAt(x: number, y: number): Finding | null {
    if (this.rects.length !== this.items.length) this.position();
    for (let i = 0; i < this.items.length; i++) {
      if ((this.rects[i] ?? []).some((r) => contains(r, x, y))) return this.items[i]!.finding;
    }
    return null;
  }

  firstRect(finding: Finding): DOMRect | null {
    return this.adapter.rectsFor(finding.start, finding.end)[0] ?? null;
  }

  showTooltip(finding: Finding | null, x = 0, y = 0): void {
    if (!finding) {
      this.tooltip.hidden = true;
      return;
    }
    const origin = this.host.getBoundingClientRect();
    const rect = this.adapter.rectsFor(finding.start, finding.end).find((r) => contains(r, x, y)) ?? this.firstRect(finding);
    this.tooltip.textContent = `${this.strings.severity[finding.severity]} · ${finding.message}`;
    this.tooltip.dataset.rule = finding.ruleId;
    this.tooltip.hidden = false;
    const top = (rect ? rect.bottom : y) + 6;
    const left = rect ? rect.left : x;
    this.tooltip.style.left = `${left - origin.left}px`;
    this.tooltip.style.top = `${top - origin.top}px`;
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.host.remove();
  }
}

/** The same finding across re-analyses: same rule and same span. */
export function sameFinding(a: Finding, b: Finding): boolean {
  return a.ruleId === b.ruleId && a.start === b.start && a.end === b.end;
}
