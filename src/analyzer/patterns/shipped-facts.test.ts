import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokenize.js";
import { FamilyTable, Pattern, type PatternFacts } from "./matcher.js";
import { FactsReader, writeFacts } from "./shipped-facts.js";
import { StartIndex } from "./start-index.js";

// Patterns of the shapes whose facts differ: families (shared first words and needs), prefixes,
// classes, unbounded gaps, common words only, and a family indexed alternative by alternative.
const families = new FamilyTable(
  {
    drug: ["ibuprof*", "tylenol", "acide acétylsalicylique"],
    mixed: ["(mon|ma|my) ~3 (fracture|plâtre)", "(le|la|the) (ne|pas|not)", "(vu|ma) ~2 fracture"],
  },
  undefined,
  "t",
);
const SOURCES = ["@drug ~2 #num mg", "@drug ~2 #num", "(prenez|take) ~3 @drug", "@drug", "#cap (hospital|hôpital)", "#num (ans|years)", "vaccin* ~3 autis*", "~2 pas", "le la", "@mixed"];
const WORDS = ["fracture", "plâtre", "mon", "ma", "my", "vu", "ibuprofène", "tylenol", "acide", "acétylsalicylique", "400", "mg", "le", "la", "the", "ne", "pas", "not", "Hospital", "87", "ans", "prenez", "take", "vaccins", "autisme", "chat", "."];

function plain(f: PatternFacts) {
  const start = (s: PatternFacts) => ({
    firstWords: s.firstWords && [...s.firstWords],
    firstPrefixes: [...s.firstPrefixes],
    firstClasses: [...s.firstClasses],
    need: s.need && { words: [...s.need.words], prefixes: [...s.need.prefixes] },
    needSelective: s.needSelective,
    maxLength: s.maxLength,
    reach: s.reach,
  });
  return { ...start(f), parts: f.parts?.map(start) };
}

describe("shipped pattern facts", () => {
  const computed = SOURCES.map((s) => new Pattern(s, families, new StartIndex()));
  const shipped = JSON.parse(JSON.stringify(writeFacts(computed.map((p) => ["t", p.source, p] as const)))) as ReturnType<typeof writeFacts>;

  it("read back as the facts the matcher works out", () => {
    const reader = new FactsReader(shipped);
    for (const p of computed) expect(plain(reader.get("t", p.source) as PatternFacts)).toEqual(plain(p));
  });

  it("pool word lists and keep one object per need, as the matcher shares them", () => {
    // "@drug" and "@drug ~2 #num" share the family's first words and need.
    const reader = new FactsReader(shipped);
    const a = reader.get("t", "@drug") as PatternFacts;
    const b = reader.get("t", "@drug ~2 #num") as PatternFacts;
    expect(a.firstWords).toBe(b.firstWords);
    expect(a.need).toBe(b.need);
    expect(shipped.lists.filter((l) => l.includes("tylenol"))).toHaveLength(1);
  });

  it("give patterns that find what patterns working out their own facts find", () => {
    const reader = new FactsReader(shipped);
    const index = new StartIndex();
    const fromFacts = SOURCES.map((s) => new Pattern(s, families, index, reader.get("t", s)));
    const own = SOURCES.map((s) => new Pattern(s, families, new StartIndex()));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }), (words) => {
        const tokens = tokenize(words.join(" "));
        fromFacts.forEach((p, k) => expect(p.findAll(tokens)).toEqual((own[k] as Pattern).findAll(tokens)));
      }),
      { numRuns: 300 },
    );
  });

  it("refuse a word the compact form cannot hold, and answer nothing for an unknown source", () => {
    const bad: PatternFacts = { firstWords: new Set(["two words"]), firstPrefixes: [], firstClasses: new Set(), need: null, needSelective: false, maxLength: 2, reach: Infinity };
    expect(() => writeFacts([["t", "x", bad]])).toThrow(/two words/);
    expect(new FactsReader(shipped).get("t", "not shipped")).toBeUndefined();
    expect(new FactsReader(shipped).get("other", "@drug")).toBeUndefined();
  });
});
