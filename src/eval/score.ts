// Scores analyses against a labelled corpus, as docs/QUALITY.md says quality is judged: per category,
// document-level precision / recall / F1 counting severities error and warning; false-alarm rate
// on clean drafts; span recall for patient-privacy.
import { z } from "zod";
import { CATEGORIES, spansOf, type Category, type Finding } from "../analyzer/types.js";

export const caseSchema = z.object({
  id: z.string(),
  lang: z.enum(["fr", "en"]),
  platform: z.string().optional(),
  text: z.string(),
  labels: z.array(z.enum(CATEGORIES)),
  spans: z.record(z.string(), z.array(z.string())).optional(),
  notes: z.string().optional(),
});
export type Case = z.infer<typeof caseSchema>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Metrics extends Counts {
  precision: number;
  recall: number;
  f1: number;
}
export interface Report {
  cases: number;
  byCategory: Record<Category, Metrics>;
  byLanguage: Record<"fr" | "en", Record<Category, Metrics>>;
  clean: { drafts: number; flagged: number; falseAlarmRate: number };
  privacySpans: { total: number; found: number; recall: number };
  errors: Array<{ id: string; expected: Category[]; got: Category[] }>;
}

export function parseCorpus(text: string): Case[] {
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l, i) => {
      const r = caseSchema.safeParse(JSON.parse(l));
      if (!r.success) throw new Error(`corpus line ${i + 1}: ${r.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
      return r.data;
    });
}

function metrics(c: Counts): Metrics {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function emptyCounts(): Record<Category, Counts> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, Counts>;
}

export function score(cases: readonly Case[], findingsById: ReadonlyMap<string, readonly Finding[]>): Report {
  const all = emptyCounts();
  const byLang = { fr: emptyCounts(), en: emptyCounts() };
  let cleanDrafts = 0;
  let cleanFlagged = 0;
  let spanTotal = 0;
  let spanFound = 0;
  const errors: Report["errors"] = [];
  for (const c of cases) {
    const findings = (findingsById.get(c.id) ?? []).filter((f) => f.severity !== "info");
    const got = new Set(findings.map((f) => f.category));
    const expected = new Set(c.labels);
    for (const cat of CATEGORIES) {
      const key = expected.has(cat) ? (got.has(cat) ? "tp" : "fn") : got.has(cat) ? "fp" : null;
      if (key) {
        all[cat][key]++;
        byLang[c.lang][cat][key]++;
      }
    }
    if (expected.size === 0) {
      cleanDrafts++;
      if (got.size > 0) cleanFlagged++;
    }
    if ([...expected].sort().join() !== [...got].sort().join()) errors.push({ id: c.id, expected: [...expected], got: [...got] });
    for (const span of c.spans?.["patient-privacy"] ?? []) {
      const at = c.text.indexOf(span);
      if (at < 0) continue;
      spanTotal++;
      const end = at + span.length;
      // A combination finding covers a span with any of its parts.
      if (findings.some((f) => f.category === "patient-privacy" && spansOf(f).some((p) => p.start < end && at < p.end))) spanFound++;
    }
  }
  const toMetrics = (r: Record<Category, Counts>) => Object.fromEntries(CATEGORIES.map((c) => [c, metrics(r[c])])) as Record<Category, Metrics>;
  return {
    cases: cases.length,
    byCategory: toMetrics(all),
    byLanguage: { fr: toMetrics(byLang.fr), en: toMetrics(byLang.en) },
    clean: { drafts: cleanDrafts, flagged: cleanFlagged, falseAlarmRate: cleanDrafts ? cleanFlagged / cleanDrafts : 0 },
    privacySpans: { total: spanTotal, found: spanFound, recall: spanTotal ? spanFound / spanTotal : 1 },
    errors,
  };
}

export function formatReport(r: Report): string {
  const pct = (x: number) => x.toFixed(2);
  const rows = [`category                   P     R     F1    (tp/fp/fn)   | fr F1  en F1`];
  for (const c of CATEGORIES) {
    const m = r.byCategory[c];
    rows.push(
      `${c.padEnd(26)} ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}  (${m.tp}/${m.fp}/${m.fn})`.padEnd(53) +
        ` | ${pct(r.byLanguage.fr[c].f1)}   ${pct(r.byLanguage.en[c].f1)}`,
    );
  }
  rows.push(`clean drafts flagged: ${r.clean.flagged}/${r.clean.drafts} (false-alarm rate ${pct(r.clean.falseAlarmRate)})`);
  rows.push(`patient-privacy span recall: ${r.privacySpans.found}/${r.privacySpans.total} (${pct(r.privacySpans.recall)})`);
  return rows.join("\n");
}
