// The card of one compose box: opened on a finding by a click, a shortcut, the chip, the popup or
// the gate's "review"; moved from finding to finding; following its finding as the text changes;
// its actions (fix, ignore here, turn the rule off); and the caret, saved when the card opens and
// put back when it closes.
import type { Finding, Fix, UiLanguage } from "../../analyzer/types.js";
import { Card, type CardHandlers } from "../card/card.js";
import { STRINGS } from "../card/strings.js";
import { toTopViewport } from "../overlay/geometry.js";
import { sameFinding, type Overlay } from "../overlay/overlay.js";
import type { EditorAdapter, TextSnapshot } from "../types.js";
import type { IgnoreList } from "./ignore-keys.js";
import { personMade } from "./person-made.js";

/** What the card reads of its session. */
export interface CardSession {
  readonly adapter: EditorAdapter;
  readonly overlay: Overlay;
  readonly ignored: IgnoreList;
  /** The text the current findings are placed on. */
  readonly currentText: string;
  readonly isDisposed: boolean;
  /** The findings the user sees, in text order, on the snapshot's text. */
  visibleFindings(snapshot?: TextSnapshot): Finding[];
  render(): void;
  /** Asks for an analysis at the next pause; `force`: even of the text last sent. */
  requestSoon(force?: boolean): void;
}

/** What the card asks of the controller. */
export interface CardHost {
  lang(): UiLanguage;
  disableRule(ruleId: string): Promise<void>;
}

type SavedSelection = { kind: "textarea"; start: number; end: number; direction: "forward" | "backward" | "none" } | { kind: "ranges"; ranges: Range[] };

/** The card and the handlers of its buttons and keys. */
export class FindingCard implements CardHandlers {
  private readonly card: Card;
  private savedSelection: SavedSelection | null = null;
  /** The flagged words of the finding the card shows, to find it again after an edit. */
  private cardText = "";

  constructor(
    shadow: ShadowRoot,
    private readonly session: CardSession,
    private readonly host: CardHost,
  ) {
    this.card = new Card(shadow, this);
  }

  close(restoreFocus: boolean): void {
    this.card.close(restoreFocus);
  }

  /** After a render: the card follows its finding to where the text moved it, or closes when the
   *  finding is gone (fixed, edited away, rule turned off). */
  follow(findings: readonly Finding[], snapshot: TextSnapshot): void {
    const open = this.card.finding;
    if (open && !findings.some((f) => sameFinding(f, open))) {
      const moved = findings.find((f) => f.ruleId === open.ruleId && snapshot.text.slice(f.start, f.end) === this.cardText);
      if (moved) this.show(moved, false);
      else this.card.close(true);
    }
  }

  /** The interface language changed: the open card is written again. */
  languageChanged(): void {
    const open = this.card.finding;
    if (open) this.show(open, this.card.containsFocus());
  }

  /** The card's keys typed in the editor (a person's): Escape closes the open card, Alt+Shift+N
   *  and Alt+Shift+P open it on the next or previous finding. True when the key was the card's. */
  shortcut(e: KeyboardEvent, inEditor: boolean): boolean {
    // Escape inside the card is the card's own; here it is Escape typed in the editor.
    if (e.key === "Escape" && this.card.isOpen && inEditor) {
      e.preventDefault();
      e.stopImmediatePropagation();
      this.card.close(true);
      return true;
    }
    if (!inEditor) return false;
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === "KeyN" || e.code === "KeyP")) {
      e.preventDefault();
      e.stopImmediatePropagation();
      this.navigate(e.code === "KeyN" ? 1 : -1);
      return true;
    }
    return false;
  }

  // ---- mouse -------------------------------------------------------------------------------

  private pointFrom(e: MouseEvent): { x: number; y: number } {
    return toTopViewport((e.view as Window | null) ?? this.session.adapter.element.ownerDocument.defaultView, e.clientX, e.clientY);
  }

  // The card and the tooltip answer a person's pointer only: a page's synthetic events must not
  // make them show where the flagged words are.
  hover(e: MouseEvent): void {
    if (!personMade(e)) return;
    const p = this.pointFrom(e);
    this.session.overlay.showTooltip(this.session.overlay.findingAt(p.x, p.y), p.x, p.y);
  }

  clicked(e: MouseEvent): void {
    if (!personMade(e) || e.button !== 0 || e.detail > 1) return;
    const p = this.pointFrom(e);
    const finding = this.session.overlay.findingAt(p.x, p.y);
    if (!finding) return;
    // The click also placed the caret: that is where focus comes back when the card closes.
    this.session.overlay.showTooltip(null);
    this.saveSelection();
    this.show(finding, false);
  }

  // ---- opening -----------------------------------------------------------------------------

  /** Opens the card, focused, on the finding after (step 1) or before (step -1) the caret or the
   *  open card: the chip, the editor's shortcuts and the card's own. */
  navigate(step: 1 | -1): void {
    const findings = this.session.visibleFindings();
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
    if (finding) this.show(finding, true);
  }

  /** Index of the first finding after the caret and of the last one before it (wrapping). */
  private caretOffsetIndex(findings: Finding[]): { next: number; previous: number } {
    const el = this.session.adapter.element;
    const n = findings.length;
    let after: (f: Finding) => boolean;
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
      const caret = el.selectionStart ?? 0;
      after = (f) => f.start >= caret;
    } else {
      const sel = el.ownerDocument.getSelection();
      const caretRange = sel && sel.rangeCount && el.contains(sel.anchorNode) ? sel.getRangeAt(0) : null;
      const snapshot = this.session.adapter.snapshot();
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

  /** Opens the card on a finding; `select` also selects its words in the editor (the popup's). */
  show(finding: Finding, focusCard: boolean, select = false): void {
    const { adapter, overlay } = this.session;
    const lang = this.host.lang();
    const snapshot = adapter.snapshot();
    const findings = this.session.visibleFindings(snapshot);
    const index = Math.max(0, findings.findIndex((f) => sameFinding(f, finding)));
    let rect = overlay.firstRect(finding);
    const range = snapshot.range(finding.start, finding.end);
    if (!rect || rect.bottom < 0 || rect.top > window.innerHeight) {
      (range?.startContainer.parentElement ?? adapter.element).scrollIntoView({ block: "nearest" });
      rect = overlay.firstRect(finding);
    }
    if (select) this.selectFinding(finding, range);
    this.cardText = snapshot.text.slice(finding.start, finding.end);
    overlay.setActive(finding);
    this.card.open({
      finding,
      text: snapshot.text,
      index,
      total: findings.length,
      lang,
      strings: STRINGS[lang],
      canFix: finding.fix !== undefined && adapter.canReplace(finding.fix.start, finding.fix.end),
      canApply: (fix) => adapter.canReplace(fix.start, fix.end),
      anchor: rect,
      band: overlay.band(finding),
      focus: focusCard,
    });
  }

  // ---- the caret ---------------------------------------------------------------------------

  private selectFinding(finding: Finding, range: Range | null): void {
    const el = this.session.adapter.element;
    el.focus({ preventScroll: true });
    if (el instanceof HTMLTextAreaElement) el.setSelectionRange(finding.start, finding.end);
    else if (range) {
      const sel = el.ownerDocument.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
    }
    this.saveSelection();
  }

  /** Remembers the caret (or selection) in the editor, to put it back when the card closes. */
  saveSelection(): void {
    const el = this.session.adapter.element;
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

  /** The card closed: the caret goes back where it was, unless an action placed it. */
  closed(restore: boolean): void {
    this.session.overlay.setActive(null);
    if (this.session.isDisposed) return;
    const el = this.session.adapter.element;
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

  // ---- actions -----------------------------------------------------------------------------

  async applyFix(finding: Finding, fix: Fix | undefined = finding.fix): Promise<boolean> {
    const adapter = this.session.adapter;
    if (!fix || !adapter.canReplace(fix.start, fix.end)) return false;
    // The caret will sit after the replacement: a card that closes while the editor takes it (its
    // finding gone with the edit) must not put the old caret back. Kept if the fix fails.
    const saved = this.savedSelection;
    this.savedSelection = null;
    let ok = false;
    try {
      ok = await adapter.replace(fix.start, fix.end, fix.replacement);
    } catch {
      ok = false;
    }
    if (!ok) this.savedSelection = saved;
    this.session.render();
    this.session.requestSoon(true);
    return ok;
  }

  ignore(finding: Finding): void {
    this.session.ignored.add(finding, this.session.currentText);
    this.session.render();
  }

  async disableRule(finding: Finding): Promise<void> {
    await this.host.disableRule(finding.ruleId);
    this.session.render();
  }

  destroy(): void {
    this.card.destroy();
  }
}
