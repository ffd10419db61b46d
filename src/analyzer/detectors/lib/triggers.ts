// Trigger sets for the identifier detectors: what a paragraph must hold for a detector to find
// anything there, so that the engine skips `detect` on other paragraphs (it runs per keystroke).
import type { Triggers } from "../../patterns/matcher.js";

/** Folded words one of which must be in the paragraph, and optionally a number token. */
export function triggersOf(words: Iterable<string>, options: { numbers?: boolean } = {}): Triggers {
  const set = new Set<string>();
  for (const w of words) {
    set.add(w);
    // "sept." and "no." are keys with a period; the token itself has none.
    if (w.endsWith(".")) set.add(w.slice(0, -1));
  }
  return { words: set, prefixes: [], classes: new Set(options.numbers === true ? ["num"] : []) };
}

/** Only paragraphs with a number token (phone, social insurance numbers: digits in groups). */
export const NUMBER_TRIGGERS: Triggers = triggersOf([], { numbers: true });
