import { describe, expect, it } from "vitest";
import type { Finding } from "../../analyzer/types.js";
import { diffTexts, rebaseFindings } from "./rebase.js";

function at(text: string, flagged: string, extra: Partial<Finding> = {}): Finding {
  const start = text.indexOf(flagged);
  return { ruleId: "privacy/file-number", category: "patient-privacy", severity: "error", start, end: start + flagged.length, message: "m", recommendation: "r", ...extra };
}

describe("rebasing findings onto an edited text", () => {
  const text = "Son dossier no 552190 est ouvert. Prenez 400 mg.";
  const findings = [at(text, "dossier no 552190"), at(text, "Prenez 400 mg")];

  it("finds the single changed region", () => {
    expect(diffTexts("abc", "abc")).toBeNull();
    expect(diffTexts("abcdef", "abXYdef")).toEqual({ start: 2, oldEnd: 3, newEnd: 4 });
  });

  it("shifts findings after an insertion before them", () => {
    const edited = `Hier, ${text}`;
    const moved = rebaseFindings(findings, text, edited);
    expect(moved.map((f) => edited.slice(f.start, f.end))).toEqual(["dossier no 552190", "Prenez 400 mg"]);
  });

  it("keeps findings before the edit and drops the one the edit touches", () => {
    const edited = text.replace("552190", "5521");
    const moved = rebaseFindings(findings, text, edited);
    expect(moved.map((f) => edited.slice(f.start, f.end))).toEqual(["Prenez 400 mg"]);
  });

  it("keeps an end-of-text insertion fix at the end", () => {
    const f = at(text, "Prenez 400 mg", { fix: { start: text.length, end: text.length, replacement: " Info générale.", label: "Ajouter" } });
    const edited = `${text} Merci`;
    const [moved] = rebaseFindings([f], text, edited);
    expect(moved?.fix).toMatchObject({ start: edited.length, end: edited.length });
  });

  it("moves a combination finding's parts, drops the part an edit touches and keeps the rest", () => {
    const story = "Une dame de 91 ans de Sutton, ancienne mairesse, est arrivée hier soir.";
    const part = (flagged: string, fix?: string) => {
      const start = story.indexOf(flagged);
      const end = start + flagged.length;
      return { start, end, text: flagged, ...(fix ? { fix: { start, end, replacement: fix, label: "Corriger" } } : {}) };
    };
    const parts = [part("de 91 ans", "dans la quatre-vingt-dizaine"), part("de Sutton"), part("mairesse"), part("hier soir", "récemment")];
    const f = at(story, "de 91 ans", { ruleId: "privacy/patient-details", severity: "warning", parts });
    const edited = story.replace("de 91 ans", "âgée").replace("Une dame", "Ma patiente");
    const [moved] = rebaseFindings([f], story, edited);
    expect(moved?.parts?.map((p) => edited.slice(p.start, p.end))).toEqual(["de Sutton", "mairesse", "hier soir"]);
    expect(edited.slice(moved!.start, moved!.end)).toBe("de Sutton");
    const late = moved?.parts?.[2];
    expect(late?.fix && edited.slice(late.fix.start, late.fix.end)).toBe("hier soir");
    // Every part edited away: the finding goes.
    expect(rebaseFindings([f], story, "Bonne journée")).toEqual([]);
  });
});
