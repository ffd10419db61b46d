// One compose box: reads it through its adapter, asks the worker for an analysis after a pause in
// typing (never during IME composition), keeps findings aligned with the text while a fresh
// analysis is on its way, draws them with the overlay, and routes the editor's events to the card
// (finding-card.ts) and the pre-publish gate (publish-gate.ts).
import type { Finding, UiLanguage } from "../../analyzer/types.js";
import { RULE_SETS } from "../../analyzer/constants.js";
import type { Settings } from "../../shared/settings.js";
import type { EditorAdapter, TextSnapshot } from "../types.js";
import { Overlay, type OverlayItem } from "../overlay/overlay.js";
import { STRINGS } from "../card/strings.js";
import { isPublishShortcut } from "../gate/gate-decision.js";
import { debounce, type Debounced } from "./debounce.js";
import { FindingCard } from "./finding-card.js";
import { flaggedWords, IgnoreList } from "./ignore-keys.js";
import { PublishGate, replayed } from "./publish-gate.js";
import { rebaseFindings } from "./rebase.js";
import { personMade } from "./person-made.js";
import { DraftKey, looksEmpty } from "./draft-key.js";
import { listen } from "../dom/el.js";

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

export class Session {
  readonly overlay: Overlay;
  readonly card: FindingCard;
  private readonly gate: PublishGate;
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
    this.overlay = new Overlay(adapter, STRINGS[host.lang()], () => this.card.navigate(1));
    this.card = new FindingCard(this.overlay.shadow, this, host);
    this.gate = new PublishGate(this.overlay.shadow, this, host);
    this.listen();
    this.requestSoon();
  }

  private on<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K | string, fn: (e: never) => void, options?: AddEventListenerOptions): void {
    this.cleanups.push(listen(target, type, fn as EventListener, options));
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
    this.on(el, "mousemove", (e: MouseEvent) => this.card.hover(e), { passive: true });
    this.on(el, "mouseleave", () => this.overlay.showTooltip(null), { passive: true });
    this.on(el, "click", (e: MouseEvent) => this.card.clicked(e));
    // Capture on the window, so the gate and the shortcuts run before the site's own handlers.
    const windows = new Set<Window>([window]);
    const view = el.ownerDocument.defaultView;
    if (view) windows.add(view);
    for (const w of windows) {
      this.on(w, "keydown", (e: KeyboardEvent) => this.keydown(e), { capture: true });
      this.on(w, "click", (e: MouseEvent) => this.disposed || this.gate.publishClick(e), { capture: true });
    }
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
    this.card.follow(findings, snapshot);
  }

  // ---- keyboard ----------------------------------------------------------------------------

  private keydown(e: KeyboardEvent): void {
    if (this.disposed || replayed.has(e)) return;
    const inEditor = e.composedPath().includes(this.adapter.element);
    // The card's shortcuts answer a person's keys only; the gate stops any publish gesture, a
    // page's synthetic one too (failing safe).
    if (personMade(e) && this.card.shortcut(e, inEditor)) return;
    if (inEditor && isPublishShortcut(e)) this.gate.stop(e, true);
  }

  // ---- lifecycle ---------------------------------------------------------------------------

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
    this.card.show(moved, false, true);
    return true;
  }

  languageChanged(): void {
    this.overlay.setStrings(STRINGS[this.host.lang()]);
    this.card.languageChanged();
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** The text the current findings are placed on. */
  get currentText(): string {
    return this.current.text;
  }

  /** The text of the last analysis, or null before the first. */
  get analysedText(): string | null {
    return this.analysis?.text ?? null;
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
