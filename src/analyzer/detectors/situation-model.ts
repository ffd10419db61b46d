// A category's situation model (situations/model.ts) as a rule: it reports each window of
// paragraphs (situations/windows.ts) where the model finds the category likely, underlining the
// sentence that weighs most; the words that weighed go to the trace (--explain), never to the
// message, which the extension keeps in its per-tab state and which must hold no draft text. Phrase rules know the wordings they
// were written for; the model, trained on every labelled draft, recognises the situation in a new
// wording. It runs at document level over facts kept with each cached paragraph, so a keystroke
// re-reads one paragraph.
import { z } from "zod";
import { PatternSet } from "../patterns/matcher.js";
import { patternString } from "../rules/schema.js";
import { categorySchema } from "../types.js";
import { forEachFeature, wordsOf } from "../situations/features.js";
import { situationModel, type SituationModel } from "../situations/model.js";
import { SITUATION_FACTS, situationReading, type SituationFacts } from "../situations/windows.js";
import { defineDetector, type DocumentHit, type DocumentParagraph, type Hit } from "./types.js";

/** Words named in the trace, as the reasons the model weighed most. */
const REASON_WORDS = 3;

export default defineDetector({
  id: "situation-model",
  description: "A category's situation model over windows of paragraphs.",
  params: z.lazy(() =>
    z
      .object({
        category: categorySchema,
        /** Signals that turn the finding off anywhere in the document (a general-information notice). */
        unlessSignals: z.array(z.string()).optional(),
        /** Patterns one of which a window must hold to be reported (a care word for a care story, a
         *  health word for a health claim): a name and a town in a political post are no care story. */
        anchors: z.array(patternString).min(1).optional(),
        /** Patterns that, anywhere in a window, keep it from being reported: a myth quoted or
         *  reported and then refuted is the correction the report asks for, not the claim. */
        unlessInWindow: z.array(patternString).min(1).optional(),
        /** "sentence": underline the sentence that weighs most. "details": in the sentences that
         *  weigh for the category, underline what may single a person out (names, places, numbers)
         *  as the parts of one finding. */
        underline: z.enum(["sentence", "details"]).optional(),
        /** With "details": patterns of what else a reader recognises a person by in a story the
         *  model reports (the night, the diagnosis, the accident), underlined with the names. */
        details: z.array(patternString).min(1).optional(),
      })
      .strict(),
  ),
  create(params, env) {
    const model = situationModel();
    const anchors = params.anchors ? new PatternSet(params.anchors.map((a) => env.pattern(a))) : null;
    const vetoes = params.unlessInWindow ? new PatternSet(params.unlessInWindow.map((a) => env.pattern(a))) : null;
    const detailSet = params.underline === "details" && params.details ? new PatternSet(params.details.map((a) => env.pattern(a))) : null;
    const c = model.indexOf(params.category);
    const threshold = model.threshold[c] as number;
    const unless = params.unlessSignals ?? [];
    return {
      triggers: null,
      // A paragraph's first anchor and first veto stand for it; finalize reads them and reports none.
      detect(ctx) {
        const marks: Hit[] = [];
        for (const [set, kind] of [[anchors, "anchor"], [vetoes, "unless"]] as const) {
          if (!set || !set.some(ctx.tokens)) continue;
          // Only a paragraph that has one pays for finding which (for the trace).
          for (const p of set.patterns) {
            const found = p.findAll(ctx.tokens)[0];
            const mark = found && markOf(ctx, found);
            if (!mark) continue;
            mark.trace.push(`${kind}: ${ctx.text.slice(mark.start, mark.end)}`);
            marks.push(mark);
            break;
          }
        }
        if (detailSet?.some(ctx.tokens)) {
          for (const p of detailSet.patterns) {
            for (const found of p.findAll(ctx.tokens)) {
              const mark = markOf(ctx, found);
              if (mark) marks.push({ ...mark, trace: [DETAIL] });
            }
          }
        }
        return marks;
      },
      paragraphFacts: SITUATION_FACTS,
      finalize(doc, marks) {
        if (unless.some((s) => doc.signals.has(s))) return [];
        // A paragraph's anchor and veto, by paragraph.
        const anchorOf: Array<DocumentHit | undefined> = [];
        const vetoOf: boolean[] = [];
        const detailsOf: DocumentHit[][] = [];
        for (const m of marks) {
          if (m.trace[0] === DETAIL) (detailsOf[m.paragraph] ??= []).push(m);
          else if (m.trace[0]?.startsWith("anchor: ")) anchorOf[m.paragraph] ??= m;
          else vetoOf[m.paragraph] = true;
        }
        const hits: DocumentHit[] = [];
        const { facts, windows } = situationReading(doc.paragraphs, model);
        for (const w of windows) {
          const probability = w.probabilities[c] as number;
          if (probability < threshold) continue;
          let anchor: DocumentHit | undefined;
          let vetoed = false;
          for (let p = w.from; p < w.to; p++) {
            anchor ??= anchorOf[p];
            vetoed ||= vetoOf[p] === true;
          }
          if ((anchors && !anchor) || vetoed) continue;
          const best = weightiestSentence(model, c, doc.paragraphs, facts, w.from, w.to);
          if (!best) continue;
          const found = params.underline === "details" ? details(c, doc.paragraphs, facts, w.from, w.to) : [];
          if (detailSet) addDetails(found, detailsOf, w.from, w.to);
          if (found.length === 0) found.push({ paragraph: best.paragraph, start: best.start, end: best.end, trace: [] });
          const reasons = `words: ${best.words.join(", ")}`;
          for (const hit of found) {
            hit.trace = [`situation model: ${probability.toFixed(2)} ≥ ${threshold}`, reasons, ...(anchor ? anchor.trace : [])];
            hit.group = `situation:${w.from}`;
            hits.push(hit);
          }
        }
        return hits;
      },
    };
  },
});

/** What a paragraph shows of a category (its sentences' reasons, its details), worked out once per
 *  cached paragraph: a keystroke re-reads one paragraph, not every reported window. */
const shown = new WeakMap<SituationFacts, Map<string, unknown>>();

function once<T>(facts: SituationFacts, key: string, make: () => T): T {
  let known = shown.get(facts);
  if (!known) shown.set(facts, (known = new Map()));
  if (!known.has(key)) known.set(key, make());
  return known.get(key) as T;
}

/** A window's weightiest sentence for category `c`, at document offsets, with the words that weigh
 *  most in it (the reasons). */
function weightiestSentence(
  model: SituationModel,
  c: number,
  paragraphs: readonly DocumentParagraph[],
  facts: readonly SituationFacts[],
  from: number,
  to: number,
): { paragraph: number; start: number; end: number; words: string[] } | null {
  let best: { p: number; s: number; weight: number } | null = null;
  for (let p = from; p < to; p++) {
    const sentences = (facts[p] as SituationFacts).sentences;
    for (let s = 0; s < sentences.length; s++) {
      const weight = (sentences[s] as Float64Array)[c] as number;
      if (!best || weight > best.weight) best = { p, s, weight };
    }
  }
  if (!best) return null;
  const paragraph = paragraphs[best.p] as DocumentParagraph;
  const sentence = paragraph.sentences[best.s];
  if (!sentence) return null;
  const words = once(facts[best.p] as SituationFacts, `reasons ${c} ${best.s}`, () => reasons(model, c, paragraph, sentence.start, sentence.end));
  return { paragraph: best.p, start: paragraph.offset + sentence.start, end: paragraph.offset + sentence.end, words };
}

/** The words of a sentence that weigh most for category `c`, as written. */
function reasons(model: SituationModel, c: number, p: DocumentParagraph, start: number, end: number): string[] {
  const words = wordsOf(p.folded.slice(start, end));
  const scored = words.map((w, i) => {
    let weight = 0;
    forEachFeature(words, i, (f) => {
      if (!f.startsWith("b:")) weight += model.weight(f, c);
    });
    return { text: p.text.slice(start + w.start, start + w.end), weight };
  });
  const out: string[] = [];
  for (const s of scored.filter((x) => x.weight > 0 && x.text.length > 2).sort((a, b) => b.weight - a.weight)) {
    if (!out.some((o) => o.toLowerCase() === s.text.toLowerCase())) out.push(s.text);
    if (out.length === REASON_WORDS) break;
  }
  return out;
}

const DETAIL = "detail";

/** The text a token range covers, as a hit with an empty trace. */
function markOf(ctx: { tokens: ReadonlyArray<{ start: number; end: number }> }, [a, b]: readonly [number, number]): Hit | undefined {
  const first = ctx.tokens[a];
  const last = ctx.tokens[b - 1];
  return first && last ? { start: first.start, end: last.end, trace: [] } : undefined;
}

/** Adds the window's pattern details that no detail found already covers, in text order. */
function addDetails(found: DocumentHit[], detailsOf: ReadonlyArray<DocumentHit[] | undefined>, from: number, to: number): void {
  for (let p = from; p < to; p++) {
    for (const d of detailsOf[p] ?? []) {
      if (found.length >= MAX_PARTS) break;
      if (found.some((f) => f.paragraph === d.paragraph && f.start < d.end && d.start < f.end)) continue;
      found.push({ paragraph: d.paragraph, start: d.start, end: d.end, trace: [] });
    }
  }
  found.sort((a, b) => a.start - b.start);
}

/** Words that a number before them measures (an age, a time, a term). */
const UNITS = new Set(["ans", "an", "years", "year", "yo", "mois", "months", "month", "weeks", "week", "semaines", "jours", "days", "h", "am", "pm", "heures", "hours"]);
/** Short words that join the words of one name ("CHU de Sherbrooke", "Bank of Montreal"). */
const JOINERS = new Set(["de", "du", "des", "la", "le", "of", "the", "d", "l"]);
const MAX_PARTS = 10;

/** In the window's sentences that weigh for category `c`: capitalised words past a sentence's
 *  first (names, places) and numbers with their unit (ages, times, dates), joined into phrases.
 *  Ordinary words ("pneumonie", "ce matin") are not details by themselves. */
function details(c: number, paragraphs: readonly DocumentParagraph[], facts: readonly SituationFacts[], from: number, to: number): DocumentHit[] {
  const hits: DocumentHit[] = [];
  for (let p = from; p < to && hits.length < MAX_PARTS; p++) {
    const paragraph = paragraphs[p] as DocumentParagraph;
    const found = once(facts[p] as SituationFacts, `details ${c}`, () => paragraphDetails(c, paragraph, facts[p] as SituationFacts));
    for (const d of found) {
      if (hits.length === MAX_PARTS) break;
      hits.push({ paragraph: p, start: paragraph.offset + d.start, end: paragraph.offset + d.end, trace: [] });
    }
  }
  return hits;
}

/** One paragraph's details, at paragraph offsets. */
function paragraphDetails(c: number, paragraph: DocumentParagraph, facts: SituationFacts): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const sums = facts.sentences;
  paragraph.sentences.forEach((sentence, si) => {
    if ((((sums[si] as Float64Array)[c] as number) ?? 0) <= 0) return;
    const words = wordsOf(paragraph.folded.slice(sentence.start, sentence.end));
    const isDetail = words.map((w, i) => {
      const raw = paragraph.text.slice(sentence.start + w.start, sentence.start + w.end);
      if (/[0-9]/.test(raw)) return true;
      const first = raw.charAt(0);
      // An acronym ("ER", "CHSLD", "USI") names a kind of place, not a person's.
      if (raw.length <= 5 && raw === raw.toUpperCase()) return false;
      return i > 0 && raw.length > 1 && first !== first.toLowerCase();
    });
    for (let i = 0; i < words.length; i++) {
      if (!isDetail[i]) continue;
      let j = i;
      for (;;) {
        const next = words[j + 1];
        if (next && isDetail[j + 1]) j++;
        else if (next && /[0-9]/.test((words[j] as { word: string }).word) && UNITS.has(next.word)) j++;
        else if (next && JOINERS.has(next.word) && isDetail[j + 2] && words[j + 2]) j += 2;
        else break;
      }
      out.push({ start: sentence.start + (words[i] as { start: number }).start, end: sentence.start + (words[j] as { end: number }).end });
      i = j;
    }
  });
  return out;
}
