import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Engine } from "./engine.js";
import { detectors } from "./detectors/registry.js";
import { defineDetector, type DetectorModule } from "./detectors/types.js";
import { parseRuleFiles } from "./rules/load.js";
import type { Recommendation, RuleSet } from "./rules/schema.js";

const recs: Recommendation[] = [
  { id: "r", title: { fr: "T", en: "T" }, text: { fr: "x", en: "x" }, reportSection: "s", articles: ["art. 20"], checklist: false },
];
const examples = { invalid: [{ text: "x" }], valid: ["y"] };
const msg = { fr: "message fr", en: "message en" };

function set(id: RuleSet["id"], rules: unknown[], extra: Partial<RuleSet> = {}): RuleSet {
  return { id, category: "clinical-advice", description: msg, families: {}, signals: [], rules, ...extra } as RuleSet;
}
const rule = (id: string, params: unknown, more: object = {}) => ({ id, detector: "phrases", severity: "warning", recommendation: "r", message: msg, note: "n", params, examples, ...more });

describe("engine", () => {
  const base = set("clinical-advice", [rule("clinical-advice/dose", { patterns: ["#num mg"], unless: [{ signal: "clinical-advice/notice", within: "document" }] }, {
    fix: { at: "end", replacement: { fr: "Avis FR.", en: "Notice EN." }, short: { fr: "Court.", en: "Short." }, label: { fr: "Ajouter", en: "Add" } },
  })], {
    signals: [{ id: "notice", note: "n", patterns: ["information générale", "general information"], examples: { present: ["information générale"], absent: ["x"] } }],
  });
  const engine = new Engine([base], recs);

  it("reports findings with offsets into the original text, sorted", () => {
    const text = "Prenez 400 mg.\nPuis 200 mg le soir.";
    const a = engine.analyze(text);
    expect(a.findings.map((f) => text.slice(f.start, f.end))).toEqual(["400 mg", "200 mg"]);
    expect(a.findings[0]).toMatchObject({ ruleId: "clinical-advice/dose", category: "clinical-advice", severity: "warning", recommendation: "r" });
  });
  it("drops a finding when a document-level signal appears in another paragraph", () => {
    expect(engine.analyze("Prenez 400 mg.\n\nCeci est de l'information générale.").findings).toEqual([]);
  });
  it("appends the fix at the end of the draft, short on X, in the draft's language", () => {
    const text = "Take 400 mg at night, you will sleep.  ";
    const [f] = engine.analyze(text).findings;
    expect(f?.fix).toMatchObject({ start: text.trimEnd().length, end: text.trimEnd().length, replacement: "\n\nNotice EN." });
    expect(engine.analyze(text, { platform: "x" }).findings[0]?.fix?.replacement).toBe("\n\nShort.");
    expect(engine.analyze(text, { disclaimer: { fr: "a", en: "Mine.", shortFr: "b", shortEn: "c" } }).findings[0]?.fix?.replacement).toBe("\n\nMine.");
  });
  it("writes messages in the UI language", () => {
    expect(engine.analyze("Prenez 400 mg.", { uiLanguage: "en" }).findings[0]?.message).toBe("message en");
  });
  it("honours rule sets, disabled rules and the allowlist", () => {
    expect(engine.analyze("Prenez 400 mg.", { ruleSets: ["privacy"] }).findings).toEqual([]);
    expect(engine.analyze("Prenez 400 mg.", { disabledRules: ["clinical-advice/dose"] }).findings).toEqual([]);
    expect(engine.analyze("Prenez 400 mg.", { allowlist: ["400 MG"] }).findings).toEqual([]);
  });
  it("explains each finding only when asked", () => {
    expect(engine.analyze("Prenez 400 mg.").findings[0]?.trace).toBeUndefined();
    expect(engine.analyze("Prenez 400 mg.", { explain: true }).findings[0]?.trace?.[0]).toMatch(/pattern: #num mg/);
  });
  it("gives an empty or blank draft no finding", () => {
    expect(engine.analyze("")).toEqual({ language: "und", findings: [] });
    expect(engine.analyze(" \n\t\n ").findings).toEqual([]);
  });
  it("re-analysing after an edit equals a fresh analysis (paragraph cache)", () => {
    const doc = Array.from({ length: 50 }, (_, i) => `Paragraphe ${i}: prenez ${i} mg.`).join("\n");
    engine.analyze(doc);
    const edited = doc.replace("Paragraphe 25: prenez 25 mg.", "Paragraphe 25: prenez 250 mg ce soir.");
    const cached = engine.analyze(edited);
    const fresh = new Engine([base], recs).analyze(edited);
    expect(cached).toEqual(fresh);
  });
  it("merges overlapping hits of one rule into one finding", () => {
    const e = new Engine([set("clinical-advice", [rule("clinical-advice/m", { patterns: ["a b c", "b c d"] })])], recs);
    const text = "a b c d";
    expect(e.analyze(text).findings.map((f) => text.slice(f.start, f.end))).toEqual(["a b c d"]);
  });
  it("makes overlapping findings of different rules one card when their set merges them", () => {
    const rules = [
      rule("clinical-advice/specific", { patterns: ["#num mg"] }),
      rule("clinical-advice/general", { patterns: ["prenez ~3 mg"] }),
      rule("clinical-advice/tip", { patterns: ["le soir"] }, { severity: "info" }),
    ];
    const merging = new Engine([set("clinical-advice", rules, { overlapping: "merge" })], recs);
    const text = "Prenez 400 mg le soir. Ensuite 200 mg.";
    const cards = merging.analyze(text, { explain: true }).findings;
    // The first rule listed speaks for the passage, over the span of both; the tip that only
    // touches it stays apart; the second dose, alone, is its own card.
    expect(cards.map((f) => [f.ruleId, text.slice(f.start, f.end)])).toEqual([
      ["clinical-advice/specific", "Prenez 400 mg"],
      ["clinical-advice/tip", "le soir"],
      ["clinical-advice/specific", "200 mg"],
    ]);
    expect(cards[0]?.trace).toEqual(expect.arrayContaining(["pattern: #num mg", "pattern: prenez ~3 mg"]));
    // Without the set's consent each rule keeps its own card.
    const separate = new Engine([set("clinical-advice", rules)], recs).analyze(text).findings;
    expect(separate.map((f) => f.ruleId)).toEqual(["clinical-advice/general", "clinical-advice/specific", "clinical-advice/tip", "clinical-advice/specific"]);
  });
  it("keeps the worse severity's rule when merged findings differ in severity", () => {
    const rules = [rule("clinical-advice/first", { patterns: ["mg"] }, { severity: "info" }), rule("clinical-advice/second", { patterns: ["#num mg"] })];
    const cards = new Engine([set("clinical-advice", rules, { overlapping: "merge" })], recs).analyze("Prenez 400 mg.").findings;
    expect(cards.map((f) => [f.ruleId, f.severity])).toEqual([["clinical-advice/second", "warning"]]);
  });
  it("adjusts severity when a condition holds", () => {
    const e = new Engine([set("clinical-advice", [rule("clinical-advice/m", { patterns: ["cure"], adjust: [{ when: { patterns: ["preliminary"], within: "sentence" }, severity: "info" }] })])], recs);
    expect(e.analyze("A preliminary cure.").findings[0]?.severity).toBe("info");
    expect(e.analyze("A cure.").findings[0]?.severity).toBe("warning");
  });
  it("keeps other rules reporting when one detector throws, and says which", () => {
    const boom: DetectorModule<unknown> = defineDetector({
      id: "boom",
      description: "throws",
      params: z.unknown(),
      create: () => ({
        detect() {
          throw new Error("kaboom");
        },
      }),
    });
    const registry = new Map(detectors);
    registry.set("boom", boom);
    const e = new Engine([set("clinical-advice", [rule("clinical-advice/dose", { patterns: ["#num mg"] }), { ...rule("clinical-advice/boom", {}), detector: "boom" }])], recs, registry);
    const a = e.analyze("Prenez 400 mg.");
    expect(a.findings.map((f) => f.ruleId)).toEqual(["clinical-advice/dose"]);
    expect(a.errors).toEqual([{ ruleId: "clinical-advice/boom", message: "kaboom" }]);
  });
  it("names the rule and the problem when a rule is wrong", () => {
    expect(() => new Engine([set("clinical-advice", [rule("clinical-advice/x", { patterns: ["(a|b"] })])], recs)).toThrow(/rules\/clinical-advice.json: clinical-advice\/x: missing "\)"/);
    expect(() => new Engine([set("clinical-advice", [{ ...rule("clinical-advice/x", {}), detector: "nope" }])], recs)).toThrow(/unknown detector "nope"/);
    expect(() => new Engine([set("clinical-advice", [rule("clinical-advice/x", { patterns: "a" })])], recs)).toThrow(/params.patterns/);
    expect(() => new Engine([set("clinical-advice", [{ ...rule("clinical-advice/x", { patterns: ["a"] }), recommendation: "zz" }])], recs)).toThrow(/unknown recommendation "zz"/);
  });
});

describe("rule files", () => {
  it("fails with the file, the JSON path and what was expected", () => {
    const broken = { "/rules/privacy.json": { id: "privacy", description: msg, rules: [{ id: "privacy/x", detector: "phrases", severity: "fatal" }] }, "/rules/recommendations.json": { recommendations: recs } };
    expect(() => parseRuleFiles(broken)).toThrow(/rules\/privacy\.json: rules\[0\]\.severity: /);
  });
  it("reports a misspelt key instead of ignoring it", () => {
    const broken = { "/rules/advertising.json": { id: "advertising", description: msg, rulez: [] } };
    expect(() => parseRuleFiles(broken)).toThrow(/rules\/advertising\.json: .*rulez/);
  });
  it("parses families on first use, and the build's check finds a malformed entry no pattern uses", () => {
    const families = { unused: { fr: ["(mal|formé"] } } as unknown as RuleSet["families"];
    const lazy = new Engine([set("clinical-advice", [rule("clinical-advice/dose", { patterns: ["#num mg"] })], { families })], recs);
    expect(lazy.analyze("Prenez 400 mg.").findings).toHaveLength(1);
    expect(() => lazy.checkFamilies()).toThrow(/rules\/clinical-advice\.json: family "@unused": missing "\)"/);
  });
});
