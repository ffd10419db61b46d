// The playground's sample drafts, checked without a browser: each language's samples show all six
// categories (each sample the categories it is written for), the clean one stays clean of errors,
// and none repeats a sentence of the labelled corpora (they were written for the page).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyzer/index.js";
import { CATEGORIES } from "../../src/analyzer/types.js";
import { SAMPLES, firstSample } from "../../src/playground/samples.js";

const textOf = (s: (typeof SAMPLES)[number]) => s.paragraphs.join("\n");

describe("the playground's sample drafts", () => {
  for (const lang of ["fr", "en"] as const) {
    it(`show all six categories in ${lang === "fr" ? "French" : "English"}, each sample its own`, () => {
      const samples = SAMPLES.filter((s) => s.lang === lang);
      expect(samples.filter((s) => s.shows.length > 0).length).toBeGreaterThanOrEqual(3);
      const seen = new Set<string>();
      for (const sample of samples) {
        const analysis = analyze(textOf(sample), { platform: "other", uiLanguage: lang });
        expect(analysis.language, sample.id).toBe(lang);
        const categories = new Set(analysis.findings.map((f) => f.category));
        for (const c of sample.shows) expect([...categories], `${sample.id} shows ${c}`).toContain(c);
        if (sample.shows.length === 0) expect(analysis.findings.filter((f) => f.severity === "error"), sample.id).toEqual([]);
        for (const c of categories) seen.add(c);
      }
      expect([...seen].sort()).toEqual([...CATEGORIES].sort());
    });
  }

  it("have unique ids and open on a sample in the UI language", () => {
    expect(new Set(SAMPLES.map((s) => s.id)).size).toBe(SAMPLES.length);
    expect(firstSample("fr").lang).toBe("fr");
    expect(firstSample("en").lang).toBe("en");
  });

  it("repeat no sentence of the labelled corpora", () => {
    const corpus = ["dev.jsonl", "holdout.jsonl"]
      .map((f) => {
        try {
          return readFileSync(new URL(`../fixtures/${f}`, import.meta.url), "utf8");
        } catch {
          return "";
        }
      })
      .join("\n")
      .toLowerCase();
    for (const sample of SAMPLES) {
      for (const sentence of textOf(sample).split(/(?<=[.!?])\s+|\n/)) {
        if (sentence.trim().length < 25) continue;
        expect(corpus.includes(sentence.trim().toLowerCase()), `${sample.id}: ${sentence}`).toBe(false);
      }
    }
  });
});
