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
});
