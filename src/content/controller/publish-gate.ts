// The pre-publish gate of one compose box: a publish click or shortcut is stopped while the last
// analysis of the current text has errors (or warnings, if asked), decided synchronously and
// failing open; "publish anyway" replays the stopped gesture once.
import type { Finding, UiLanguage } from "../../analyzer/types.js";
import type { Settings } from "../../shared/settings.js";
import { STRINGS } from "../card/strings.js";
import { GateDialog } from "../gate/gate-dialog.js";
import { decideGate, type GateDecision } from "../gate/gate-decision.js";
import type { EditorAdapter } from "../types.js";
import type { FindingCard } from "./finding-card.js";

/** Events "publish anyway" re-dispatches: every session lets them through (each exactly once). */
export const replayed = new WeakSet<Event>();

/** What the gate reads of its session. */
export interface GateSession {
  readonly adapter: EditorAdapter;
  /** The text of the last analysis, or null before the first. */
  readonly analysedText: string | null;
  /** Closed under the dialog; "review" opens it on the first stopping finding. */
  readonly card: Pick<FindingCard, "close" | "saveSelection" | "show">;
  /** The findings the user sees on the current text. */
  visibleFindings(): Finding[];
}

/** What the gate reads of the controller. */
export interface GateHost {
  settings(): Settings;
  lang(): UiLanguage;
}

export class PublishGate {
  private readonly dialog: GateDialog;

  constructor(
    shadow: ShadowRoot,
    private readonly session: GateSession,
    private readonly host: GateHost,
  ) {
    this.dialog = new GateDialog(shadow);
  }

  decision(knownGesture: boolean): GateDecision {
    const settings = this.host.settings();
    const adapter = this.session.adapter;
    const text = adapter.snapshot().text;
    const analysedText = this.session.analysedText;
    return decideGate({
      enabled: settings.gate.enabled,
      siteDisabled: settings.gate.disabledSites.includes(adapter.site) || settings.gate.disabledSites.includes(location.hostname),
      knownGesture,
      analysedText,
      currentText: text,
      visibleFindings: analysedText === text ? this.session.visibleFindings() : [],
      stopOnWarnings: settings.gate.stopOnWarnings,
    });
  }

  /** A click on one of the site's publish buttons (not one "publish anyway" replays). */
  publishClick(e: MouseEvent): void {
    if (replayed.has(e)) return;
    const path = e.composedPath();
    const buttons = this.session.adapter.publishButtons();
    if (!buttons.some((b) => path.includes(b))) return;
    this.stop(e, true);
  }

  /** Stops a publish gesture when the decision says so, and opens the dialog. */
  stop(e: KeyboardEvent | MouseEvent, known: boolean): void {
    let decision: GateDecision;
    try {
      decision = this.decision(known);
    } catch {
      return; // Fail open: an unexpected state never blocks a post.
    }
    if (!decision.block) return;
    const { errors, warnings } = decision;
    e.preventDefault();
    e.stopImmediatePropagation();
    const target = e.composedPath()[0];
    const text = this.session.adapter.snapshot().text;
    this.session.card.close(false);
    this.dialog.open(errors, warnings, text, STRINGS[this.host.lang()], this.editorRect(), {
      review: () => {
        const first = errors[0] ?? warnings[0];
        this.session.adapter.element.focus({ preventScroll: true });
        if (first) {
          this.session.card.saveSelection();
          this.session.card.show(first, false);
        }
      },
      publishAnyway: () => this.redispatch(e, target),
    });
  }

  /** Replays the blocked gesture once, on the element that received it. */
  private redispatch(original: KeyboardEvent | MouseEvent, target: EventTarget | undefined): void {
    if (!target) return;
    let replay: Event;
    if (original instanceof KeyboardEvent) {
      this.session.adapter.element.focus({ preventScroll: true });
      replay = new KeyboardEvent("keydown", {
        key: original.key, code: original.code, ctrlKey: original.ctrlKey, metaKey: original.metaKey,
        shiftKey: original.shiftKey, altKey: original.altKey, bubbles: true, cancelable: true, composed: true,
      });
    } else {
      replay = new MouseEvent("click", {
        bubbles: true, cancelable: true, composed: true, clientX: original.clientX, clientY: original.clientY,
        screenX: original.screenX, screenY: original.screenY, detail: 1, view: original.view, // button and buttons: 0, the defaults
      });
    }
    replayed.add(replay);
    target.dispatchEvent(replay);
  }

  private editorRect(): DOMRect | null {
    const el = this.session.adapter.element;
    const anchor = el.ownerDocument === document ? el : (el.ownerDocument.defaultView?.frameElement ?? el);
    return anchor.getBoundingClientRect();
  }

  destroy(): void {
    this.dialog.destroy();
  }
}
