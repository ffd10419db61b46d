// The words a situation model reads, shared by the analyzer and the trainer (src/train/) so that
// the two can never disagree: each word of the folded text, its first letters (French and English
// inflect at the end: "vaccinés", "vaccination"), and each pair of adjacent words.
export const STEM_LENGTH = 5;

const WORD = /[a-z0-9]+/g;

export interface WordAt {
  word: string;
  start: number;
  end: number;
}

/** The words of a folded (lower-case, accent-free) text, with their offsets. */
export function wordsOf(folded: string): WordAt[] {
  const out: WordAt[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m; m = WORD.exec(folded)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Calls `emit` with each feature of the word at `i` (its unigram, stem and the pair it closes). */
export function forEachFeature(words: readonly WordAt[], i: number, emit: (feature: string) => void): void {
  const w = (words[i] as WordAt).word;
  emit("u:" + w);
  if (w.length > STEM_LENGTH) emit("s:" + w.slice(0, STEM_LENGTH));
  if (i > 0) emit("b:" + (words[i - 1] as WordAt).word + "_" + w);
}

/** The distinct features of a folded paragraph. */
export function paragraphFeatures(folded: string): Set<string> {
  const words = wordsOf(folded);
  const out = new Set<string>();
  const add = (f: string) => out.add(f);
  for (let i = 0; i < words.length; i++) forEachFeature(words, i, add);
  return out;
}
