// What the popup shows, computed from the tab state and the user's ticks (pure, unit-tested).
import { CATEGORIES, type Category, type Finding, type Severity } from "../analyzer/types.js";
import type { Recommendation } from "../analyzer/rules/schema.js";

export interface IndexedFinding {
  /** Position in the tab state's findings: the index `focusFinding` takes. */
  index: number;
  finding: Finding;
}

export interface CategoryGroup {
  category: Category;
  findings: IndexedFinding[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings grouped by category in the report's order; inside a group, worst first then by position. */
export function groupFindings(findings: readonly Finding[]): CategoryGroup[] {
  const indexed = findings.map((finding, index) => ({ index, finding }));
  return CATEGORIES.map((category) => ({
    category,
    findings: indexed
      .filter((f) => f.finding.category === category)
      .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.finding.start - b.finding.start),
  })).filter((g) => g.findings.length > 0);
}

export interface ManualItem {
  recommendation: Recommendation;
  /** Shown first and highlighted (consent when the compose box has an image or video). */
  prominent: boolean;
}

export function manualChecklist(items: readonly Recommendation[], hasMedia: boolean, consentId: string): ManualItem[] {
  const list = items.map((recommendation) => ({ recommendation, prominent: hasMedia && recommendation.id === consentId }));
  return [...list.filter((i) => i.prominent), ...list.filter((i) => !i.prominent)];
}

export interface Readiness {
  ready: boolean;
  errors: number;
  /** Warnings left: they do not hold the draft back here, but the banner names them. */
  warnings: number;
  /** Findings of any severity (the banner says "nothing flagged" only when there are none). */
  flagged: number;
  unticked: number;
}

/** Ready to publish: no error-level finding remains and every manual item is ticked. */
export function readiness(findings: readonly Finding[], items: readonly ManualItem[], ticked: ReadonlySet<string>): Readiness {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const unticked = items.filter((i) => !ticked.has(i.recommendation.id)).length;
  return { ready: errors === 0 && unticked === 0, errors, warnings, flagged: findings.length, unticked };
}
