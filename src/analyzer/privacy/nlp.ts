// compromise, loaded on first use rather than with the analyzer: building its lexicon takes a few
// hundred milliseconds, which every wake of the service worker would pay, while most drafts never
// need it (it reads English names, only in care paragraphs). A synchronous `require` inside a
// function is bundled by rolldown as a lazily evaluated module (no dynamic import, which service
// workers forbid); vitest and Node provide `require` too.
import type nlpType from "compromise";

type Nlp = typeof nlpType;
declare const require: (id: string) => unknown;

let nlp: Nlp | undefined;

export function compromise(): Nlp {
  if (!nlp) {
    const m = require("compromise") as Nlp & { default?: Nlp };
    nlp = m.default ?? m;
  }
  return nlp;
}

/** Whether compromise has been loaded (the benchmark reports cold starts with and without it). */
export function compromiseLoaded(): boolean {
  return nlp !== undefined;
}
