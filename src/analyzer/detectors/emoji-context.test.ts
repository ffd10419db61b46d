import { describe, expect, it } from "vitest";
import { Engine } from "../engine.js";
import type { Recommendation, RuleSet } from "../rules/schema.js";
import emojiContext, { emojiContextParamsSchema } from "./emoji-context.js";

const recs: Recommendation[] = [
  { id: "r", title: { fr: "T", en: "T" }, text: { fr: "x", en: "x" }, reportSection: "s", articles: ["CP 59.2"], checklist: false },
];
const msg = { fr: "m", en: "m" };

function engineWith(params: unknown): Engine {
  const set = {
    id: "professionalism",
    category: "professionalism",
    description: msg,
    families: {
      person: { note: "n", any: ["monsieur", "patient", "guy"] },
      setting: { note: "n", any: ["urgence", "er", "triage"] },
    },
    signals: [],
    rules: [
      { id: "professionalism/t", detector: "emoji-context", severity: "warning", recommendation: "r", message: msg, note: "n", params, examples: { invalid: [{ text: "x" }], valid: ["y"] } },
    ],
  } as unknown as RuleSet;
  return new Engine([set], recs, new Map([["emoji-context", emojiContext as never]]));
}

const mocking = engineWith({ emoji: ["😂", "🤦"], context: [["@person"], ["@setting"]], within: "paragraph", unless: ["(ma fille|my son)"], span: "context" });
const stars = engineWith({ emoji: ["⭐", "★"], minRun: 4 });
const camera = engineWith({ emoji: ["📸"], context: [["(mid surgery|au bloc)"]], within: "near" });
const drinks = engineWith({ emoji: ["🍷", "🍺"], context: [["(de garde|on call)"]], within: "near", unless: ["(après|after|off)"] });

function spans(engine: Engine, text: string): string[] {
  return engine.analyze(text).findings.map((f) => text.slice(f.start, f.end));
}

describe("emoji-context", () => {
  const flags: Array<[string, Engine, string, string[]]> = [
    ["flags a laughing emoji after an ER anecdote about a patient", mocking, "Monsieur arrive à l'urgence pour une écharde 😂", ["Monsieur"]],
    ["flags a face-palm with a gender sign and a skin tone", mocking, "This guy at triage again 🤦🏽‍♀️", ["guy"]],
    ["flags a row of five stars, with or without VS16", stars, "« Enfin écoutée! » ⭐️⭐️⭐️⭐️⭐️", ["⭐️⭐️⭐️⭐️⭐"]],
    ["flags a row of outline stars separated by spaces", stars, "Best clinic ★ ★ ★ ★ ★", ["★ ★ ★ ★ ★"]],
    ["flags a camera emoji trailing the sentence it captions", camera, "Us two, mid-surgery, gloves on. 📸", ["📸"]],
    ["flags a glass of wine shown while on call", drinks, "De garde jusqu'au matin 🍷🍷", ["🍷🍷"]],
  ];
  const clean: Array<[string, Engine, string]> = [
    ["does not flag a laughing emoji about the author's child", mocking, "Ma fille m'attendait après l'urgence avec un dessin 😂"],
    ["does not flag a laughing emoji with no care setting", mocking, "Ce monsieur au marché m'a vendu des tomates géantes 😂"],
    ["does not flag an ER anecdote without any emoji", mocking, "Un monsieur est arrivé à l'urgence pour une écharde."],
    ["does not flag a run of stars shorter than the minimum", stars, "Bravo à l'équipe ⭐⭐⭐"],
    ["does not flag a camera emoji far from any care scene", camera, "📸 Souper d'équipe. Belle soirée. Merci à tous. On a mangé au bloc de glace."],
    ["does not flag a camera emoji at a party", camera, "Holiday party with the surgery team 📸"],
    ["does not flag a beer after the call is over", drinks, "Finally off call, cold one in hand 🍺"],
  ];
  for (const [name, engine, text, expected] of flags) it(name, () => expect(spans(engine, text)).toEqual(expected));
  for (const [name, engine, text] of clean) it(name, () => expect(spans(engine, text)).toEqual([]));

  it("exposes the listed emoji as triggers, so paragraphs without them are skipped", () => {
    const runner = emojiContext.create(emojiContextParamsSchema.parse({ emoji: ["⭐️", "★"], minRun: 4 }), {
      ruleId: "t",
      ruleSetId: "t",
      families: new Map() as never,
      patternIn: () => {
        throw new Error("no patterns");
      },
      pattern: () => {
        throw new Error("no patterns in this rule");
      },
    });
    expect([...(runner.triggers?.words ?? [])]).toEqual(["⭐", "★"]);
  });

  it("rejects params with an empty emoji list", () => {
    expect(emojiContextParamsSchema.safeParse({ emoji: [] }).success).toBe(false);
  });
});
