// What the situation models read of a document: facts kept with each cached paragraph (the
// weights of its features, a category and a sentence) and windows of consecutive paragraphs.
// The situation rules report windows (detectors/situation-model.ts); the document pass asks the
// same windows whether a phrase rule's warning stands in a passage the model finds unlikely.
import type { DocumentParagraph, ParagraphContext, ParagraphFacts } from "../contract.js";
import { forEachFeature, wordsOf } from "./features.js";
import { situationModel, type SituationModel } from "./model.js";

/** A window holds paragraphs up to this many words: about the longest drafts the model learnt from. */
export const WINDOW_WORDS = 250;

export interface SituationFacts {
  words: number;
  /** Distinct features of the paragraph (known to the model or not). */
  count: number;
  /** Σ weights of the distinct features, a category. */
  sums: Float64Array;
  /** The same, a sentence (features counted where they occur), to place a finding. */
  sentences: Float64Array[];
}

export function factsOf(model: SituationModel, ctx: { folded: string; sentences: ReadonlyArray<{ start: number; end: number }> }): SituationFacts {
  const k = model.categories.length;
  const words = wordsOf(ctx.folded);
  // Each distinct feature with its row (-1: unknown to the model), looked up once.
  const seen = new Map<string, number>();
  const sums = new Float64Array(k);
  const sentences = ctx.sentences.map(() => new Float64Array(k));
  let si = 0;
  let sentence: Float64Array | undefined;
  const add = (f: string) => {
    let row = seen.get(f);
    if (row === undefined) {
      row = model.rowOf(f);
      seen.set(f, row);
      if (row >= 0) model.addRow(row, sums);
    }
    if (row >= 0 && sentence) model.addRow(row, sentence);
  };
  for (let i = 0; i < words.length; i++) {
    const at = (words[i] as { start: number }).start;
    while (si < ctx.sentences.length - 1 && at >= (ctx.sentences[si] as { end: number }).end) si++;
    sentence = sentences[si];
    forEachFeature(words, i, add);
  }
  return { words: words.length, count: seen.size, sums, sentences };
}

export const SITUATION_FACTS: ParagraphFacts<SituationFacts> = {
  key: "situation-model",
  compute: (p: ParagraphContext) => factsOf(situationModel(), p),
};

export interface SituationWindow {
  /** Paragraphs [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  /** The model's probability, a category. */
  probabilities: Float64Array;
}

/** What the analysis under way has read: each paragraph's facts and the windows. Six rules and
 *  the demotion ask for the same (a document pass builds its paragraph list once; the next
 *  analysis builds another). */
export interface SituationReading {
  facts: readonly SituationFacts[];
  windows: readonly SituationWindow[];
}

const lastReading = new WeakMap<readonly DocumentParagraph[], { model: SituationModel; reading: SituationReading }>();

/** The document cut into windows: paragraphs join one while it stays under WINDOW_WORDS. */
export function situationReading(paragraphs: readonly DocumentParagraph[], model: SituationModel = situationModel()): SituationReading {
  const known = lastReading.get(paragraphs);
  if (known?.model === model) return known.reading;
  const facts = paragraphs.map((p) => p.facts(SITUATION_FACTS));
  const reading = { facts, windows: cutWindows(paragraphs, facts, model) };
  lastReading.set(paragraphs, { model, reading });
  return reading;
}

function cutWindows(paragraphs: readonly DocumentParagraph[], facts: readonly SituationFacts[], model: SituationModel): SituationWindow[] {
  const k = model.categories.length;
  const out: SituationWindow[] = [];
  for (let from = 0; from < paragraphs.length; ) {
    let to = from;
    let words = 0;
    let count = 0;
    const sums = new Float64Array(k);
    while (to < paragraphs.length) {
      const f = facts[to] as SituationFacts;
      if (to > from && words + f.words > WINDOW_WORDS) break;
      words += f.words;
      count += f.count;
      for (let c = 0; c < k; c++) sums[c] = (sums[c] as number) + (f.sums[c] as number);
      to++;
    }
    const first = paragraphs[from] as DocumentParagraph;
    const last = paragraphs[to - 1] as DocumentParagraph;
    out.push({ from, to, start: first.offset, end: last.offset + last.text.length, probabilities: Float64Array.from(sums, (s, c) => model.probability(c, s, count)) });
    from = to;
  }
  return out;
}
