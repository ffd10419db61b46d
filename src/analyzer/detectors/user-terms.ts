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
        const out: DocumentHit[] = [];
        const folded = terms.map((term) => ({ term, t: foldSameLength(term.trim()) })).filter(({ t }) => t.length >= 2);
        // Paragraph by paragraph, on the folded text each cached paragraph already holds (a term
        // never spans a line break): a keystroke does not fold the whole draft again.
        document.paragraphs.forEach((p, pi) => {
          for (const { term, t } of folded) {
            for (let i = p.folded.indexOf(t); i !== -1; i = p.folded.indexOf(t, i + t.length)) {
              const end = i + t.length;
              if (WORD_CHAR.test(p.folded.charAt(i - 1)) || WORD_CHAR.test(p.folded.charAt(end))) continue;
              out.push({ start: p.offset + i, end: p.offset + end, trace: [`term always to flag: ${term}`], paragraph: pi });
            }
          }
        });
        return out.sort((a, b) => a.start - b.start);
      },
    };
  },
});
