// RuleTester: every rule's own examples run as tests, and the rule files obey the conventions.
import { describe, expect, it } from "vitest";
import { defaultEngine, spansOf } from "../src/analyzer/index.js";
import { bundledRules } from "../src/analyzer/rules/source-rules.js";
import { detectors } from "../src/analyzer/detectors/registry.js";

const { ruleSets, recommendations } = bundledRules();
const engine = defaultEngine();

for (const set of ruleSets.filter((s) => s.rules.length + s.signals.length > 0)) {
  describe(`rules/${set.id}.json`, () => {
    for (const rule of set.rules) {
      // A set that merges overlapping findings into one card would hide this rule's finding behind
      // a sibling's: each rule is run without its siblings.
      const options = { explain: true, disabledRules: set.overlapping === "merge" ? set.rules.filter((r) => r.id !== rule.id).map((r) => r.id) : [] };
      describe(rule.id, () => {
        rule.examples.invalid.forEach((ex, i) => {
          it(`flags invalid example ${i + 1}: ${ex.text.slice(0, 60)}`, () => {
            const found = engine.analyze(ex.text, options).findings.filter((f) => f.ruleId === rule.id);
            expect(found.length, `no ${rule.id} finding in: ${ex.text}`).toBeGreaterThan(0);
            for (const span of ex.spans ?? []) {
              const at = ex.text.indexOf(span);
              expect(at, `span "${span}" is not in the example`).toBeGreaterThanOrEqual(0);
              // A combination finding covers a span with one of its parts.
              const covered = found.some((f) => spansOf(f).some((p) => p.start <= at && p.end >= at + span.length));
              expect(covered, `span "${span}" not covered; got ${JSON.stringify(found.flatMap((f) => spansOf(f).map((p) => ex.text.slice(p.start, p.end))))}`).toBe(true);
            }
            if (ex.severity) expect(found.map((f) => f.severity)).toContain(ex.severity);
          });
        });
        rule.examples.valid.forEach((ex, i) => {
          const text = typeof ex === "string" ? ex : ex.text;
          it(`does not flag valid example ${i + 1}: ${text.slice(0, 60)}`, () => {
            const found = engine.analyze(text, options).findings.filter((f) => f.ruleId === rule.id);
            expect(found, JSON.stringify(found.map((f) => [text.slice(f.start, f.end), f.trace]))).toEqual([]);
          });
        });
      });
    }
    for (const signal of set.signals) {
      describe(`signal ${set.id}/${signal.id}`, () => {
        it("is present in its positive examples and absent from its negative ones", () => {
          // A signal shows through the engine's paragraph contexts: analyse and read the cache.
          for (const text of signal.examples.present) expect(signalPresent(text, `${set.id}/${signal.id}`), text).toBe(true);
          for (const text of signal.examples.absent) expect(signalPresent(text, `${set.id}/${signal.id}`), text).toBe(false);
        });
      });
    }
  });
}

function signalPresent(text: string, id: string): boolean {
  return engine.signalsIn(text).has(id);
}

describe("rule-file conventions", () => {
  const ruleIds = ruleSets.flatMap((s) => s.rules.map((r) => r.id));
  it("gives every rule a unique id prefixed by its rule set", () => {
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const set of ruleSets) for (const r of set.rules) expect(r.id.startsWith(`${set.id}/`), r.id).toBe(true);
  });
  it("names only registered detectors and known recommendations", () => {
    const recIds = new Set(recommendations.map((r) => r.id));
    for (const set of ruleSets)
      for (const r of set.rules) {
        expect(detectors.has(r.detector), `${r.id}: detector ${r.detector}`).toBe(true);
        expect(recIds.has(r.recommendation), `${r.id}: recommendation ${r.recommendation}`).toBe(true);
      }
  });
  it("uses every detector and every non-checklist recommendation", () => {
    const usedDetectors = new Set(ruleSets.flatMap((s) => s.rules.map((r) => r.detector)));
    for (const id of detectors.keys()) expect(usedDetectors.has(id), `detector ${id} is unused`).toBe(true);
    const usedRecs = new Set(ruleSets.flatMap((s) => s.rules.map((r) => r.recommendation)));
    for (const rec of recommendations) if (!rec.checklist) expect(usedRecs.has(rec.id), `recommendation ${rec.id} is unused`).toBe(true);
  });
  it("has at least as many valid examples (clean drafts, near misses) as invalid ones in each rule", () => {
    for (const set of ruleSets)
      for (const r of set.rules) expect(r.examples.valid.length, `${r.id}: ${r.examples.valid.length} valid vs ${r.examples.invalid.length} invalid examples`).toBeGreaterThanOrEqual(r.examples.invalid.length);
  });
  it("has as many valid examples as invalid ones in each rule set", () => {
    for (const set of ruleSets) {
      const inv = set.rules.reduce((n, r) => n + r.examples.invalid.length, 0);
      const val = set.rules.reduce((n, r) => n + r.examples.valid.length, 0);
      expect(val, `${set.id}: ${val} valid vs ${inv} invalid examples`).toBeGreaterThanOrEqual(inv);
    }
  });
  it("leaves no unfilled {{placeholder}} in fix texts", () => {
    for (const set of ruleSets) for (const r of set.rules) if (r.fix) expect(JSON.stringify(r.fix)).not.toMatch(/\{\{/);
  });
});
