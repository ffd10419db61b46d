// Table test for the user's "terms always to flag" (options.alwaysFlag).
import { describe, expect, it } from "vitest";
import { analyze } from "../index.js";

const RULE = "privacy/user-term";

function flagged(text: string, alwaysFlag: string[]): string[] {
  return analyze(text, { alwaysFlag })
    .findings.filter((f) => f.ruleId === RULE)
    .map((f) => text.slice(f.start, f.end));
}

const flags: Array<[string, string, string[], string[]]> = [
  ["the user's unit nickname", "Grosse nuit au 6e Nord, comme d'habitude.", ["6e Nord"], ["6e Nord"]],
  ["every occurrence, accents and case folded", "Saint-Élie ce matin, saint-elie ce soir.", ["Saint-Élie"], ["Saint-Élie", "saint-elie"]],
  ["an English term", "Back at Pine Ridge Lodge for rounds.", ["Pine Ridge"], ["Pine Ridge"]],
];

const leaves: Array<[string, string, string[]]> = [
  ["a term inside a longer word", "Les nordiques de Québec reviendront.", ["Nord"]],
  ["a draft without the term", "Belle journée à la clinique.", ["6e Nord"]],
  ["when the user has no terms", "Grosse nuit au 6e Nord.", []],
];

describe("user-terms", () => {
  for (const [what, text, terms, expected] of flags) {
    it(`flags ${what}`, () => {
      expect(flagged(text, terms)).toEqual(expected);
    });
  }
  for (const [what, text, terms] of leaves) {
    it(`does not flag ${what}`, () => {
      expect(flagged(text, terms)).toEqual([]);
    });
  }
});
