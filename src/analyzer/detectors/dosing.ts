// Dosing addressed to readers: an amount with a unit ("400 mg", "15 mg/kg", "2 pulvérisations"),
// a frequency ("deux fois par jour", "aux 6 h", "q6h", "BID", "every 6 hours") or a duration
// ("pendant 7 jours", "for 10 days"). A number with a unit is not a dose by itself ("620 g à la
// naissance"): a dose needs two of three cues in its sentence — a medicine (gazetteer or "dose",
// "comprimé"), a frequency or duration, and an addressee (imperative, vous/you, "votre enfant").
// Amounts whose unit is also a unit of weight or volume (g, ml, %) always need a named medicine.
// Code de déontologie, art. 14; report, Part 2: a regimen posted for readers is an individual
// prescription unless the post says it is general information.
import { z } from "zod";
import { compileCondition } from "../patterns/conditions.js";
import { mergeTriggers, PatternSet } from "../patterns/matcher.js";
import { conditionSchema, patternString } from "../rules/schema.js";
import { severitySchema } from "../types.js";
import { evaluate } from "./phrases.js";
import { withGazetteers } from "./lib/treatment-gazetteers.js";
import { defineDetector, type Hit, type ParagraphContext, type SentenceView } from "./types.js";

const patternList = z.lazy(() => z.array(patternString).min(1));

const paramsSchema = z.lazy(() =>
  z
    .object({
      /** Amounts whose unit only measures medicines (mg, UI, comprimés, pulvérisations). */
      dose: patternList,
      /** Amounts whose unit also measures other things (g, ml, %): they need a medicine nearby. */
      ambiguousDose: patternList,
      /** Frequencies and durations ("deux fois par jour", "for 10 days"). */
      schedule: patternList,
      /** Medicines and treatment words (may use @drug). */
      medicine: patternList,
      /** Named medicines only: what an ambiguous amount or an amount-free regimen needs ("620 g"
       *  is a dose only next to one; "5 médicaments par jour" is not a regimen). */
      namedMedicine: patternList,
      /** Who is told: imperatives, second person, "votre enfant", "parents". */
      addressee: patternList,
      unless: z.array(conditionSchema).optional(),
      adjust: z.array(z.object({ when: conditionSchema, severity: severitySchema }).strict()).optional(),
    })
    .strict(),
);

/** Words after an amount that say what it measures ("500 ml d'eau", "2 cups of water"). */
const MEASURES_SOMETHING = new Set(["de", "d'", "du", "des", "of"]);

interface Span {
  a: number;
  b: number;
}

export default defineDetector({
  id: "dosing",
  description: "Doses, frequencies and durations given with a medicine or to an addressee.",
  params: paramsSchema,
  create(params, baseEnv) {
    const env = withGazetteers(baseEnv);
    // Each list is asked sentence by sentence: as a set, it first drops, for the paragraph, the
    // patterns that cannot start in it.
    const compile = (list: string[]) => new PatternSet(list.map((p) => env.pattern(p)));
    const dose = compile(params.dose);
    const ambiguous = compile(params.ambiguousDose);
    const schedule = compile(params.schedule);
    const medicine = compile(params.medicine);
    const namedMedicine = compile(params.namedMedicine);
    const addressee = compile(params.addressee);
    const unless = (params.unless ?? []).map((c) => compileCondition(c, env));
    const adjust = (params.adjust ?? []).map((a) => ({ cond: compileCondition(a.when, env), severity: a.severity }));

    return {
      // Every dose holds an amount, a frequency or a duration.
      triggers: mergeTriggers([dose.triggers(), ambiguous.triggers(), schedule.triggers()]),
      detect(ctx) {
        const hits: Hit[] = [];
        for (let si = 0; si < ctx.sentences.length; si++) sentenceHits(ctx, si, hits);
        return hits;
      },
    };

    /** Most sentences stop at the first look-ups; no callbacks here (docs/PERFORMANCE.md#loops-rather-than-callbacks); the rest is in
     *  `report`. */
    function sentenceHits(ctx: ParagraphContext, si: number, hits: Hit[]): void {
      const s = ctx.sentences[si] as SentenceView;
      const doses = matches(ctx, dose, s.tokenStart, s.tokenEnd);
      const amounts = matches(ctx, ambiguous, s.tokenStart, s.tokenEnd);
      const schedules = matches(ctx, schedule, s.tokenStart, s.tokenEnd);
      // No amount, frequency or duration: nothing to report, whatever else the sentence holds.
      if (doses.length + amounts.length + schedules.length === 0) return;
      const medicines = matches(ctx, medicine, s.tokenStart, s.tokenEnd);
      if (medicines.length + schedules.length === 0) return;
      report(ctx, si, s, doses, amounts, schedules, medicines, hits);
    }

    /** The hits of a sentence that holds an amount or schedule, and a medicine or schedule. */
    function report(ctx: ParagraphContext, si: number, s: SentenceView, doses: readonly Span[], amounts: readonly Span[], schedules: readonly Span[], medicines: readonly Span[], hits: Hit[]): void {
      const ambiguousDoses = amounts.filter((m) => !doses.some((d) => overlaps(d, m)));
      const named = matches(ctx, namedMedicine, s.tokenStart, s.tokenEnd);
      const hasAddressee = addressee.some(ctx.tokens, s.tokenStart, s.tokenEnd) || addressedBefore(ctx, si);
      const hasMedicine = medicines.length > 0;
      const hasSchedule = schedules.length > 0;
      const cues = Number(hasMedicine) + Number(hasSchedule) + Number(hasAddressee);
      const found: Array<{ span: Span; why: string }> = [];
      if (cues >= 2) for (const d of doses) found.push({ span: d, why: "dose" });
      if (cues >= 2 && ambiguousDoses.length > 0) {
        // A bare amount may refer back to a medicine named in the sentence before ("Le sirop
        // Tempra marche bien. Donnez 5 ml aux 4 h."), but "500 ml d'eau" measures the water.
        const previous = si > 0 ? ctx.sentences[si - 1] : undefined;
        const namedBefore = named.length === 0 && previous !== undefined && namedMedicine.some(ctx.tokens, previous.tokenStart, previous.tokenEnd);
        for (const d of ambiguousDoses) {
          if (named.length > 0 || (namedBefore && !MEASURES_SOMETHING.has(ctx.tokens[d.b]?.norm ?? ""))) found.push({ span: d, why: "amount next to a medicine" });
        }
      }
      // A regimen without an amount ("l'ibuprofène aux 6 h pendant 3 jours") needs all three cues.
      if (found.length === 0 && cues === 3) {
        for (const m of named) {
          const next = schedules.find((x) => x.a >= m.b && x.a - m.b <= 4);
          if (next) found.push({ span: { a: m.a, b: next.b }, why: "medicine with a schedule" });
        }
      }
      for (const { span, why } of found) {
        // Extend the span over the frequency or duration that follows the amount.
        let end = span.b;
        for (const x of schedules) if (x.a >= end && x.a - end <= 3) end = x.b;
        const hit = evaluate(ctx, { tokenStart: span.a, tokenEnd: end, sentence: si }, why, unless, [], adjust);
        if (!hit) continue;
        hit.trace.push(`cues: medicine=${hasMedicine} schedule=${hasSchedule} addressee=${hasAddressee}`);
        hits.push(hit);
      }
    }

    /** A regimen set out after the reader was addressed in the paragraph: a question put to them
     *  ("Pregnant and nauseous? Diclectin: 2 tabs at bedtime") or a sentence that names them
     *  ("For those of you with eczema: … Betamethasone twice a day"). */
    function addressedBefore(ctx: ParagraphContext, si: number): boolean {
      for (let j = si - 1; j >= 0; j--) {
        const p = ctx.sentences[j] as SentenceView;
        if (j === si - 1 && ctx.tokens[p.tokenEnd - 1]?.raw === "?") return true;
        if (addressee.some(ctx.tokens, p.tokenStart, p.tokenEnd)) return true;
      }
      return false;
    }
  },
});

/** The set's matches in tokens [from, to), by start (ties in the set's order). */
function matches(ctx: ParagraphContext, patterns: PatternSet, from: number, to: number): readonly Span[] {
  const found = patterns.findAll(ctx.tokens, from, to);
  // Most sentences hold none of the five lists: they share one empty answer.
  return found.length === 0 ? NO_SPANS : found.map(([, a, b]) => ({ a, b }));
}

const NO_SPANS: readonly Span[] = [];

function overlaps(x: Span, y: Span): boolean {
  return x.a < y.b && y.a < x.b;
}
