// Whether the pre-publish gate stops a publish gesture. Decided synchronously from the last
// analysis only, and failing open: whenever anything is uncertain the post goes out.
import type { Finding } from "../../analyzer/types.js";

export interface GateInput {
  /** settings.gate.enabled */
  enabled: boolean;
  /** The site is in settings.gate.disabledSites. */
  siteDisabled: boolean;
  /** The gesture was recognised as a publish (a known publish button, or Ctrl/Cmd+Enter in the editor). */
  knownGesture: boolean;
  /** The text the last analysis was computed on, or null when there is none. */
  analysedText: string | null;
  /** The editor's text now. */
  currentText: string;
  /** The findings the user still sees (ignored and disabled rules removed). */
  visibleFindings: readonly Finding[];
  /** settings.gate.stopOnWarnings: warnings alone stop the post too. */
  stopOnWarnings: boolean;
}

export type GateDecision =
  | { block: false; reason: "gate-off" | "site-off" | "unknown-gesture" | "no-analysis" | "stale-analysis" | "no-errors" }
  /** Once open, the gate lists the warnings too, whatever stopped it. */
  | { block: true; errors: Finding[]; warnings: Finding[] };

export function decideGate(input: GateInput): GateDecision {
  if (!input.enabled) return { block: false, reason: "gate-off" };
  if (input.siteDisabled) return { block: false, reason: "site-off" };
  if (!input.knownGesture) return { block: false, reason: "unknown-gesture" };
  if (input.analysedText === null) return { block: false, reason: "no-analysis" };
  // An edit after the last analysis: its findings may no longer hold, so never block on them.
  if (input.analysedText !== input.currentText) return { block: false, reason: "stale-analysis" };
  const errors = input.visibleFindings.filter((f) => f.severity === "error");
  const warnings = input.visibleFindings.filter((f) => f.severity === "warning");
  const stop = errors.length > 0 || (input.stopOnWarnings && warnings.length > 0);
  return stop ? { block: true, errors, warnings } : { block: false, reason: "no-errors" };
}

/** Ctrl+Enter (Cmd+Enter on macOS) is the publish shortcut of most composers. */
export function isPublishShortcut(e: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey" | "isComposing">): boolean {
  return e.key === "Enter" && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && !e.isComposing;
}
