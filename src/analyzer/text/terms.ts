// A user's own terms (names to allow, terms always to flag) found in a draft, case- and accent-
// folded, paragraph by paragraph on the folded text each cached paragraph already holds: a
// keystroke does not fold the whole draft again. A term never spans a line break.
import { foldSameLength } from "./fold.js";

export interface FoldedParagraph {
  folded: string;
  /** Offset of the paragraph in the draft. */
  offset: number;
}

export interface TermOccurrence {
  start: number;
  end: number;
  term: string;
  paragraph: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Occurrences of `terms` (trimmed, at least two characters once folded), in draft offsets;
 *  with `wholeWords`, only those not inside a longer word. */
export function termOccurrences(paragraphs: readonly FoldedParagraph[], terms: readonly string[], wholeWords: boolean): TermOccurrence[] {
  const folded = terms.map((term) => ({ term, t: foldSameLength(term.trim()) })).filter(({ t }) => t.length >= 2);
  const out: TermOccurrence[] = [];
  if (folded.length === 0) return out;
  paragraphs.forEach((p, paragraph) => {
    for (const { term, t } of folded) {
      for (let i = p.folded.indexOf(t); i !== -1; i = p.folded.indexOf(t, i + t.length)) {
        const end = i + t.length;
        if (wholeWords && (WORD_CHAR.test(p.folded.charAt(i - 1)) || WORD_CHAR.test(p.folded.charAt(end)))) continue;
        out.push({ start: p.offset + i, end: p.offset + end, term, paragraph });
      }
    }
  });
  return out;
}
