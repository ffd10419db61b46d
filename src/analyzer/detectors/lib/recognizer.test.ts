// The recognizer loop on a toy identifier ("ID-" + 4 digits, valid when the digits sum to an even
// number), run through the engine: what each stage of a declaration decides.
import { describe, expect, it } from "vitest";
import { Engine } from "../../engine.js";
import type { Recommendation, RuleSet } from "../../rules/schema.js";
import type { DetectorModule } from "../types.js";
import { cues } from "./context.js";
import { asMatched, contextScore, defineIdentifier, medium, type Claims } from "./recognizer.js";

const recs: Recommendation[] = [
  { id: "r", title: { fr: "T", en: "T" }, text: { fr: "x", en: "x" }, reportSection: "s", articles: ["art. 20"], checklist: false },
];
const msg = { fr: "m", en: "m" };

const evenSum = (m: RegExpMatchArray) => ([...(m[1] as string)].reduce((s, d) => s + Number(d), 0) % 2 === 0 ? "validator: even" : null);

function toy(claims?: Claims): DetectorModule<unknown> {
  return defineIdentifier({
    id: "toy",
    description: "toy",
    prefilter: /ID-/,
    patterns: [
      { regex: /\bID-(\d{4})\b/g, read: (m) => (m[1] === "0000" ? null : m), describe: (m) => `pattern: «${m[0]}»`, validate: evenSum },
      // A second shape over the same text: what `claims` decides.
      { regex: /\b(ID-\d{2})/g, read: asMatched, describe: (m) => `pattern: short «${m[0]}»` },
    ],
    ...(claims ? { claims } : {}),
    exclude: { words: cues("commande", "order"), before: 3 },
    context: { words: cues("patient"), before: 5 },
    score: ({ context }) => contextScore(context, () => medium("no context word")),
  }) as DetectorModule<unknown>;
}

function run(text: string, claims?: Claims) {
  const set = { id: "privacy", category: "patient-privacy", description: msg, families: {}, signals: [], rules: [
    { id: "privacy/toy", detector: "toy", severity: "error", recommendation: "r", message: msg, note: "n", examples: { invalid: [{ text: "x" }], valid: ["y"] } },
  ] } as unknown as RuleSet;
  const engine = new Engine([set], recs, new Map([["toy", toy(claims)]]));
  return engine.analyze(text, { explain: true }).findings.map((f) => ({ text: text.slice(f.start, f.end), severity: f.severity, trace: f.trace }));
}

describe("recognizer", () => {
  it("writes pattern, validator, context and score lines, at the rule's severity when context raises it", () => {
    expect(run("Le patient ID-1234 est arrivé.", "found")[0]).toEqual({ text: "ID-1234", severity: "error", trace: ["pattern: «ID-1234»", "validator: even", "context: patient", "score: high"] });
  });
  it("lets the score set a severity", () => {
    expect(run("Voici ID-1234.", "found").map((f) => f.severity)).toEqual(["warning"]);
  });
  it("drops a match whose validator fails", () => {
    expect(run("Le patient ID-1235 est arrivé.", "found").map((f) => f.text)).toEqual(["ID-12"]);
  });
  it("drops a match that its reading rules out", () => {
    expect(run("Le patient ID-0000 est arrivé.", "read").map((f) => f.text)).toEqual(["ID-00"]);
  });
  it("drops a match after a word that makes it no one's number", () => {
    expect(run("Commande ID-1234 partie.")).toEqual([]);
  });
  it("does not look at a paragraph that fails the prefilter", () => {
    expect(run("Le patient 1234 est arrivé.")).toEqual([]);
  });
  it("lets a hit claim its text when claims is 'found'", () => {
    expect(run("Le patient ID-1234 est arrivé.", "found").map((f) => f.text)).toEqual(["ID-1234"]);
  });
  it("lets a match read claim its text, even when its validator fails, when claims is 'read'", () => {
    expect(run("Le patient ID-1235 est arrivé.", "read")).toEqual([]);
  });
  it("reads every match on its own without claims", () => {
    expect(run("Le patient ID-1235 est arrivé.").map((f) => f.text)).toEqual(["ID-12"]);
  });
});
