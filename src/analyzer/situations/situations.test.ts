import { describe, expect, it } from "vitest";
import { analyze, ruleIds, spansOf } from "../index.js";
import { CATEGORIES } from "../constants.js";
import { paragraphFeatures, wordsOf } from "./features.js";
import { checkSituationModel, SituationModel, situationModel, type SituationModelFile } from "./model.js";
import { WINDOW_WORDS } from "./windows.js";

function tinyModel(weights: Record<string, number[]>, overrides: Partial<SituationModelFile> = {}): SituationModel {
  const keys = Object.keys(weights);
  return new SituationModel({
    note: "test",
    source: "test",
    trainedOn: ["test"],
    drafts: 1,
    categories: [...CATEGORIES],
    bias: CATEGORIES.map(() => -2),
    scales: CATEGORIES.map(() => 0.1),
    threshold: CATEGORIES.map(() => 0.5),
    demoteBelow: CATEGORIES.map(() => 0),
    features: keys.join(" "),
    weights: Buffer.from(Int8Array.from(keys.flatMap((k) => (weights[k] as number[]).map((w) => Math.round(w * 10)))).buffer).toString("base64"),
    ...overrides,
  });
}

describe("situation features", () => {
  it("reads words, five-letter stems and adjacent pairs of the folded text", () => {
    const f = paragraphFeatures("vaccins pour tous");
    expect([...f].sort()).toEqual(["b:pour_tous", "b:vaccins_pour", "s:vacci", "u:pour", "u:tous", "u:vaccins"].sort());
  });
  it("keeps each word's offsets", () => {
    expect(wordsOf("ab, 12h30").map((w) => [w.word, w.start, w.end])).toEqual([
      ["ab", 0, 2],
      ["12h30", 4, 9],
    ]);
  });
});

describe("situation model", () => {
  it("sums the weights of known features over the square root of their number", () => {
    const m = tinyModel({ "u:a": [1, 0, 0, 0, 0, 0], "u:b": [3, 0, 0, 0, 0, 0] });
    const sums = new Float64Array(6);
    expect(m.rowOf("u:zzz")).toBe(-1);
    m.addRow(m.rowOf("u:a"), sums);
    m.addRow(m.rowOf("u:b"), sums);
    expect(sums[0]).toBeCloseTo(4);
    expect(m.probability(0, 4, 4)).toBeCloseTo(1 / (1 + Math.exp(-(-2 + 4 / 2))));
  });
  it("rejects a file whose weights do not match its features", () => {
    expect(() => tinyModel({ "u:a": [1, 0, 0, 0, 0, 0] }, { weights: "AQID" })).toThrow(/weights and features disagree/);
    expect(() => checkSituationModel({ note: "x" })).toThrow();
  });
  it("ships a valid model trained on the project's labelled drafts", () => {
    expect(() => checkSituationModel()).not.toThrow();
    const m = situationModel();
    expect(m.categories).toEqual([...CATEGORIES]);
    for (const t of m.threshold) expect(t).toBeGreaterThan(0);
  });
});

describe("situation rules", () => {
  it("report a care story told without the word patient, with its details as the parts of one finding", () => {
    const text =
      "Nuit difficile à l'urgence de Gaspé. Le vieux pêcheur du quai, 84 ans, celui qui vend ses homards devant l'église, est arrivé en arrêt vers 3 h 10. On l'a perdu à 4 h. Sa fille Ginette est arrivée trop tard.";
    const f = analyze(text, { lang: "fr" }).findings.filter((x) => x.category === "patient-privacy" && x.severity !== "info");
    expect(f.length).toBeGreaterThan(0);
    const underlined = f.flatMap((x) => spansOf(x).map((p) => text.slice(p.start, p.end)));
    expect(underlined.some((u) => u.includes("84"))).toBe(true);
    // The hour of care is a part too, not only names and numbers.
    expect(underlined.some((u) => /3 h 10|4 h/.test(u))).toBe(true);
  });
  it("do not report a political post that names a person and a town", () => {
    const text = "Grosse foule à Rimouski ce soir pour le rassemblement de Julie Tremblay, candidate dans Matane. Devinez qui va gagner 😉 #polqc";
    expect(analyze(text, { lang: "fr" }).findings.filter((x) => x.ruleId.endsWith("/situation"))).toEqual([]);
  });
  it("name the words that weighed in the trace, never in the message (the extension keeps messages)", () => {
    const text = "Envoyez-moi en privé une photo de votre éruption et vos résultats de prise de sang, je vais vous dire quoi prendre.";
    const f = analyze(text, { lang: "fr", explain: true }).findings.find((x) => x.ruleId === "relationship/situation");
    expect(f).toBeDefined();
    expect(f?.trace?.[1]).toMatch(/^words: \S/);
    for (const word of ["Envoyez", "privé", "éruption", "prendre"]) expect(f?.message).not.toContain(word);
    expect(f?.trace?.[0]).toMatch(/^situation model: [01]\.\d\d ≥ 0\.\d+$/);
  });
  it("leave clinical advice alone when the draft carries a general-information notice", () => {
    const advice = "@lucie pour ta fille de 4 ans, donne-lui l'ibuprofène aux 6 heures et si la fièvre continue demain, ce n'est pas nécessaire de consulter.";
    const notice = "\n\nInformation générale seulement : ceci ne remplace pas une consultation.";
    // The other clinical-advice rules are off: their findings would merge with this one's card.
    const disabledRules = ruleIds().filter((id) => id.startsWith("clinical-advice/") && id !== "clinical-advice/situation");
    const rule = (t: string) => analyze(t, { lang: "fr", disabledRules }).findings.filter((x) => x.ruleId === "clinical-advice/situation");
    expect(rule(advice).length).toBeGreaterThan(0);
    expect(rule(advice + notice)).toEqual([]);
  });
  it("read a long post window by window, not as one bag of words", () => {
    const filler = "Nous avons marché longtemps au bord du fleuve avec les enfants et le chien. ".repeat(8);
    const paragraphs = Array.from({ length: 6 }, () => filler.trim());
    const words = paragraphs.join(" ").split(/\s+/).length;
    expect(words).toBeGreaterThan(2 * WINDOW_WORDS);
    expect(analyze(paragraphs.join("\n\n"), { lang: "fr" }).findings.filter((x) => x.ruleId.endsWith("/situation"))).toEqual([]);
  });
});

describe("demotion of unlikely warnings", () => {
  it("shows a phrase rule's warning as a tip where the model finds its category very unlikely, never an error", async () => {
    const { demoteUnlikely } = await import("./confirm.js");
    const { factsOf } = await import("./windows.js");
    const m = tinyModel({ "u:merci": [-9, 0, 0, 0, 0, 0] }, { demoteBelow: [0.05, 0, 0, 0, 0, 0], bias: [0, 0, 0, 0, 0, 0], scales: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1] });
    const text = "merci Julie";
    const reading = { text, folded: text, sentences: [{ start: 0, end: text.length, tokenStart: 0, tokenEnd: 2, lang: "fr" as const }], lang: "fr" as const, signals: new Map() };
    const paragraph = { ...reading, offset: 0, facts: () => factsOf(m, reading) as never };
    const base = { category: "patient-privacy" as const, start: 6, end: 11, message: "m", recommendation: "r" };
    const findings = [
      { ...base, ruleId: "privacy/person-name", severity: "warning" as const },
      { ...base, ruleId: "privacy/person-name", severity: "error" as const },
      { ...base, ruleId: "privacy/situation", severity: "warning" as const },
    ];
    demoteUnlikely(findings, () => [paragraph], (id) => id === "privacy/person-name", m);
    expect(findings.map((f) => f.severity)).toEqual(["info", "error", "warning"]);
  });
});
