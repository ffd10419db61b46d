// Table tests for the privacy detectors (Harper's style: as many "does not flag" cases as "flags"
// cases, the rule's own examples counted). Each row runs the whole engine, so a row tests the
// detector and its rule together. A case the rule's examples hold (tests/rules.test.ts runs them)
// is not repeated here: a row says what an example cannot (a fix, a severity, a near variant).
import { describe, expect, it } from "vitest";
import { defaultEngine } from "../../src/analyzer/index.js";
import type { Finding } from "../../src/analyzer/types.js";
import { tidyEdit } from "../../src/analyzer/fix-tidy.js";
import { bundledRules } from "../../src/analyzer/rules/source-rules.js";

export interface FlagRow {
  name: string;
  text: string;
  /** Exact text each finding of the rule must cover. */
  span: string;
  severity?: Finding["severity"];
  /** Expected replacement of the fix, when the detector writes one. */
  fix?: string;
}
export interface CleanRow {
  name: string;
  text: string;
}

export function findingsOf(ruleId: string, text: string): Finding[] {
  const engine = defaultEngine();
  // A set may merge its rules' overlapping findings into one card: the rule runs without its siblings.
  const set = ruleId.slice(0, ruleId.indexOf("/") + 1);
  const siblings = engine.ruleIds().filter((id) => id.startsWith(set) && id !== ruleId);
  return engine.analyze(text, { explain: true, disabledRules: siblings }).findings.filter((f) => f.ruleId === ruleId);
}

export function ruleTable(ruleId: string, flags: readonly FlagRow[], clean: readonly CleanRow[]): void {
  describe(ruleId, () => {
    it("has at least as many 'does not flag' cases as 'flags' cases, with its rule's examples", () => {
      const rule = bundledRules().ruleSets.flatMap((set) => set.rules).find((r) => r.id === ruleId);
      expect(rule, `no rule ${ruleId}`).toBeDefined();
      expect(clean.length + rule!.examples.valid.length).toBeGreaterThanOrEqual(flags.length + rule!.examples.invalid.length);
    });
    for (const row of flags) {
      it(row.name, () => {
        const found = findingsOf(ruleId, row.text);
        const spans = found.map((f) => row.text.slice(f.start, f.end));
        expect(spans, JSON.stringify(found.map((f) => f.trace))).toContain(row.span);
        const f = found[spans.indexOf(row.span)] as Finding;
        if (row.severity) expect(f.severity).toBe(row.severity);
        if (row.fix !== undefined) {
          // The engine narrows a fix to what changes and tidies what a removal leaves (see
          // fix-tidy.ts), so the row's replacement of the span is compared as the post it gives.
          const at = row.text.indexOf(row.span);
          const tidy = tidyEdit(row.text, { start: at, end: at + row.span.length, replacement: row.fix });
          const want = row.text.slice(0, tidy.start) + tidy.replacement + row.text.slice(tidy.end);
          const fix = f.fix;
          expect(fix && row.text.slice(0, fix.start) + fix.replacement + row.text.slice(fix.end)).toBe(want);
        }
        expect(f.trace?.length ?? 0).toBeGreaterThan(0);
      });
    }
    for (const row of clean) {
      it(row.name, () => {
        const found = findingsOf(ruleId, row.text);
        expect(found.map((f) => [row.text.slice(f.start, f.end), f.trace])).toEqual([]);
      });
    }
  });
}
