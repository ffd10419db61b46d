// One copy of each word. Words are looked up in maps and sets all the time (first words, needs,
// tries, word lists); when both the key stored and the key asked are the engine's single copy of the
// string, a hit compares one pointer instead of the characters. Engines keep property names in
// their string table, so a word used once as a property name comes back as that copy.

/** The engine's shared copy of `word` (equal to it; only identity changes). */
export function intern(word: string): string {
  const holder: Record<string, true> = { [word]: true };
  // An integer-like name ("400") is kept as an index, and comes back as a fresh string: still equal.
  return Object.keys(holder)[0] as string;
}
