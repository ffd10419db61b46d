import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokenize.js";
import { FamilyTable, Pattern } from "./matcher.js";
import { parsePattern } from "./parse.js";

const families = new FamilyTable({ vaccine: ["vaccin*", "shot"], cause: ["cause*", "provoque*"], neg: ["ne", "pas", "not"] });
const find = (pattern: string, text: string) => {
  const tokens = tokenize(text);
  return new Pattern(pattern, families).findAll(tokens).map(([a, b]) => text.slice(tokens[a]!.start, tokens[b - 1]!.end));
};

describe("pattern language", () => {
  it("matches words, prefixes and families, folded", () => {
    expect(find("@vaccine ~3 @cause ~2 autisme", "Les Vaccins causent l'autisme")).toEqual(["Vaccins causent l'autisme"]);
  });
  it("matches alternatives and optional elements", () => {
    expect(find("(envoyez|send) (moi|me)? vos? (résultats|photos)", "Envoyez-moi vos résultats")).toEqual(["Envoyez-moi vos résultats"]);
    expect(find("(envoyez|send) (moi|me)? (vos|your) (résultats|photos)", "send your photos")).toEqual(["send your photos"]);
  });
  it("does not match across a gap longer than allowed", () => {
    expect(find("vaccin* ~2 autisme", "vaccins un deux trois autisme")).toEqual([]);
    expect(find("vaccin* ~3 autisme", "vaccins un deux trois autisme")).toEqual(["vaccins un deux trois autisme"]);
  });
  it("matches number and capitalised-word classes", () => {
    expect(find("chambre #num", "Chambre 412, lit 2")).toEqual(["Chambre 412"]);
    expect(find("(m|mme) #cap", "Mme Gagnon et mme gagnon")).toEqual(["Mme Gagnon"]);
  });
  it("takes the longest match at each start", () => {
    expect(find("dossier (no #num)?", "dossier no 12345")).toEqual(["dossier no 12345"]);
  });
  it("rejects malformed patterns with the position", () => {
    expect(() => parsePattern("(a|b")).toThrow(/missing "\)"/);
    expect(() => parsePattern("a ~20 b")).toThrow(/gap must be/);
    expect(() => parsePattern("ab*")).toThrow(/prefix needs at least 3/);
    expect(() => new Pattern("@nosuch x", families)).toThrow(/unknown family/);
  });
  it("refuses a family that refers to itself", () => {
    expect(() => new Pattern("@loop", new FamilyTable({ loop: ["a @loop"] }))).toThrow(/refers to itself/);
  });
  it("matches words a pattern names for the first time after the text was tokenized", () => {
    const text = "Le grumvoltage du brelinquet monte";
    const tokens = tokenize(text);
    const words = new Pattern("(grumvoltage|brelinquet) (du|monte)", families).findAll(tokens);
    expect(words.map(([a, b]) => text.slice(tokens[a]!.start, tokens[b - 1]!.end))).toEqual(["grumvoltage du", "brelinquet monte"]);
    const starts = new Pattern("zorblat* ~2 vintrelle", families);
    expect(starts.canStartAt(tokenize("zorblatons")[0]!)).toBe(true);
    expect(new Pattern("(quenvilar|#num) x", families).canStartAt(tokenize("quenvilar")[0]!)).toBe(true);
  });
  it("stays polynomial on many gaps and optional elements", () => {
    const text = "a ".repeat(400);
    const p = new Pattern("a? ~8 a? ~8 a? ~8 a? ~8 b", families);
    expect(p.findAll(tokenize(text))).toEqual([]);
  });
});
