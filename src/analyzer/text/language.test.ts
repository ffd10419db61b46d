import { describe, expect, it } from "vitest";
import { decisiveVote, detectLanguage, francLoaded, voteLanguage } from "./language.js";
import { tokenize } from "./tokenize.js";
import { Engine } from "../engine.js";
import { bundledRules } from "../rules/source-rules.js";

describe("language", () => {
  it("settles a draft by its stop words without loading franc", () => {
    const { ruleSets, recommendations } = bundledRules();
    const engine = new Engine(ruleSets, recommendations);
    const fr = "Ce matin, je pense aux parents qui attendent des nouvelles de leur enfant. Merci pour votre patience et votre courage, vous êtes formidables.";
    expect(engine.analyze(fr).language).toBe("fr");
    expect(francLoaded()).toBe(false);
  });

  it("counts French \"à\" as French, and \"a\" (English article, French \"has\") for neither", () => {
    expect(voteLanguage(tokenize("Il a mal à la tête."))).toEqual({ fr: 3, en: 0 });
    expect(voteLanguage(tokenize("She has a cold and a fever."))).toEqual({ fr: 0, en: 3 });
  });

  it("calls a vote decisive only when franc could not overturn it", () => {
    expect(decisiveVote({ fr: 4, en: 0 })).toBe(true);
    expect(decisiveVote({ fr: 8, en: 1 })).toBe(true);
    expect(decisiveVote({ fr: 3, en: 0 })).toBe(false);
    expect(decisiveVote({ fr: 8, en: 2 })).toBe(false);
  });

  it("asks franc when the stop words leave it unclear", () => {
    const text = "Vaccination, immunisation, information, consultation, prévention: protection, éducation, communication, coordination, évaluation, organisation.";
    detectLanguage(text, tokenize(text));
    expect(francLoaded()).toBe(true);
  });
});
