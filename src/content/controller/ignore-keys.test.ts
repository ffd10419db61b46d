import { describe, expect, it } from "vitest";
import { IgnoreList, ignoreKey } from "./ignore-keys.js";

const finding = (ruleId: string, text: string, flagged: string) => {
  const start = text.indexOf(flagged);
  return { ruleId, start, end: start + flagged.length };
};

describe("ignore keys", () => {
  it("keys a finding by rule and flagged text, not by offset", () => {
    const before = "Son dossier no 552190 est ouvert.";
    const after = "Hier soir, son dossier no 552190 est resté ouvert.";
    expect(ignoreKey(finding("privacy/file-number", before, "dossier no 552190"), before)).toBe(
      ignoreKey(finding("privacy/file-number", after, "dossier no 552190"), after),
    );
  });

  it("keeps an ignored finding ignored after an edit elsewhere", () => {
    const list = new IgnoreList();
    const text = "Son dossier no 552190 est ouvert.";
    list.add(finding("privacy/file-number", text, "dossier no 552190"), text);
    const edited = `Bonjour. ${text} Merci.`;
    expect(list.has(finding("privacy/file-number", edited, "dossier no 552190"), edited)).toBe(true);
  });

  it("does not ignore another rule on the same words, nor other words of the same rule", () => {
    const list = new IgnoreList();
    const text = "dossier no 552190 et dossier no 771234";
    list.add(finding("privacy/file-number", text, "dossier no 552190"), text);
    expect(list.has(finding("privacy/other", text, "dossier no 552190"), text)).toBe(false);
    expect(list.has(finding("privacy/file-number", text, "dossier no 771234"), text)).toBe(false);
  });

  it("ignores case and spacing differences in the flagged text", () => {
    const a = "Dossier  no 552190";
    const b = "dossier no 552190";
    expect(ignoreKey({ ruleId: "r", start: 0, end: a.length }, a)).toBe(ignoreKey({ ruleId: "r", start: 0, end: b.length }, b));
  });

  it("forgets everything on clear (a new draft)", () => {
    const list = new IgnoreList();
    list.add({ ruleId: "r", start: 0, end: 3 }, "abc");
    list.clear();
    expect(list.size).toBe(0);
  });

  it("ignores a combination finding as a whole, keyed by all its parts", () => {
    const text = "Une dame de 91 ans de Sutton est arrivée hier soir.";
    const part = (flagged: string) => ({ ...finding("privacy/patient-details", text, flagged), text: flagged });
    const group = { ruleId: "privacy/patient-details", start: text.indexOf("de 91 ans"), end: text.indexOf("de 91 ans") + 9, parts: [part("de 91 ans"), part("de Sutton"), part("hier soir")] };
    const list = new IgnoreList();
    list.add(group, text);
    expect(list.has(group, text)).toBe(true);
    expect(list.entries()[0]?.excerpt).toBe("de 91 ans · de Sutton · hier soir");
    // The first part alone, as another finding, is not the ignored group.
    expect(list.has(finding("privacy/patient-details", text, "de 91 ans"), text)).toBe(false);
  });
});
