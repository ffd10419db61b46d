// The privacy detectors' word lists (rules/gazetteers/*.json), checked once with zod and folded
// for look-up. Lists are facts the project wrote itself; each file carries its note and source.
import { z } from "zod";
import { describeIssues } from "../rules/schema.js";
import { foldWord } from "../text/fold.js";
import { tokenize, type Token } from "../text/tokenize.js";
import careJson from "../../../rules/gazetteers/care-places.json";
import eponymsJson from "../../../rules/gazetteers/eponyms.json";
import givenJson from "../../../rules/gazetteers/given-names.json";
import occupationsJson from "../../../rules/gazetteers/occupations.json";
import placesJson from "../../../rules/gazetteers/places.json";
import rareJson from "../../../rules/gazetteers/rare-diseases.json";
import surnamesJson from "../../../rules/gazetteers/surnames.json";

const gazetteerSchema = z.lazy(() =>
  z.object({
    note: z.string().min(1),
    source: z.string().min(1),
    license: z.string().min(1),
    entries: z.array(z.string().min(1)).min(1),
  }),
);
/** Given names that are also common words ("Pierre", "Rose"): names only before a known surname. */
const givenSchema = z.lazy(() => gazetteerSchema.unwrap().extend({ wordNames: z.array(z.string().min(1)).min(1) }));
const placesSchema = z.lazy(() => gazetteerSchema.unwrap().extend({ regions: z.array(z.string().min(1)), large: z.array(z.string().min(1)) }));

/** A token's look-up key: its folded form without an elision's apostrophe ("l'" → "l"). */
export function tokenKey(t: Token): string {
  return t.norm.endsWith("'") ? t.norm.slice(0, -1) : t.norm;
}

const LETTER_WORDS = /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u;

/** Folds a multi-word entry exactly as the tokenizer folds a draft, words joined by one space. */
export function foldPhrase(phrase: string): string {
  // Letters and single spaces only (most entries): each word folds on its own, as tokens would.
  if (LETTER_WORDS.test(phrase)) return phrase.split(" ").map(foldWord).join(" ");
  return tokenize(phrase)
    .filter((t) => t.kind === "word" || t.kind === "num")
    .map(tokenKey)
    .join(" ");
}

/** A set of folded phrases with the longest phrase length in words, for token-window look-ups. */
export class PhraseSet {
  readonly phrases: ReadonlySet<string>;
  readonly maxWords: number;
  /** First words of the phrases: most tokens start none, and are answered without building keys. */
  private readonly firstWords = new Set<string>();
  /** @param folded the entries are folded already (as `phrases` holds them; the build ships them
   *  so, see `useFoldedGazetteers`). */
  constructor(entries: readonly string[], folded = false) {
    const set = new Set<string>();
    let max = 1;
    for (const e of entries) {
      const f = folded ? e : foldPhrase(e);
      if (f === "") continue;
      set.add(f);
      const words = f.split(" ");
      this.firstWords.add(words[0] as string);
      max = Math.max(max, words.length);
    }
    this.phrases = set;
    this.maxWords = max;
  }
  has(folded: string): boolean {
    return this.phrases.has(folded);
  }
  /** End (exclusive token index) of the longest entry starting at token `from`, or -1. Only
   *  word and number tokens take part; `limit` bounds the search (a sentence's end). */
  longestAt(tokens: readonly Token[], from: number, limit: number): number {
    const first = tokens[from];
    if (first === undefined || from >= limit || (first.kind !== "word" && first.kind !== "num") || !this.firstWords.has(tokenKey(first))) return -1;
    if (this.maxWords === 1) return from + 1;
    let key = "";
    let best = -1;
    for (let i = from, n = 0; i < limit && n < this.maxWords; i++, n++) {
      const t = tokens[i] as Token;
      if (t.kind !== "word" && t.kind !== "num") break;
      key = n === 0 ? tokenKey(t) : `${key} ${tokenKey(t)}`;
      if (this.phrases.has(key)) best = i + 1;
    }
    return best;
  }
}

export interface Gazetteers {
  givenNames: PhraseSet;
  wordNames: PhraseSet;
  surnames: PhraseSet;
  places: PhraseSet;
  regions: PhraseSet;
  largePlaces: PhraseSet;
  carePlaces: PhraseSet;
  occupations: PhraseSet;
  rareDiseases: PhraseSet;
  eponyms: PhraseSet;
}

let cached: Gazetteers | undefined;

/** Checks every gazetteer file against its schema; throws naming the file. The build calls it
 *  (prebuild.ts), so that the analyzer it ships reads the lists without checking them again. */
export function checkGazetteers(): void {
  const files: Array<[string, unknown, z.ZodType]> = [
    ["given-names", givenJson, givenSchema],
    ["surnames", surnamesJson, gazetteerSchema],
    ["places", placesJson, placesSchema],
    ["care-places", careJson, gazetteerSchema],
    ["occupations", occupationsJson, gazetteerSchema],
    ["rare-diseases", rareJson, gazetteerSchema],
    ["eponyms", eponymsJson, gazetteerSchema],
  ];
  for (const [name, data, schema] of files) checkFile(`rules/gazetteers/${name}.json`, schema, data);
}

/** Throws when `data` does not fit `schema`, naming the file and each path (the rule files'
 *  wording). */
export function checkFile(file: string, schema: z.ZodType, data: unknown): void {
  const r = schema.safeParse(data);
  if (!r.success) throw new Error(describeIssues(file, r.error));
}

/** Each list's phrases as folded, by list: what the build ships (prebuild.ts), so that a
 *  waking service worker does not fold some two thousand names and places again. */
export type FoldedGazetteers = Record<keyof Gazetteers, string[]>;

let shipped: FoldedGazetteers | undefined;

/** The lists as `foldedGazetteers()` gave them for the same files and code (the build does it):
 *  `gazetteers()` then builds its sets from them without folding. */
export function useFoldedGazetteers(lists: FoldedGazetteers): void {
  shipped ??= lists;
}

export function foldedGazetteers(): FoldedGazetteers {
  const g = gazetteers();
  const out: Partial<FoldedGazetteers> = {};
  for (const name of Object.keys(g) as Array<keyof Gazetteers>) out[name] = [...g[name].phrases];
  return out as FoldedGazetteers;
}

/** The gazetteers, folded on first use. */
export function gazetteers(): Gazetteers {
  if (cached) return cached;
  // The lists as the build folded them, or as written (checked by the build, like the rule files).
  const lists = shipped ?? listsAsWritten();
  const set = (name: keyof Gazetteers) => new PhraseSet(lists[name], shipped !== undefined);
  cached = {
    givenNames: set("givenNames"),
    wordNames: set("wordNames"),
    surnames: set("surnames"),
    places: set("places"),
    regions: set("regions"),
    largePlaces: set("largePlaces"),
    carePlaces: set("carePlaces"),
    occupations: set("occupations"),
    rareDiseases: set("rareDiseases"),
    eponyms: set("eponyms"),
  };
  return cached;
}

function listsAsWritten(): Record<keyof Gazetteers, readonly string[]> {
  const entries = (data: unknown) => (data as z.infer<typeof gazetteerSchema>).entries;
  const places = placesJson as z.infer<typeof placesSchema>;
  return {
    givenNames: entries(givenJson),
    wordNames: (givenJson as z.infer<typeof givenSchema>).wordNames,
    surnames: entries(surnamesJson),
    places: places.entries,
    regions: places.regions,
    largePlaces: places.large,
    carePlaces: entries(careJson),
    occupations: entries(occupationsJson),
    rareDiseases: entries(rareJson),
    eponyms: entries(eponymsJson),
  };
}
