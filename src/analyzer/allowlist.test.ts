import { describe, expect, it } from "vitest";
import { analyze } from "./index.js";

const names = (text: string, allowlist: string[]) =>
  analyze(text, { allowlist }).findings.filter((f) => f.ruleId === "privacy/person-name").map((f) => text.slice(f.start, f.end));

describe("the never-flag list", () => {
  const story = "Marie Tremblay, 84 ans, est arrivée à l'urgence avec une fracture de la hanche.";
  const titled = "J'ai vu Mme Tremblay à l'urgence hier soir, elle avait une pneumonie.";

  it("silences a name written in full as the entry writes it", () => {
    expect(names(story, [])).toEqual(["Marie Tremblay"]);
    expect(names(story, ["Marie Tremblay"])).toEqual([]);
  });

  it("does not let a surname alone silence a patient's full name", () => {
    expect(names(story, ["Tremblay"])).toEqual(["Marie Tremblay"]);
  });

  it("never silences a name a patient title introduces in a care story, whatever the entry", () => {
    expect(names(titled, ["Tremblay"])).toEqual(["Mme Tremblay"]);
    expect(names(titled, ["Mme Tremblay"])).toEqual(["Mme Tremblay"]);
  });

  it("still silences other findings where an entry overlaps them", () => {
    expect(analyze("Prenez 400 mg.", { allowlist: ["400 MG"] }).findings).toEqual([]);
  });
});
