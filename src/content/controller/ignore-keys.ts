// "Ignore here" is remembered for the current draft by what was flagged (rule + flagged text), not
// by offsets, so an edit elsewhere in the draft keeps the finding ignored.
import type { Finding } from "../../analyzer/types.js";
import { spansOf } from "../../analyzer/spans.js";

/** Case and spacing do not make a finding new: "Dossier  no 552190" is "dossier no 552190". */
export function ignoreKey(finding: Pick<Finding, "ruleId" | "start" | "end" | "parts">, text: string): string {
  return `${finding.ruleId}\u0000${flaggedWords(finding, text).toLowerCase()}`;
}

/** The flagged words on one line: a combination finding's parts joined, so that ignoring it
 *  ignores the whole group. */
export function flaggedWords(finding: Pick<Finding, "start" | "end" | "parts">, text: string): string {
  return spansOf(finding)
    .map((p) => text.slice(p.start, p.end).replace(/\s+/g, " ").trim())
    .join(" · ");
}

export interface IgnoredPassage {
  key: string;
  ruleId: string;
  /** The flagged words, for the options page's list (sent on request, never stored). */
  excerpt: string;
}

export class IgnoreList {
  private readonly keys = new Map<string, IgnoredPassage>();

  add(finding: Pick<Finding, "ruleId" | "start" | "end" | "parts">, text: string): void {
    const key = ignoreKey(finding, text);
    this.keys.set(key, { key, ruleId: finding.ruleId, excerpt: flaggedWords(finding, text).slice(0, 200) });
  }

  has(finding: Pick<Finding, "ruleId" | "start" | "end" | "parts">, text: string): boolean {
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
