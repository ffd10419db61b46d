// "Ignore here" is remembered for the current draft by what was flagged (rule + flagged text), not
// by offsets, so an edit elsewhere in the draft keeps the finding ignored.
import type { Finding } from "../../analyzer/types.js";

/** Case and spacing do not make a finding new: "Dossier  no 552190" is "dossier no 552190". */
export function ignoreKey(finding: Pick<Finding, "ruleId" | "start" | "end">, text: string): string {
  const flagged = text.slice(finding.start, finding.end).replace(/\s+/g, " ").trim().toLowerCase();
  return `${finding.ruleId}\u0000${flagged}`;
}

export interface IgnoredPassage {
  key: string;
  ruleId: string;
  /** The flagged words, for the options page's list (sent on request, never stored). */
  excerpt: string;
}

export class IgnoreList {
  private readonly keys = new Map<string, IgnoredPassage>();

  add(finding: Pick<Finding, "ruleId" | "start" | "end">, text: string): void {
    const key = ignoreKey(finding, text);
    this.keys.set(key, { key, ruleId: finding.ruleId, excerpt: text.slice(finding.start, finding.end).replace(/\s+/g, " ").trim().slice(0, 200) });
  }

  has(finding: Pick<Finding, "ruleId" | "start" | "end">, text: string): boolean {
    return this.keys.has(ignoreKey(finding, text));
  }

  /** Shows the passage again; true when it was ignored. */
  remove(key: string): boolean {
    return this.keys.delete(key);
  }

  entries(): IgnoredPassage[] {
    return [...this.keys.values()];
  }

  clear(): void {
    this.keys.clear();
  }

  get size(): number {
    return this.keys.size;
  }
}
