// One compose box: reads it through its adapter, asks the worker for an analysis after a pause in
// typing (never during IME composition), keeps findings aligned with the text while a fresh
// analysis is on its way, and drives the overlay, the card and the pre-publish gate.
import type { Finding, Fix, UiLanguage } from "../../analyzer/types.js";
import { RULE_SETS } from "../../analyzer/constants.js";
import type { Settings } from "../../shared/settings.js";
import type { EditorAdapter, TextSnapshot } from "../types.js";
import { Overlay, sameFinding, type OverlayItem } from "../overlay/overlay.js";
import { toTopViewport } from "../overlay/geometry.js";
import { Card } from "../card/card.js";
import { STRINGS, type Strings } from "../card/strings.js";
import { GateDialog } from "../gate/gate-dialog.js";
import { decideGate, isPublishShortcut, type GateDecision } from "../gate/gate-decision.js";
import { debounce, type Debounced } from "./debounce.js";
import { flaggedWords, IgnoreList } from "./ignore-keys.js";
import { rebaseFindings } from "./rebase.js";
import { personMade } from "./person-made.js";
import { DraftKey, looksEmpty } from "./draft-key.js";

/** The longest pause awaited before asking for an analysis, and the shortest: the wait is twice
 *  the last round trip to the worker within these bounds. Typing keeps coming faster than 40 ms
 *  a key; when the worker answers in a few milliseconds (the paragraph cache makes a keystroke
 *  cheap), waiting 150 ms would only delay the warning. */
export const DEBOUNCE_MS = 150;
export const MIN_DEBOUNCE_MS = 40;

/** Before any draft's analysis has been timed. */
export const FIRST_DEBOUNCE_MS = 80;

export function debounceFor(lastRoundTripMs: number | null): number {
  if (lastRoundTripMs === null) return FIRST_DEBOUNCE_MS;
  return Math.min(DEBOUNCE_MS, Math.max(MIN_DEBOUNCE_MS, 2 * lastRoundTripMs));
}

/** Events "publish anyway" re-dispatches: every session lets them through (each exactly once). */
const replayed = new WeakSet<Event>();

export interface AnalyzeResult {
  findings: Finding[];
}

/** What a session needs from the controller. */
export interface SessionHost {
  settings(): Settings;
  lang(): UiLanguage;
  analyze(request: { text: string; platform: EditorAdapter["platform"]; site: string; hasMedia: boolean }): Promise<AnalyzeResult | null>;
  disableRule(ruleId: string): Promise<void>;
  analysed(session: Session): void;
}

type SavedSelection = { kind: "textarea"; start: number; end: number; direction: "forward" | "backward" | "none" } | { kind: "ranges"; ranges: Range[] };

export class Session {
  readonly overlay: Overlay;
  readonly card: Card;
  readonly gate: GateDialog;
  readonly ignored = new IgnoreList();
  /** Which draft the popup's manual ticks belong to (a random key, nothing of the text). */
  private readonly draftKey = new DraftKey();
  /** The last analysis as received: the text it was computed on and its findings. */
  private analysis: { text: string; findings: Finding[] } | null = null;
  /** The findings moved onto the current text (same as `analysis` when nothing changed since). */
  private current: { text: string; findings: Finding[] } = { text: "", findings: [] };
  private requested: string | null = null;
  private seq = 0;
  private composing = false;
  private renderFrame = 0;
  private savedSelection: SavedSelection | null = null;
  private readonly debounced: Debounced;
  /** Milliseconds the last analysis took, request to reply (null before the first). */
  private roundTrip: number | null = null;
  private readonly cleanups: Array<() => void> = [];
  private disposed = false;

  constructor(
    readonly adapter: EditorAdapter,
    private readonly host: SessionHost,
  ) {
    this.debounced = debounce(() => void this.requestAnalysis(), () => debounceFor(this.roundTrip));
    this.overlay = new Overlay(adapter, this.strings(), () => this.openNearest(1, true));
    this.card = new Card(this.overlay.shadow, {
      applyFix: (f, fix) => this.applyFix(f, fix),
      ignore: (f) => this.ignore(f),
      disableRule: (f) => this.disableRule(f),
      navigate: (step) => this.openNearest(step, true),
      closed: (restore) => this.cardClosed(restore),
    });
    this.gate = new GateDialog(this.overlay.shadow);
    this.listen();
    this.requestSoon();
  }

  private strings(): Strings {
    return STRINGS[this.host.lang()];
  }

  private on<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K | string, fn: (e: never) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, fn as EventListener, options);
    this.cleanups.push(() => target.removeEventListener(type, fn as EventListener, options));
  }

  private listen(): void {
    const el = this.adapter.element;
    this.on(el, "input", (e: InputEvent) => {
      // A deletion may empty the editor and the next key start a new draft before any render.
      if (e.inputType?.startsWith("delete") && looksEmpty(el)) this.draftKey.ended();
      this.edited();
    });
    this.on(el, "compositionstart", () => {
      this.composing = true;
      this.debounced.cancel();
    });
    this.on(el, "compositionend", () => {
      this.composing = false;
      this.edited();
    });
    // Editors that re-render without an input event (undo through the site's model, programmatic
    // changes) still change the DOM.
    const mo = new MutationObserver(() => this.edited());
    mo.observe(el, { characterData: true, childList: true, subtree: true });
    this.cleanups.push(() => mo.disconnect());
    const ro = new ResizeObserver(() => this.overlay.schedulePosition());
    ro.observe(el);
    this.cleanups.push(() => ro.disconnect());
    this.on(el, "scroll", () => this.overlay.schedulePosition(), { passive: true });
    this.on(el, "mousemove", (e: MouseEvent) => this.hover(e), { passive: true });
    this.on(el, "mouseleave", () => this.overlay.showTooltip(null), { passive: true });
    this.on(el, "click", (e: MouseEvent) => this.clicked(e));
    // Capture on the window, so the gate and the shortcuts run before the site's own handlers.
    const windows = new Set<Window>([window]);
    const view = el.ownerDocument.defaultView;
    if (view) windows.add(view);
    for (const w of windows) {
      this.on(w, "keydown", (e: KeyboardEvent) => this.keydown(e), { capture: true });
      this.on(w, "click", (e: MouseEvent) => this.publishClick(e), { capture: true });
    }
  }

  private inEditor(e: Event): boolean {
    return e.composedPath().includes(this.adapter.element);
  }

  private edited(): void {
    if (this.disposed) return;
    if (this.composing) return;
    // An emptied editor is a new draft: forget what was ignored at once, even if the next
    // keystroke comes before the next render.
    if (this.ignored.size > 0 && this.adapter.snapshot().text.trim() === "") this.ignored.clear();
    this.scheduleRender();
    this.debounced();
  }

  /** Asks for an analysis at the next pause (also used on start and when settings change). */
  requestSoon(force = false): void {
    if (force) this.requested = null;
    this.debounced();
  }

  private async requestAnalysis(): Promise<void> {
    if (this.disposed || this.composing) return;
    const text = this.adapter.snapshot().text;
    if (text === this.requested && this.analysis?.text === text) return;
    this.requested = text;
    const id = ++this.seq;
    const t0 = performance.now();
    const result = await this.host.analyze({ text, platform: this.adapter.platform, site: this.adapter.site, hasMedia: this.adapter.hasMedia() });
    // An empty draft's request (sent when a compose box appears) mostly times the worker waking
    // up, not an analysis: it would hold the first words back for the longest wait.
    if (text.length > 0) this.roundTrip = performance.now() - t0;
    if (this.disposed || id !== this.seq || !result) return;
    this.analysis = { text, findings: result.findings };
    this.current = { text, findings: result.findings };
    this.render();
    this.host.analysed(this);
  }

  private scheduleRender(): void {
    // A hidden tab gets no animation frames; its text changes only programmatically.
    if (document.hidden) {
      this.render();
      return;
    }
    if (this.renderFrame) return;
    this.renderFrame = requestAnimationFrame(() => {
      this.renderFrame = 0;
      this.render();
    });
  }

  /** Whether a finding is shown: not ignored here, its rule and rule set not turned off. */
  private visible(f: Finding, text: string): boolean {
    const settings = this.host.settings();
    if (settings.disabledRules.includes(f.ruleId)) return false;
    const set = f.ruleId.split("/")[0] as (typeof RULE_SETS)[number];
    if (RULE_SETS.includes(set) && settings.ruleSets[set] === false) return false;
    return !this.ignored.has(f, text);
  }

  /** The findings the user sees, in text order, on the current text. */
  visibleFindings(snapshot: TextSnapshot = this.adapter.snapshot()): Finding[] {
    if (snapshot.text !== this.current.text) {
      // Back to the analysed text (undo, or the same draft typed again): its findings hold as they are.
      this.current =
        this.analysis?.text === snapshot.text
          ? { ...this.analysis }
          : { text: snapshot.text, findings: rebaseFindings(this.current.findings, this.current.text, snapshot.text, snapshot.knownEnds?.(this.current.text)) };
    }
    return this.current.findings.filter((f) => this.visible(f, snapshot.text)).sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** The reading the overlay last drew on (a reading is the same object while the text is unchanged). */
  private drawnSnapshot: TextSnapshot | null = null;

  render(): void {
    if (this.disposed) return;
    const placed = this.overlay.attach();
    const snapshot = this.adapter.snapshot();
    const moved = placed || snapshot !== this.drawnSnapshot;
    this.drawnSnapshot = snapshot;
    // An emptied editor (published, or cleared to start over) is a new draft.
    if (snapshot.text.trim() === "") this.ignored.clear();
    this.draftKey.seen(snapshot.text);
    const findings = this.visibleFindings(snapshot);
    const items: OverlayItem[] = findings.map((finding) => ({ finding }));
    this.overlay.update(items, this.analysis !== null, snapshot.text.trim() === "", this.analysis?.text === snapshot.text, moved, snapshot.text.length);
    const open = this.card.finding;
    if (open && !findings.some((f) => sameFinding(f, open))) {
      // The finding the card shows is gone (fixed, edited away, rule turned off).
      const moved = findings.find((f) => f.ruleId === open.ruleId && snapshot.text.slice(f.start, f.end) === this.cardText);
      if (moved) this.showCard(moved, false);
      else this.card.close(true);
    }
  }

  private cardText = "";

  // ---- mouse -------------------------------------------------------------------------------

  private pointFrom(e: MouseEvent): { x: number; y: number } {
    return toTopViewport((e.view as Window | null) ?? this.adapter.element.ownerDocument.defaultView, e.clientX, e.clientY);
  }

  // The card and the tooltip answer a person's pointer only: a page's synthetic events must not
  // make them show where the flagged words are.
  private hover(e: MouseEvent): void {
    if (!personMade(e)) return;
    const p = this.pointFrom(e);
    this.overlay.showTooltip(this.overlay.findingAt(p.x, p.y), p.x, p.y);
  }

  private clicked(e: MouseEvent): void {
    if (!personMade(e) || e.button !== 0 || e.detail > 1) return;
    const p = this.pointFrom(e);
    const finding = this.overlay.findingAt(p.x, p.y);
    if (!finding) return;
    // The click also placed the caret: that is where focus comes back when the card closes.
    this.overlay.showTooltip(null);
    this.saveSelection();
    this.showCard(finding, false);
  }

  // ---- keyboard ----------------------------------------------------------------------------

  private keydown(e: KeyboardEvent): void {
    if (this.disposed || replayed.has(e)) return;
    const inEditor = this.inEditor(e);
    // The gate stops any publish gesture, a page's synthetic one too (failing safe); the card's
    // shortcuts answer a person's keys only.
    if (!personMade(e)) {
      if (inEditor && isPublishShortcut(e)) this.gateOn(e, true);
      return;
    }
    // Escape inside the card is the card's own; here it is Escape typed in the editor.
    if (e.key === "Escape" && this.card.isOpen && inEditor) {
      e.preventDefault();
      e.stopImmediatePropagation();
      this.card.close(true);
      return;
    }
    if (!inEditor) return;
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === "KeyN" || e.code === "KeyP")) {
      e.preventDefault();
      e.stopImmediatePropagation();
      this.openNearest(e.code === "KeyN" ? 1 : -1, true);
      return;
    }
    if (isPublishShortcut(e)) this.gateOn(e, true);
  }

  private publishClick(e: MouseEvent): void {
    if (this.disposed || replayed.has(e)) return;
    const path = e.composedPath();
    const buttons = this.adapter.publishButtons();
    if (!buttons.some((b) => path.includes(b))) return;
    this.gateOn(e, true);
  }

  // ---- gate --------------------------------------------------------------------------------

  gateDecision(knownGesture: boolean): GateDecision {
    const settings = this.host.settings();
    const text = this.adapter.snapshot().text;
    return decideGate({
      enabled: settings.gate.enabled,
      siteDisabled: settings.gate.disabledSites.includes(this.adapter.site) || settings.gate.disabledSites.includes(location.hostname),
      knownGesture,
      analysedText: this.analysis?.text ?? null,
      currentText: text,
      visibleFindings: this.analysis?.text === text ? this.visibleFindings() : [],
      stopOnWarnings: settings.gate.stopOnWarnings,
    });
  }

  private gateOn(e: KeyboardEvent | MouseEvent, known: boolean): void {
    let decision: GateDecision;
    try {
      decision = this.gateDecision(known);
    } catch {
      return; // Fail open: an unexpected state never blocks a post.
    }
    if (!decision.block) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const target = e.composedPath()[0];
    const text = this.adapter.snapshot().text;
    this.card.close(false);
    this.gate.open(decision.errors, decision.warnings, text, this.strings(), this.editorRect(), {
      review: () => {
        const first = decision.block ? (decision.errors[0] ?? decision.warnings[0]) : undefined;
        this.adapter.element.focus({ preventScroll: true });
        if (first) {
          this.saveSelection();
          this.showCard(first, false);
        }
      },
      publishAnyway: () => this.redispatch(e, target ?? null),
    });
  }

  /** Replays the blocked gesture once, on the element that received it. */
  private redispatch(original: KeyboardEvent | MouseEvent, target: EventTarget | null): void {
    if (!target) return;
    let replay: Event;
    if (original instanceof KeyboardEvent) {
      this.adapter.element.focus({ preventScroll: true });
      replay = new KeyboardEvent("keydown", {
        key: original.key, code: original.code, ctrlKey: original.ctrlKey, metaKey: original.metaKey,
        shiftKey: original.shiftKey, altKey: original.altKey, bubbles: true, cancelable: true, composed: true,
      });
    } else {
      replay = new MouseEvent("click", {
        bubbles: true, cancelable: true, composed: true, clientX: original.clientX, clientY: original.clientY,
        screenX: original.screenX, screenY: original.screenY, button: 0, buttons: 0, detail: 1, view: original.view,
      });
    }
    replayed.add(replay);
    target.dispatchEvent(replay);
  }

  private editorRect(): DOMRect | null {
    const el = this.adapter.element;
    const anchor = el.ownerDocument === document ? el : (el.ownerDocument.defaultView?.frameElement ?? el);
    return anchor.getBoundingClientRect();
  }

  // ---- card --------------------------------------------------------------------------------

  /** Opens the card on the finding after (step 1) or before (step -1) the caret or the open card. */
  openNearest(step: 1 | -1, focusCard: boolean): void {
    const findings = this.visibleFindings();
    if (!findings.length) return;
    const open = this.card.finding;
    let index: number;
    if (open) {
      const at = findings.findIndex((f) => sameFinding(f, open));
      index = at === -1 ? 0 : (at + step + findings.length) % findings.length;
    } else {
      this.saveSelection();
      const caret = this.caretOffsetIndex(findings);
      index = step === 1 ? caret.next : caret.previous;
    }
    const finding = findings[index];
    if (finding) this.showCard(finding, focusCard);
  }

  /** Index of the first finding after the caret and of the last one before it (wrapping). */
  private caretOffsetIndex(findings: Finding[]): { next: number; previous: number } {
    const el = this.adapter.element;
    const n = findings.length;
    let after: (f: Finding) => boolean;
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
      const caret = el.selectionStart ?? 0;
      after = (f) => f.start >= caret;
    } else {
      const sel = el.ownerDocument.getSelection();
      const caretRange = sel && sel.rangeCount && el.contains(sel.anchorNode) ? sel.getRangeAt(0) : null;
      const snapshot = this.adapter.snapshot();
      after = (f) => {
        if (!caretRange) return true;
        const r = snapshot.range(f.start, f.start);
        return r ? r.compareBoundaryPoints(Range.START_TO_START, caretRange) >= 0 : true;
      };
    }
    const next = findings.findIndex(after);
    const firstAfter = next === -1 ? n : next;
    return { next: next === -1 ? 0 : next, previous: (firstAfter - 1 + n) % n };
  }

  showCard(finding: Finding, focusCard: boolean, select = false): void {
    const snapshot = this.adapter.snapshot();
    const findings = this.visibleFindings(snapshot);
    const index = Math.max(0, findings.findIndex((f) => sameFinding(f, finding)));
    let rect = this.overlay.firstRect(finding);
    const range = snapshot.range(finding.start, finding.end);
    if (!rect || rect.bottom < 0 || rect.top > window.innerHeight) {
      (range?.startContainer.parentElement ?? this.adapter.element).scrollIntoView({ block: "nearest" });
      rect = this.overlay.firstRect(finding);
    }
    if (select) this.selectFinding(finding, range);
    this.cardText = snapshot.text.slice(finding.start, finding.end);
    this.overlay.setActive(finding);
    this.card.open({
      finding,
      text: snapshot.text,
      index,
      total: findings.length,
      lang: this.host.lang(),
      strings: this.strings(),
      canFix: finding.fix !== undefined && this.adapter.canReplace(finding.fix.start, finding.fix.end),
      canApply: (fix) => this.adapter.canReplace(fix.start, fix.end),
      anchor: rect,
      band: this.overlay.band(finding),
      focus: focusCard,
    });
  }

  private selectFinding(finding: Finding, range: Range | null): void {
    const el = this.adapter.element;
    el.focus({ preventScroll: true });
    if (el instanceof HTMLTextAreaElement) el.setSelectionRange(finding.start, finding.end);
    else if (range) {
      const sel = el.ownerDocument.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
    }
    this.saveSelection();
  }

  private saveSelection(): void {
    const el = this.adapter.element;
    if (el instanceof HTMLTextAreaElement) {
      this.savedSelection = { kind: "textarea", start: el.selectionStart, end: el.selectionEnd, direction: el.selectionDirection ?? "none" };
      return;
    }
    const sel = el.ownerDocument.getSelection();
    const ranges: Range[] = [];
    if (sel) for (let i = 0; i < sel.rangeCount; i++) {
      const r = sel.getRangeAt(i);
      if (el.contains(r.startContainer)) ranges.push(r.cloneRange());
    }
    this.savedSelection = ranges.length ? { kind: "ranges", ranges } : null;
  }

  private cardClosed(restore: boolean): void {
    this.overlay.setActive(null);
    if (this.disposed) return;
    const el = this.adapter.element;
    const saved = this.savedSelection;
    this.savedSelection = null;
    if (!restore) return;
    // The person is already back in the editor (typing, which closed the card): their caret stands.
    const active = el.ownerDocument.activeElement;
    if (active === el || (active !== null && el.contains(active))) return;
    el.focus({ preventScroll: true });
    if (!saved) return;
    if (saved.kind === "textarea" && el instanceof HTMLTextAreaElement) el.setSelectionRange(saved.start, saved.end, saved.direction);
    else if (saved.kind === "ranges") {
      const sel = el.ownerDocument.getSelection();
      const live = saved.ranges.filter((r) => r.startContainer.isConnected && el.contains(r.startContainer));
      if (sel && live.length) {
        sel.removeAllRanges();
        for (const r of live) sel.addRange(r);
      }
    }
  }

  private async applyFix(finding: Finding, fix: Fix | undefined = finding.fix): Promise<boolean> {
    if (!fix || !this.adapter.canReplace(fix.start, fix.end)) return false;
    // The caret will sit after the replacement: a card that closes while the editor takes it (its
    // finding gone with the edit) must not put the old caret back. Kept if the fix fails.
    const saved = this.savedSelection;
    this.savedSelection = null;
    let ok = false;
    try {
      ok = await this.adapter.replace(fix.start, fix.end, fix.replacement);
    } catch {
      ok = false;
    }
    if (!ok) this.savedSelection = saved;
    this.render();
    this.requestSoon(true);
    return ok;
  }

  private ignore(finding: Finding): void {
    this.ignored.add(finding, this.current.text);
    this.render();
  }

  private async disableRule(finding: Finding): Promise<void> {
    await this.host.disableRule(finding.ruleId);
    this.render();
  }

  // ---- lifecycle ---------------------------------------------------------------------------

  /** Findings of the last analysis in the worker's order (the popup's indexes refer to them). */
  analysedFindings(): Finding[] {
    return this.analysis?.findings ?? [];
  }

  /** The flagged words of each finding of the last analysis (the popup's list), on request. */
  analysedExcerpts(): string[] {
    const a = this.analysis;
    return a ? a.findings.map((f) => flaggedWords(f, a.text).slice(0, 200)) : [];
  }

  /** The key of the current draft for the popup's manual ticks (random, held in memory). */
  draft(): string {
    return this.draftKey.of(this.adapter.snapshot().text);
  }

  /** Shows an ignored passage again (the options page's "turn back on"). */
  unignore(key: string): boolean {
    const removed = this.ignored.remove(key);
    if (removed) this.render();
    return removed;
  }

  /** Opens the card of the finding the popup shows at `index`; true when it could. */
  focusAnalysedFinding(index: number): boolean {
    const target = this.analysis?.findings[index];
    if (!target || !this.analysis) return false;
    const text = this.analysis.text;
    const moved = rebaseFindings([target], text, this.adapter.snapshot().text)[0];
    if (!moved) return false;
    this.showCard(moved, false, true);
    return true;
  }

  languageChanged(): void {
    this.overlay.setStrings(this.strings());
    const open = this.card.finding;
    if (open) this.showCard(open, this.card.containsFocus());
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.draftKey.ended();
    this.debounced.cancel();
    if (this.renderFrame) cancelAnimationFrame(this.renderFrame);
    for (const c of this.cleanups.splice(0)) c();
    this.card.destroy();
    this.gate.destroy();
    this.overlay.destroy();
    try {
      this.adapter.dispose();
    } catch {
      // The adapter's editor may be gone already.
    }
  }
}
