// "Ignore here" is remembered for the current draft by what was flagged (rule + flagged text), not
// by offsets, so an edit elsewhere in the draft keeps the finding ignored.
import type { Finding } from "../../analyzer/types.js";

/** Case and spacing do not make a finding new: "Dossier  no 552190" is "dossier no 552190". */
export function ignoreKey(finding: Pick<Finding, "ruleId" | "start" | "end">, text: string): string {
  const flagged = text.slice(finding.start, finding.end).replace(/\s+/g, " ").trim().toLowerCase();
  return `${finding.ruleId}\u0000${flagged}`;
}

export class IgnoreList {
  private readonly keys = new Set<string>();

  add(finding: Pick<Finding, "ruleId" | "start" | "end">, text: string): void {
    this.keys.add(ignoreKey(finding, text));
  }

  has(finding: Pick<Finding, "ruleId" | "start" | "end">, text: string): boolean {
    return this.keys.has(ignoreKey(finding, text));
  }

  clear(): void {
    this.keys.clear();
  }

  get size(): number {
    return this.keys.size;
  }
}
