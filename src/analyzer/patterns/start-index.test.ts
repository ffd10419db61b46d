import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokenize.js";
import { FamilyTable, Pattern, PatternSet } from "./matcher.js";
import { StartIndex, lowerBound } from "./start-index.js";

// Patterns of every shape the index reasons about: first words, prefixes, classes, families,
// optional and gapped parts, needs far from the start, alternatives with stop words.
const families = new FamilyTable({
  care: ["(mon|ma|un|une|my|a) ~3 (patient|patiente)", "(vu|saw) (hier|yesterday)"],
  drug: ["ibuprof*", "tylenol", "acide acétylsalicylique"],
  neg: ["ne", "pas", "not", "no"],
  // One alternative with a rare word, one of common words only: indexed alternative by alternative.
  mixed: ["(mon|ma|my|a) ~3 (fracture|plâtre)", "(le|la|the) (ne|pas|not)", "(vu|ma) ~2 fracture"],
});
const SOURCES = [
  "@care",
  "@drug ~2 #num mg",
  "#word #word? (coincé|stuck) ~3",
  "(le|la|the)? patient ~4 @neg",
  "#cap (hospital|hôpital)",
  "#num (ans|years)",
  "(prenez|take) ~3 @drug",
  "vaccin* ~3 autis*",
  "~2 pas",
  "@mixed",
];
const WORDS = ["fracture", "plâtre", "mon", "ma", "un", "my", "a", "patient", "patiente", "vu", "hier", "saw", "yesterday", "ibuprofène", "tylenol", "acide", "acétylsalicylique", "400", "mg", "le", "la", "the", "ne", "pas", "not", "coincé", "stuck", "Hospital", "Hôpital", "Montréal", "87", "ans", "years", "prenez", "take", "vaccins", "autisme", "chat", ".", ","];

describe("start index", () => {
  it("finds exactly what a scan of every token finds, on any text and range", () => {
    const index = new StartIndex();
    const indexed = SOURCES.map((s) => new Pattern(s, families, index));
    const scanned = SOURCES.map((s) => new Pattern(s, families));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }), fc.nat(), fc.nat(), (words, x, y) => {
        const tokens = tokenize(words.join(" "));
        const from = tokens.length ? x % tokens.length : 0;
        const limit = from + (tokens.length - from ? y % (tokens.length - from + 1) : 0);
        indexed.forEach((p, k) => {
          const scan = scanned[k] as Pattern;
          const found = scan.findAll(tokens, from, limit);
          expect(p.findAll(tokens, from, limit)).toEqual(found);
          // Whether any match lies in the range, without the list: the same answer either way.
          expect(p.occursIn(tokens, from, limit)).toBe(found.length > 0);
          expect(scan.occursIn(tokens, from, limit)).toBe(found.length > 0);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("gives pattern sets the matches of their patterns, by start then by pattern", () => {
    const index = new StartIndex();
    const set = new PatternSet(SOURCES.map((s) => new Pattern(s, families, index)));
    const alone = SOURCES.map((s) => new Pattern(s, families));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }), fc.nat(), (words, x) => {
        const tokens = tokenize(words.join(" "));
        const from = tokens.length ? x % tokens.length : 0;
        const each = alone.map((p) => p.findAll(tokens, from, tokens.length));
        const triples = each.flatMap((found, k) => found.map(([a, b]) => [k, a, b] as const)).sort((p, q) => p[1] - q[1] || p[0] - q[0]);
        expect(set.findAll(tokens, from)).toEqual(triples);
        expect(set.matchesByPattern(tokens, from)).toEqual(each.flat());
        const seen: Array<readonly [number, number, number]> = [];
        set.forEachMatch(tokens, from, tokens.length, (k, a, b) => {
          // A callback that scans other patterns does not disturb the matches still to come.
          set.some(tokens, 0);
          seen.push([k, a, b]);
        });
        expect(seen).toEqual(each.flatMap((found, k) => found.map(([a, b]) => [k, a, b] as const)));
        expect(set.some(tokens, from)).toBe(triples.length > 0);
      }),
      { numRuns: 1000 },
    );
  });

  it("looks for starts only within reach before a rare needed word", () => {
    const index = new StartIndex();
    const p = new Pattern("(mon|my) ~2 fracture", families, index);
    expect(p.maxLength).toBe(4);
    expect([...(p.need?.words ?? [])]).toEqual(["fracture"]);
    expect(p.needSelective).toBe(true);
    expect(index.positions(tokenize("mon vieux fracture"), 0)).toEqual([0]);
    expect(index.positions(tokenize("mon chat dort ici près de la fracture"), 0)).toEqual([]);
  });

  it("indexes a family alternative by alternative when only some have a rare word", () => {
    const index = new StartIndex();
    const p = new Pattern("@mixed", families, index);
    expect(p.needSelective).toBe(false);
    expect(p.parts?.length).toBe(3);
    // "ma" is a start only within reach of "fracture"; "the" starts the common alternative; a start
    // found by two alternatives (the first and the third) is listed once, in order.
    const tokens = tokenize("ma fille, the ne, vu ma fracture, ma chatte");
    expect(index.positions(tokens, 0)).toEqual([3, 6, 7]);
    expect(p.findAll(tokens)).toEqual([
      [3, 5],
      [6, 9],
    ]);
  });

  it("indexes a pattern whose needed words are common by its first words", () => {
    const index = new StartIndex();
    const p = new Pattern("(mon|my) ~2 (le|la)", families, index);
    expect(p.needSelective).toBe(false);
    expect(index.positions(tokenize("mon chat et mon chien"), 0)).toEqual([0, 3]);
  });

  it("does not index a pattern that any token can start", () => {
    const index = new StartIndex();
    expect(new Pattern("~2 pas", families, index).findAll(tokenize("je ne sais pas"))).toEqual([[1, 4]]);
    expect(index.register({ firstWords: null, firstPrefixes: [], firstClasses: new Set(), need: null, needSelective: false, maxLength: 1, canStartAt: () => true })).toBe(-1);
  });

  it("binary-searches ascending positions", () => {
    expect(lowerBound([1, 3, 5], 0)).toBe(0);
    expect(lowerBound([1, 3, 5], 3)).toBe(1);
    expect(lowerBound([1, 3, 5], 4)).toBe(2);
    expect(lowerBound([1, 3, 5], 9)).toBe(3);
    // Within a slice of a typed array, as the index lays out each pattern's starts.
    const all = Int32Array.from([7, 1, 3, 5, 0]);
    expect(lowerBound(all, 4, 1, 4)).toBe(3);
    expect(lowerBound(all, 9, 1, 4)).toBe(4);
  });
});
