import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokenize.js";
import { findAges } from "./age.js";

const ages = (text: string) => {
  const tokens = tokenize(text);
  return findAges(tokens, 0, tokens.length).map((a) => ({ text: text.slice((tokens[a.start] as { start: number }).start, (tokens[a.end - 1] as { end: number }).end), years: a.years }));
};

describe("findAges", () => {
  it("reads ages told in French and in English", () => {
    expect(ages("une fillette de 3 ans")).toEqual([{ text: "de 3 ans", years: 3 }]);
    expect(ages("a 101-year-old man")).toEqual([{ text: "101-year-old", years: 101 }]);
    expect(ages("une octogénaire")).toEqual([{ text: "octogénaire", years: 80 }]);
    expect(ages("a centenarian")).toEqual([{ text: "centenarian", years: 100 }]);
    expect(ages("in her nineties")).toEqual([{ text: "in her nineties", years: 90 }]);
  });

  it("leaves durations and other numbers alone", () => {
    expect(ages("30 ans de pratique")).toEqual([]);
    expect(ages("about 40 minutes")).toEqual([]);
  });

  it("reads an infant's age in months and an age opening a sentence", () => {
    expect(ages("un petit bonhomme de 4 mois")).toEqual([{ text: "de 4 mois", years: 0 }]);
    expect(ages("52 ans. Il voulait finir son année.")).toEqual([{ text: "52 ans", years: 52 }]);
  });

  it("reads no age in a range or a length of experience", () => {
    expect(ages("si votre enfant de plus de 5 ans tousse")).toEqual([]);
    expect(ages("une infirmière de 6 mois d'expérience")).toEqual([]);
  });

  it("reads contracted and adverbed ages and two ages after a comma", () => {
    expect(ages("He's 16 and wants to play on.")).toEqual([{ text: "16", years: 16 }]);
    expect(ages("you are 93 and still sharp")).toEqual([{ text: "93", years: 93 }]);
    expect(ages("il a à peine 18 ans")).toEqual([]);
    expect(ages("elle a presque 90 ans")).toEqual([{ text: "90 ans", years: 90 }]);
    expect(ages("Deux ados de Magog, 15 et 16 ans, en VTT")).toEqual([{ text: "15 et 16 ans", years: 15 }]);
    expect(ages("j'ai presque 50 ans")).toEqual([]);
  });

  it("never reads an age word off the object prototype", () => {
    // The word lists are maps: "constructor" or "toString" in a draft is just a word.
    expect(ages("un constructor, la valueOf, in her constructor")).toEqual([]);
  });
});
