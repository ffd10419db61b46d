// The user's own "terms always to flag" (options.alwaysFlag): their hospital's unit names, a small
// village they serve, a nickname. Found case- and accent-folded, whole words only, document-wide.
import { z } from "zod";
import { foldSameLength } from "../text/fold.js";
import { defineDetector, type DocumentHit } from "./types.js";

const WORD_CHAR = /[\p{L}\p{N}]/u;

export default defineDetector({
  id: "user-terms",
  description: "Flags every occurrence of the terms the user asked to always flag.",
  params: z
    .object({
      /** Phrases flagged for every user, in addition to their own list. */
      terms: z.array(z.string().min(2).max(200)).max(100).default([]),
    })
    .strict(),
  create(params) {
    return {
      detect() {
        return [];
      },
      finalize(document) {
        const terms = [...params.terms, ...(document.options.alwaysFlag ?? [])];
        if (terms.length === 0) return [];
        const folded = foldSameLength(document.text);
        const out: DocumentHit[] = [];
        for (const term of terms) {
          const t = foldSameLength(term.trim());
          if (t.length < 2) continue;
          for (let i = folded.indexOf(t); i !== -1; i = folded.indexOf(t, i + t.length)) {
            const end = i + t.length;
            if (WORD_CHAR.test(folded.charAt(i - 1)) || WORD_CHAR.test(folded.charAt(end))) continue;
            out.push({ start: i, end, trace: [`term always to flag: ${term}`], paragraph: paragraphOf(document.paragraphs, i) });
          }
        }
        return out;
      },
    };
  },
});

function paragraphOf(paragraphs: ReadonlyArray<{ offset: number; text: string }>, at: number): number {
  let index = 0;
  paragraphs.forEach((p, i) => {
    if (p.offset <= at) index = i;
  });
  return index;
}
