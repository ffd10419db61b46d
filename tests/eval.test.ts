// The corpus thresholds: quality only ever rises. Raise a number here when detection improves.
// EVAL_VERBOSE=1 npx vitest run tests/eval.test.ts prints the table and every mismatch.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyzer/index.js";
import { formatReport, parseCorpus, score } from "../src/eval/score.js";
import type { Category, Finding } from "../src/analyzer/types.js";
import thresholds from "./eval-thresholds.json";

// EVAL_CORPUS=path scores another labelled file (e.g. a held-out set) without the thresholds.
const corpusPath = process.env.EVAL_CORPUS ?? new URL("./fixtures/dev.jsonl", import.meta.url).pathname;
const cases = parseCorpus(readFileSync(corpusPath, "utf8"));
const byId = new Map<string, Finding[]>();
for (const c of cases) {
  const platform = c.platform === "facebook" || c.platform === "x" || c.platform === "linkedin" || c.platform === "blog" ? c.platform : undefined;
  byId.set(c.id, analyze(c.text, { lang: c.lang, ...(platform ? { platform } : {}) }).findings);
}
const report = score(cases, byId);

if (process.env.EVAL_VERBOSE) {
  const only = process.env.EVAL_CATEGORY;
  const lines = [formatReport(report), "", "mismatches:"];
  for (const e of report.errors) {
    if (only && !e.expected.includes(only as Category) && !e.got.includes(only as Category)) continue;
    const c = cases.find((x) => x.id === e.id);
    const f = (byId.get(e.id) ?? []).filter((x) => x.severity !== "info").map((x) => `${x.ruleId}«${c?.text.slice(x.start, x.end)}»`);
    lines.push(`  ${e.id}: expected [${e.expected.join(", ")}] got [${e.got.join(", ")}] ${f.join(" ")}`);
  }
  console.log(lines.join("\n"));
}

describe.skipIf(process.env.EVAL_CORPUS !== undefined)("development corpus", () => {
  for (const [category, t] of Object.entries(thresholds.categories)) {
    it(`${category}: F1 ≥ ${t.f1}, precision ≥ ${t.precision}, recall ≥ ${t.recall}`, () => {
      const m = report.byCategory[category as Category];
      expect(m.f1).toBeGreaterThanOrEqual(t.f1);
      expect(m.precision).toBeGreaterThanOrEqual(t.precision);
      expect(m.recall).toBeGreaterThanOrEqual(t.recall);
    });
  }
  it(`flags at most ${thresholds.maxFalseAlarmRate} of the clean drafts`, () => {
    expect(report.clean.falseAlarmRate).toBeLessThanOrEqual(thresholds.maxFalseAlarmRate);
  });
  it(`recalls at least ${thresholds.privacySpanRecall} of the patient-privacy spans`, () => {
    expect(report.privacySpans.recall).toBeGreaterThanOrEqual(thresholds.privacySpanRecall);
  });
});

interface Floors {
  categories: Record<string, { f1: number; precision: number; recall: number }>;
  maxFalseAlarmRate: number;
  privacySpanRecall: number;
}

/** Scores a labelled set written blind (tuned on since) against its floors: regressions show here. */
function guard(name: string, text: string, t: Floors): void {
  const guarded = parseCorpus(text);
  describe.skipIf(process.env.EVAL_CORPUS !== undefined)(name, () => {
    const found = new Map<string, Finding[]>();
    for (const c of guarded) {
      const platform = c.platform === "facebook" || c.platform === "x" || c.platform === "linkedin" || c.platform === "blog" ? c.platform : undefined;
      found.set(c.id, analyze(c.text, { lang: c.lang, ...(platform ? { platform } : {}) }).findings);
    }
    const r = score(guarded, found);
    for (const [category, min] of Object.entries(t.categories)) {
      it(`${category}: F1 ≥ ${min.f1}, precision ≥ ${min.precision}, recall ≥ ${min.recall}`, () => {
        const m = r.byCategory[category as Category];
        expect(m.f1).toBeGreaterThanOrEqual(min.f1);
        expect(m.precision).toBeGreaterThanOrEqual(min.precision);
        expect(m.recall).toBeGreaterThanOrEqual(min.recall);
      });
    }
    it(`flags at most ${t.maxFalseAlarmRate} of the clean drafts and recalls ${t.privacySpanRecall} of the privacy spans`, () => {
      expect(r.clean.falseAlarmRate).toBeLessThanOrEqual(t.maxFalseAlarmRate);
      expect(r.privacySpans.recall).toBeGreaterThanOrEqual(t.privacySpanRecall);
    });
  });
}

// The held-out set, and each blind round pooled over its sets.
guard("held-out corpus", readFileSync(new URL("./fixtures/holdout.jsonl", import.meta.url), "utf8"), thresholds.holdout);
for (const round of thresholds.blindRounds) {
  const text = round.files.map((f) => readFileSync(new URL(`./fixtures/blind/${f}`, import.meta.url), "utf8")).join("\n");
  guard(`blind ${round.name}`, text, round);
}
