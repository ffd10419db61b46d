import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize.js";
import { internWord, wordIdOf } from "./word-ids.js";

describe("word ids", () => {
  it("gives one id to a word, whatever spelling of it a token holds", () => {
    const id = internWord("zyxwortel");
    expect(internWord("zyxwortel")).toBe(id);
    const [a, b] = tokenize("Zyxwortel zyxwortel");
    expect(a?.id).toBe(id);
    expect(b?.id).toBe(id);
  });

  it("does not give an id to a word no rule named", () => {
    const [t] = tokenize("qwvuplonk");
    expect(t?.id).toBe(-1);
    expect(wordIdOf("qwvuplonk")).toBe(-1);
  });

  it("lets a token already made find the id of a word a rule names later", () => {
    const [t] = tokenize("plorvinde");
    expect(t?.id).toBe(-1);
    const id = internWord("plorvinde");
    expect(t?.id).toBe(id);
    expect(tokenize("plorvinde")[0]?.id).toBe(id);
  });
});
