// One finding a story for the details that identify a patient together: its parts are the details,
// each with its own fix; a name keeps its own finding; ordinary words alone are not parts.
import { describe, expect, it } from "vitest";
import { analyze } from "../index.js";
import { findingSchema, type Finding } from "../types.js";

const RULE = "privacy/patient-details";

function combined(text: string): Finding[] {
  return analyze(text).findings.filter((f) => f.ruleId === RULE);
}

function partTexts(f: Finding | undefined): string[] {
  return (f?.parts ?? []).map((p) => p.text);
}

describe("combination of a story's details", () => {
  it("gives one warning listing the details of a French care story, and keeps the name's own error", () => {
    const text = "Cette nuit vers 2 h, M. Gagnon, 91 ans, de Saint-Siméon, ancien maire, a été admis à l'urgence de l'hôpital de La Malbaie pour une pneumonie.";
    const { findings } = analyze(text);
    const details = findings.filter((f) => f.ruleId === RULE);
    expect(details).toHaveLength(1);
    const one = details[0] as Finding;
    expect(one.severity).toBe("warning");
    expect(partTexts(one)).toEqual(expect.arrayContaining(["91 ans", "de Saint-Siméon", "maire", "pneumonie"]));
    // start/end stay the first part's, for consumers that know nothing of parts.
    expect([one.start, one.end]).toEqual([one.parts?.[0]?.start, one.parts?.[0]?.end]);
    for (const p of one.parts ?? []) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(one.fix).toBeUndefined();
    expect(findings.filter((f) => f.ruleId === "privacy/person-name").map((f) => text.slice(f.start, f.end))).toEqual(["M. Gagnon"]);
    expect(() => findingSchema.parse(one)).not.toThrow();
  });

  it("gives each part its own fix where the detail has one", () => {
    const text = "Un pêcheur de 58 ans de Rimouski a été admis hier soir aux soins intensifs.";
    const one = combined(text)[0];
    const town = one?.parts?.find((p) => p.text === "de Rimouski");
    expect(town?.fix?.replacement).toBeTruthy();
    expect(town?.fix?.start).toBe(town?.start);
    const age = one?.parts?.find((p) => p.text.includes("58 ans"));
    expect(age).toBeDefined();
  });

  it("gives one warning listing the details of an English care story", () => {
    const text = "Last night a 79-year-old retired lighthouse keeper from Gaspé came to our ER with a broken hip.";
    const details = combined(text);
    expect(details).toHaveLength(1);
    expect(partTexts(details[0])).toEqual(["Last night", "79-year-old", "retired lighthouse keeper from Gaspé", "broken hip"]);
  });

  it("lists an ordinary word as a part when the story holds a strong detail", () => {
    const parts = partTexts(combined("Ce matin, une dame de 94 ans de Kamouraska est arrivée avec une pneumonie.")[0]);
    expect(parts).toEqual(expect.arrayContaining(["Ce matin", "pneumonie"]));
  });

  it("does not underline ordinary words when nothing else in the story identifies anyone", () => {
    expect(combined("Une patiente est venue ce matin à la clinique pour une pneumonie.")).toEqual([]);
    expect(combined("This morning a man came to the clinic with a cancer scare; he is fine.")).toEqual([]);
  });

  it("gives two stories told in two paragraphs two findings (English too)", () => {
    const en = "A 93-year-old woman from Chelsea came in last night after a fall.\nA 38-year-old firefighter from Shawinigan was admitted this morning.";
    expect(combined(en)).toHaveLength(2);
  });

  it("gives two stories told in two paragraphs two findings", () => {
    const text = "Une dame de 92 ans de Tadoussac est arrivée hier soir en ambulance.\n\nUn homme de 45 ans, pompier de Matane, a été admis ce matin aux soins intensifs.";
    const details = combined(text);
    expect(details).toHaveLength(2);
    const [first, second] = details as [Finding, Finding];
    expect(first.group).not.toBe(second.group);
    expect(partTexts(first)).toEqual(["de 92 ans", "de Tadoussac", "hier soir"]);
    expect(partTexts(second)).toEqual(["de 45 ans", "pompier", "de Matane", "ce matin", "soins intensifs"]);
  });

  it("keeps one story across a paragraph that goes on about the same patient", () => {
    const text = "Une patiente de 88 ans est arrivée en ambulance hier soir.\n\nElle habite seule à Saint-Pacôme depuis la mort de son mari.";
    const details = combined(text);
    expect(details).toHaveLength(1);
    expect(partTexts(details[0])).toEqual(["de 88 ans", "hier soir", "habite seule à Saint-Pacôme", "son mari"]);
  });

  it("leaves a single detail as a plain finding, with its fix", () => {
    const text = "Une patiente de 97 ans est passée à la clinique.";
    const details = analyze(text).findings.filter((f) => f.category === "patient-privacy");
    expect(details).toHaveLength(1);
    expect(details[0]?.parts).toBeUndefined();
    expect(text.slice(details[0]?.start, details[0]?.end)).toContain("97 ans");
    expect(details[0]?.fix).toBeDefined();
  });
});
