// The overlay of one compose box: a host element placed next to the editor root (never inside
// it) with a closed shadow root holding the underline boxes, the status chip, the tooltip, the
// card and the gate dialog. The page sees one plain <div> and nothing inside it: not which words
// are flagged (the CSS Custom Highlight API's registry is readable by the page, so it is not used),
// not the findings, not a control it could click (controls also act only on a person's events).
import type { Finding, Severity } from "../../analyzer/types.js";
import { spansOf } from "../../analyzer/spans.js";
import type { EditorAdapter } from "../types.js";
import { contains, intersect, topAnchor } from "./geometry.js";
import { SHADOW_CSS } from "./styles.js";
import { layoutStrokes } from "./strokes.js";
import { placeChip } from "./chip-place.js";
import type { Strings } from "../card/strings.js";
import { personMade } from "../controller/person-made.js";
import { el, important } from "../dom/el.js";

export interface OverlayItem {
  finding: Finding;
}

/** The host's own looks, !important so that the page's style sheets cannot move or show it. */
const HOST_STYLE = important([
  "all:initial", "position:absolute", "width:0", "height:0", "margin:0", "padding:0", "border:0", "overflow:visible",
  "z-index:2147483000", "pointer-events:none", "display:block",
]);

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
/** After this long without the resize it asked for, the overlay measures at the next request. */
const STALE_MEASURE_MS = 500;

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
  /** Drawn underline boxes, and what each shows (rewritten only when that changes). */
  private readonly boxes: HTMLDivElement[] = [];
  private readonly boxKeys: string[] = [];
  private chipKey = "";
  private chipPlace = "";
  /** Resized to be told, by a ResizeObserver, when the page has been laid out (see schedulePosition). */
  private readonly probe: HTMLDivElement;
  private readonly probeObserver: ResizeObserver;
  private probeWide = false;
  private measurePending = false;
  private pendingSince = 0;
  /** What the last update drew (rules, spans, active one): redrawn only when it or the text changes. */
  private drawnKey = "";

  constructor(
    private readonly adapter: EditorAdapter,
    private strings: Strings,
    onChip: () => void,
  ) {
    this.host = el("div");
    // Zero-size and out of the flow: the page's layout does not move.
    this.host.style.cssText = HOST_STYLE;
    this.shadow = this.host.attachShadow({ mode: "closed" });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(SHADOW_CSS);
    this.shadow.adoptedStyleSheets = [sheet];
    this.layer = el("div", "layer");
    this.chip = el("button", "chip");
    this.chip.type = "button";
    this.chip.hidden = true;
    this.chip.addEventListener("click", (e) => {
      e.preventDefault();
      if (personMade(e)) onChip();
    });
    this.tooltip = el("div", "tooltip");
    this.tooltip.setAttribute("role", "tooltip");
    this.tooltip.hidden = true;
    this.probe = el("div", "probe");
    this.probeObserver = new ResizeObserver(() => {
      if (this.measurePending) this.measureNow();
    });
    this.probeObserver.observe(this.probe);
    this.shadow.append(this.layer, this.chip, this.tooltip, this.probe);
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
    if (this.renderChip()) this.schedulePosition();
  }

  private empty = true;
  /** The draft's length, for the lines a chip in a corner could cover. */
  private length = 0;

  /** `fresh`: the last analysis was computed on the text as it is now (tests and the gate rely on
   *  it). `moved`: the text (or the overlay's place) changed since the last update, so underlines
   *  may have moved even where the findings did not change. `length`: the draft's length, for the
   *  lines a chip in a corner could cover. */
  update(items: OverlayItem[], analysed: boolean, empty: boolean, fresh = analysed, moved = true, length = 0): void {
    this.empty = empty;
    this.length = length;
    this.chip.dataset.fresh = String(fresh);
    this.items = items;
    this.chip.dataset.analysed = String(analysed);
    // A chip whose text changed changes width: it is placed again.
    const chipChanged = this.renderChip();
    this.active = this.active ? (items.find((i) => sameFinding(i.finding, this.active!))?.finding ?? null) : null;
    const key = this.itemsKey();
    if (!moved && !chipChanged && key === this.drawnKey) return;
    this.drawnKey = key;
    this.schedulePosition();
  }

  private itemsKey(): string {
    const parts = this.items.map(({ finding: f }) => `${f.ruleId} ${f.severity} ${f.start} ${f.end} ${f.parts?.map((p) => p.end)}`);
    if (this.active) parts.push(`active ${this.active.ruleId} ${this.active.start} ${this.active.end}`);
    return parts.join("\n");
  }

  setActive(finding: Finding | null): void {
    this.active = finding;
    this.drawnKey = this.itemsKey();
    this.schedulePosition();
  }

  findings(): Finding[] {
    return this.items.map((i) => i.finding);
  }

  /** Draws the chip; true when what it shows changed. */
  private renderChip(): boolean {
    const findings = this.findings();
    const worst = worstSeverity(findings);
    const analysed = this.chip.dataset.analysed === "true";
    // No green check before the analysis of the text as it is now has come back: a risky draft
    // never shows "nothing to report", even for a moment.
    const checking = !this.empty && findings.length === 0 && (!analysed || this.chip.dataset.fresh !== "true");
    const hidden = this.empty && findings.length === 0;
    const className = `chip ${checking ? "checking" : (worst ?? "clean")}`;
    const iconText = checking ? "…" : ICONS[worst ?? "clean"];
    const labelText = checking ? this.strings.chipChecking : findings.length ? String(findings.length) : this.strings.chipClean;
    const aria = checking ? this.strings.chipCheckingLabel : this.strings.chipLabel(findings.length, worst ? this.strings.severity[worst] : "");
    const state = checking ? "checking" : findings.length ? "findings" : "clean";
    // Typing redraws the chip at every keystroke: the DOM is touched only when what it shows changes.
    const key = [hidden, className, iconText, labelText, aria, state, findings.length, worst].join("\u0000");
    if (key === this.chipKey) return false;
    this.chipKey = key;
    this.chip.hidden = hidden;
    this.chip.className = className;
    this.chip.dataset.count = String(findings.length);
    this.chip.dataset.worst = worst ?? "none";
    this.chip.dataset.state = state;
    const icon = el("span", "icon", iconText);
    icon.setAttribute("aria-hidden", "true");
    this.chip.replaceChildren(icon, el("span", undefined, labelText));
    this.chip.setAttribute("aria-label", aria);
    this.chip.title = aria;
    return true;
  }

  /**
   * Redraws the underlines once the page has been laid out: the probe is resized, and the
   * ResizeObserver, which runs after layout and before paint, measures and draws in the same frame.
   * Measuring earlier (in an animation frame, or as the text changes) would force the browser to
   * lay out the edited draft for the overlay first, on every keystroke.
   */
  schedulePosition(): void {
    if (document.hidden) {
      // No frames in a hidden tab: its text changes only programmatically.
      this.position();
      return;
    }
    if (this.measurePending) {
      // A resize that never came (the overlay was not rendered meanwhile): measure now.
      if (performance.now() - this.pendingSince > STALE_MEASURE_MS) this.measureNow();
      return;
    }
    this.measurePending = true;
    this.pendingSince = performance.now();
    this.probeWide = !this.probeWide;
    this.probe.style.width = this.probeWide ? "2px" : "1px";
  }

  private measureNow(): void {
    this.measurePending = false;
    this.position();
  }

  /** Recomputes every rectangle (after a render, a scroll, a resize); reads all, then writes. */
  position(): void {
    if (!this.host.isConnected) return;
    const origin = this.host.getBoundingClientRect();
    const editorRect = topAnchor(this.adapter.element).getBoundingClientRect();
    // A combination finding underlines each of its parts.
    const spans = this.items.map((i) => spansOf(i.finding));
    const measured = spans.map((list) => list.map((p) => ({ span: p, rects: this.adapter.rectsFor(p.start, p.end) })));
    this.rects = measured.map((list) => list.flatMap((m) => m.rects));
    // Visible rectangles, then one full stroke under any character (overlapping findings share it).
    const visible: Array<{ index: number; rect: DOMRect; clip: DOMRect; span: { start: number; end: number } }> = [];
    measured.forEach((list, index) => {
      for (const { span, rects } of list) {
        for (const r of rects) {
          const clip = intersect(r, editorRect);
          if (clip) visible.push({ index, rect: r, clip, span });
        }
      }
    });
    const segments = layoutStrokes(visible.map(({ index, rect }) => ({ severity: this.items[index]!.finding.severity, left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom })));
    let count = 0;
    visible.forEach(({ index, rect, clip, span }, v) => {
      const finding = this.items[index]!.finding;
      for (const segment of segments[v] ?? []) {
        const second = segment.kind === "second";
        // A second line sits just under the glyphs, below the stroke drawn at their bottom.
        const r = new DOMRect(segment.left, rect.top, segment.right - segment.left, rect.height + (second ? SECOND_OFFSET : 0));
        const shown = intersect(r, new DOMRect(clip.left, clip.top, clip.width, clip.height + (second ? SECOND_OFFSET : 0)));
        if (!shown) continue;
        const className = `box ${finding.severity}${second ? " second" : ""}${this.active && sameFinding(this.active, finding) ? " active" : ""}`;
        const left = `${r.left - origin.left}px`;
        const top = `${r.top - origin.top}px`;
        const width = `${r.width}px`;
        const height = `${r.height}px`;
        const clipPath = `inset(${shown.top - r.top}px ${r.right - shown.right}px ${r.bottom - shown.bottom}px ${shown.left - r.left}px)`;
        // Only boxes whose place or look changed are rewritten.
        const key = [className, span.start, span.end, finding.start, finding.ruleId, left, top, width, height, clipPath].join("\u0000");
        const k = count++;
        if (this.boxKeys[k] === key) continue;
        let box = this.boxes[k];
        if (!box) {
          box = el("div");
          this.boxes.push(box);
          this.layer.append(box);
        }
        this.boxKeys[k] = key;
        box.className = className;
        box.dataset.start = String(span.start);
        box.dataset.end = String(span.end);
        box.dataset.severity = finding.severity;
        box.dataset.rule = finding.ruleId;
        Object.assign(box.style, { left, top, width, height, clipPath });
      }
    });
    for (const box of this.boxes.splice(count)) box.remove();
    this.boxKeys.length = count;
    if (!this.chip.hidden) this.placeChip(editorRect, origin);
    else this.chipPlace = "";
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
    const left = `${place.left - origin.left}px`;
    const top = `${place.top - origin.top}px`;
    if (`${place.where} ${left} ${top}` === this.chipPlace) return;
    this.chipPlace = `${place.where} ${left} ${top}`;
    this.chip.dataset.place = place.where;
    this.chip.style.left = left;
    this.chip.style.top = top;
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
    if (this.measurePending || this.rects.length !== this.items.length) this.measureNow();
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
    this.measurePending = false;
    this.probeObserver.disconnect();
    this.host.remove();
  }
}

/** The same finding across re-analyses: same rule and same span. */
export function sameFinding(a: Finding, b: Finding): boolean {
  return a.ruleId === b.ruleId && a.start === b.start && a.end === b.end;
}
