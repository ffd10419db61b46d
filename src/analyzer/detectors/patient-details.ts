// Indirect identification (Code de déontologie, art. 20; report, Part 2): within a patient's story,
// details that are harmless alone — an age, a town, the night of the visit, an occupation, a rare
// disease, a newsworthy event — together point to one person. Each detail is a span; `finalize`
// scores them per patient story and raises the whole group to a warning when they add up.
import { z } from "zod";
import { PatternSet } from "../patterns/matcher.js";
import { patternString } from "../rules/schema.js";
import { ageFix, findAges } from "../privacy/age.js";
import { clockTimeFix } from "../privacy/clock-time.js";
import { tokenKey } from "../privacy/gazetteers.js";
import { regionOfTown } from "../privacy/town-regions.js";
import { ContextFinder, contextParamsSchema } from "../privacy/context.js";
import { scorePatientDetails, type DetailData } from "../privacy/scoring.js";
import { patientNames, nameHits } from "../privacy/patient-names.js";
import { gazetteerMatches, quoteMatches, type QuasiMatch } from "../privacy/quasi.js";
import type { Token } from "../text/tokenize.js";
import { TraceLines } from "../trace-lines.js";
import { tokenSpan } from "./lib/context.js";
import { defineDetector, type Hit, type ParagraphContext, type SentenceView } from "./types.js";

const AGE_LINES = new TraceLines("age ");
const GAZETTEER_LINES = new TraceLines("", " (gazetteer)");

const localizedFix = z.lazy(() => z.object({ fr: z.string(), en: z.string() }).strict());

const paramsSchema = z.lazy(() =>
  contextParamsSchema
    .unwrap()
    .extend({
      /** Quasi-identifiers found by phrase patterns (times, events, relatives, stays, conditions…). */
      quasi: z
        .array(
          z
            .object({
              kind: z.string().regex(/^[a-z-]+$/),
              patterns: z.array(patternString).min(1),
              /** A generalisation that replaces the span. */
              fix: localizedFix.optional(),
              /** Counted in the score but not reported: another rule reports it (room numbers). */
              hidden: z.boolean().optional(),
            })
            .strict(),
        )
        .min(1),
      /** Weight of each kind in the score; kinds not listed weigh 1. */
      weights: z.record(z.string(), z.number().min(0).max(3)).default({}),
      /** Score from which the story's details are a warning. */
      threshold: z.number().min(0.5).max(10).default(2),
      /** Generalisations for the built-in kinds (places). */
      placeFix: z.object({ in: localizedFix, from: localizedFix }).strict(),
      /** Kinds too ordinary to report alone (a morning, a pneumonia): shown only within a story
       *  whose details add up to a warning. */
      quiet: z.array(z.string().regex(/^[a-z-]+$/)).default([]),
      /** Openings of a story told in the next paragraphs ("Ma garde de dimanche…", "We lost our
       *  oldest resident…"): their details are read although no one is named in them yet. */
      openers: z.array(patternString).default([]),
      /** See person-name: how far a bare first name may be from the care context. */
      bareNameReach: z.number().int().min(0).max(3).default(1),
    })
    .strict(),
);

// A sentence that opens on a third person ("Elle habite seule…", "His wife…") goes on with the
// story of someone named or described in an earlier paragraph.
const STORY_OPENERS = new Set(["il", "elle", "ils", "elles", "sa", "son", "ses", "leur", "leurs", "he", "she", "they", "his", "her", "their", "him"]);

function continuesStory(ctx: ParagraphContext): boolean {
  for (const s of ctx.sentences) {
    const first = ctx.tokens[s.tokenStart];
    if (first !== undefined && STORY_OPENERS.has(first.norm)) return true;
  }
  return false;
}

/** The folded words of a place match without its leading preposition ("à Rivière-du-Loup" →
 *  "riviere du loup"), as the town list is folded. */
function townKey(ctx: ParagraphContext, start: number, end: number): string {
  const words: string[] = [];
  for (const t of ctx.tokens) {
    if (t.start < start || t.end > end || (t.kind !== "word" && t.kind !== "num")) continue;
    words.push(tokenKey(t));
  }
  if (words.length > 1 && PLACE_PREPOSITIONS.has(words[0] as string)) words.shift();
  return words.join(" ");
}
const PLACE_PREPOSITIONS = new Set(["a", "au", "aux", "en", "dans", "de", "du", "des", "d", "in", "at", "on", "from", "near", "pres"]);

/** Two time patterns that overlap ("vers 7 h" and "7 h du matin") would be merged by the engine
 *  without a fix: merged here, the clock time over both gets its part of the day. */
function mergeClockTimes(ctx: ParagraphContext, hits: Hit[]): Hit[] {
  const times = hits.filter((h) => h.data?.kind === "time");
  if (times.length < 2) return hits;
  times.sort((x, y) => x.start - y.start);
  const drop = new Set<Hit>();
  for (let i = 1; i < times.length; i++) {
    const prev = times[i - 1] as Hit;
    const cur = times[i] as Hit;
    if (drop.has(prev) || cur.start >= prev.end) continue;
    const start = prev.start;
    const end = Math.max(prev.end, cur.end);
    const [a, b] = tokenSpan(ctx, start, end);
    const fix = clockTimeFix(ctx.tokens, a, b);
    const data: Record<string, string> = { ...prev.data, kind: "time" };
    delete data.fixFr;
    delete data.fixEn;
    if (fix) {
      data.fixFr = fix.fr;
      data.fixEn = fix.en;
    } else if (fix === undefined && prev.data?.fixFr !== undefined && prev.data.fixEn !== undefined && prev.end >= end) {
      data.fixFr = prev.data.fixFr;
      data.fixEn = prev.data.fixEn;
    }
    const merged: Hit = { start, end, trace: [...prev.trace, ...cur.trace], data };
    times[i] = merged;
    drop.add(prev);
    drop.add(cur);
    hits.push(merged);
  }
  return drop.size === 0 ? hits : hits.filter((h) => !drop.has(h));
}

export default defineDetector({
  id: "patient-details",
  description: "Quasi-identifiers of a patient (age, place, time, occupation, rare disease, event) scored together within a patient's story.",
  params: paramsSchema,
  create(params, env) {
    const context = new ContextFinder(params, env);
    const openers = new PatternSet(params.openers.map((p) => env.pattern(p)));
    const opens = (ctx: ParagraphContext) => openers.mayStartIn(ctx.tokens) && ctx.sentences.some((s) => openers.some(ctx.tokens, s.tokenStart, s.tokenEnd));
    // Each kind's patterns as a set: asked sentence by sentence, it first drops, for the
    // paragraph, the patterns that cannot start in it.
    const quasi = params.quasi.map((q) => ({ kind: q.kind, fix: q.fix, hidden: q.hidden === true, traces: q.patterns.map((p) => `${q.kind}: ${p}`), patterns: new PatternSet(q.patterns.map((p) => env.pattern(p))) }));
    return {
      detect(ctx) {
        const hits: Hit[] = [];
        const push = (start: number, end: number, data: DetailData, trace: string) => {
          const d: Record<string, string> = { kind: data.kind };
          if (data.fixFr !== undefined) d.fixFr = data.fixFr;
          if (data.fixEn !== undefined) d.fixEn = data.fixEn;
          if (data.bonus !== undefined) d.bonus = String(data.bonus);
          if (data.hidden) d.hidden = "1";
          hits.push({ start, end, trace: [trace], data: d });
        };
        const contexts = context.paragraph(ctx);
        // Care cues, doctors' and patients' names: a named patient makes every detail count.
        hits.push(...nameHits(ctx, contexts));
        // The phrase families, the gazetteers and the age reader are the costly part of the
        // analyzer: they run only in paragraphs that tell of one patient's care or name someone
        // (a story's next paragraph: "Harold was 81, a machinist from Verdun").
        if (!hits.some((h) => h.data?.kind === "context" || h.data?.kind === "name") && !continuesStory(ctx) && !opens(ctx)) return hits;
        const liveQuasi = quasi.filter((q) => q.patterns.mayStartIn(ctx.tokens));
        const placeDetail = (m: QuasiMatch) => {
          const data: DetailData = { kind: m.kind };
          if (m.note !== undefined) {
            const from = m.note.endsWith("from");
            if (m.kind === "place") {
              // A town becomes its region ("à Joliette" → "dans Lanaudière"); an unlisted town
              // gets no fix rather than a vague one.
              const region = regionOfTown(townKey(ctx, m.start, m.end));
              if (region) {
                data.fixFr = from ? region.fr.from : region.fr.in;
                data.fixEn = from ? region.en.from : region.en.in;
              }
            } else {
              const f = from ? params.placeFix.from : params.placeFix.in;
              data.fixFr = f.fr;
              data.fixEn = f.en;
            }
          }
          push(m.start, m.end, data, GAZETTEER_LINES.of(m.kind));
        };
        // The kind whose matches `quasiDetail` receives: one callback for the paragraph, rather
        // than one per kind and sentence.
        let current = liveQuasi[0];
        const quasiDetail = (k: number, a: number, b: number) => {
          const q = current as (typeof quasi)[number];
          const data: DetailData = { kind: q.kind };
          if (q.hidden) data.hidden = true;
          // An exact clock time becomes its part of the day ("à 3 h 40" → "pendant la nuit").
          const clock = q.kind === "time" ? clockTimeFix(ctx.tokens, a, b) : undefined;
          const fix = clock === undefined ? q.fix : clock;
          if (fix) {
            data.fixFr = fix.fr;
            data.fixEn = fix.en;
          }
          push((ctx.tokens[a] as Token).start, (ctx.tokens[b - 1] as Token).end, data, q.traces[k] as string);
        };
        for (let si = 0; si < ctx.sentences.length; si++) {
          const s = ctx.sentences[si] as SentenceView;
          const sc = contexts[si];
          if (!sc || sc.self || sc.notPatient || sc.general) continue;
          for (const age of findAges(ctx.tokens, s.tokenStart, s.tokenEnd)) {
            const data: DetailData = { kind: "age" };
            if (age.fixable) {
              data.fixFr = ageFix(age, "fr");
              data.fixEn = ageFix(age, "en");
            }
            if (age.years >= 100) data.bonus = 0.5;
            // A decade is already the range a fix would give: it narrows down little.
            else if (age.decade === true && age.years < 90) data.bonus = -0.5;
            push((ctx.tokens[age.start] as Token).start, (ctx.tokens[age.end - 1] as Token).end, data, AGE_LINES.of(String(age.years)));
          }
          for (const m of gazetteerMatches(ctx, s.tokenStart, s.tokenEnd)) placeDetail(m);
          for (const m of quoteMatches(ctx, s.start, s.end)) placeDetail(m);
          for (const q of liveQuasi) {
            current = q;
            q.patterns.forEachMatch(ctx.tokens, s.tokenStart, s.tokenEnd, quasiDetail);
          }
        }
        return mergeClockTimes(ctx, hits);
      },
      finalize(document, hits) {
        const names = patientNames(hits, params.reach, params.bareNameReach);
        return scorePatientDetails(document, hits, names, { reach: params.reach, weights: params.weights, threshold: params.threshold, quiet: new Set(params.quiet) });
      },
    };
  },
});
