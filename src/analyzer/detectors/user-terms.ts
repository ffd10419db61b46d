// The user's own "terms always to flag" (options.alwaysFlag): their hospital's unit names, a small
// village they serve, a nickname. Found case- and accent-folded, whole words only, document-wide.
import { z } from "zod";
import { termOccurrences } from "../text/terms.js";
import { defineDetector, type DocumentHit } from "./types.js";

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
        return termOccurrences(document.paragraphs, terms, true)
          .map(({ start, end, term, paragraph }): DocumentHit => ({ start, end, trace: [`term always to flag: ${term}`], paragraph }))
          .sort((a, b) => a.start - b.start);
      },
    };
  },
});
