import { describe, expect, it } from "vitest";
import { excerptOf } from "./excerpt.js";
import { recommendationFor, rememberRecommendations } from "./recommendations.js";
import file from "../../../rules/recommendations.json";
import { STRINGS } from "./strings.js";
import { CATEGORIES, SEVERITIES } from "../../analyzer/types.js";

// What the worker sends with an analysis: the cited entries, by id (here, all of them), plus one
// malformed entry, which is dropped without hiding the others.
rememberRecommendations({ ...Object.fromEntries(file.recommendations.map((r) => [r.id, r])), broken: { id: 3 } });

describe("card text", () => {
  it("quotes the flagged passage with context cut at word boundaries", () => {
    const text = "Hier soir au travail, son dossier no 552190 est resté ouvert sur le poste de garde toute la nuit.";
    const start = text.indexOf("dossier");
    const ex = excerptOf(text, start, start + "dossier no 552190".length, 20);
    expect(ex.flagged).toBe("dossier no 552190");
    expect(ex.before.startsWith("…")).toBe(true);
    expect(text).toContain(ex.before.slice(1));
    expect(ex.after.endsWith("…")).toBe(true);
  });

  it("keeps markup-like draft text as plain characters", () => {
    const text = "<img src=x onerror=alert(1)> dossier no 552190 <script>alert(2)</script>";
    const start = text.indexOf("dossier");
    const ex = excerptOf(text, start, start + 17);
    expect(ex.before + ex.flagged + ex.after).toBe(text);
  });

  it("finds the report's recommendation in both languages", () => {
    const fr = recommendationFor("confidentiality-no-identifiers", "fr");
    const en = recommendationFor("confidentiality-no-identifiers", "en");
    expect(fr?.title).toBeTruthy();
    expect(en?.title).toBeTruthy();
    expect(fr?.title).not.toBe(en?.title);
    expect(fr?.articles.length).toBeGreaterThan(0);
    expect(recommendationFor("no-such-recommendation", "fr")).toBeNull();
  });

  it("labels every category and severity in French and English", () => {
    for (const lang of ["fr", "en"] as const) {
      for (const c of CATEGORIES) expect(STRINGS[lang].category[c]).toBeTruthy();
      for (const s of SEVERITIES) expect(STRINGS[lang].severity[s]).toBeTruthy();
    }
  });

  it("writes English without French spacing and French with its space before « : » and « ; »", () => {
    expect(STRINGS.en.codeLine(["art. 14", "art. 20"])).toBe("Code of ethics: art. 14; art. 20");
    expect(STRINGS.fr.codeLine(["art. 14", "art. 20"])).toBe("Code de déontologie : art. 14 ; art. 20");
    for (const [key, value] of Object.entries(STRINGS.en)) if (typeof value === "string") expect(value, key).not.toMatch(/ [:;!?]/);
  });

  it("says which part of the report to read", () => {
    const rec = recommendationFor("confidentiality-no-identifiers", "fr")!;
    expect(rec.reportSection).toMatch(/partie/);
    expect(STRINGS.fr.reportSection("Première partie; Deuxième partie")).toBe("À lire dans le rapport : Première partie ; Deuxième partie");
    expect(STRINGS.en.reportSection("Première partie")).toBe("Read in the report (in French): Première partie");
  });
});
