// Integer ids for the words rules look for: a matcher compares a token's id with its own (an
// integer look-up) instead of hashing and comparing the token's spelling. Only rule code interns a
// word, so the table holds the rules' vocabulary and no draft's; a token whose word no rule names
// has id -1. Ids are never reused or dropped, so a matcher's ids stay valid.

const ids = new Map<string, number>();
/** Grows with each word interned: a token that found no id looks again after a rule is compiled. */
export let wordIdsVersion = 0;

/** The id of `norm` (a folded word, as a token's `norm`), given it now if it has none. */
export function internWord(norm: string): number {
  let id = ids.get(norm);
  if (id === undefined) {
    id = ids.size;
    ids.set(norm, id);
    wordIdsVersion++;
  }
  return id;
}

/** The id of `norm`, or -1 when no rule names it. */
export function wordIdOf(norm: string): number {
  return ids.get(norm) ?? -1;
}
