// Property-based tests over the analyzer (fast-check): whatever the draft, analyze never throws,
// every offset is inside the text on a UTF-16 boundary that splits no surrogate pair, results are
// deterministic and sorted, and the paragraph cache gives what a fresh analysis gives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, defaultEngine } from "../src/analyzer/index.js";
import { Engine } from "../src/analyzer/engine.js";
import { bundledRules } from "../src/analyzer/rules/source-rules.js";
import type { Finding } from "../src/analyzer/types.js";

// Pieces that reach the rules (words they look for) mixed with hostile ones.
const pieces = [
  "patiente", "patient", "87 ans", "87-year-old", "hier soir", "last night", "à l'urgence", "in the ER", "Mme", "Gagnon", "Dre", "Tremblay",
  "dossier no 552190", "chambre 218", "lit 3", "RAMQ", "TREM 5407 1212", "514-555-0199", "H2X 1Y4", "né le 3 avril 1941",
  "prenez", "take", "400 mg", "deux fois par jour", "twice a day", "information générale", "not medical advice",
  "vaccins", "vaccines", "causent", "cause", "autisme", "autism", "ne", "pas", "mythe", "myth",
  "envoyez-moi", "send me", "DM", "en privé", "résultats garantis", "guaranteed", "rabais", "concours", "frequent flyer",
  "\n", "\n\n", " ", ".", "!", "?", "…", "«", "»", "’", "-", "·", "#santé", "@DrLee", "https://x.y/z",
  "<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "\u202e", "\u200b", "\u200d", "e\u0301", "👩🏽‍⚕️", "🇨🇦", "\ud83d", "\ude00", "\u0000", "\t",
];
const draft = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 }), fc.string({ unit: "grapheme", maxLength: 6 })), { maxLength: 40 }).map((xs) => xs.join(" "));

function wellFormed(text: string, findings: readonly Finding[]): void {
  const isLow = (i: number) => i > 0 && i < text.length && /[\udc00-\udfff]/.test(text.charAt(i)) && /[\ud800-\udbff]/.test(text.charAt(i - 1));
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
    expect(isLow(f.start) || isLow(f.end)).toBe(false);
    if (f.fix) {
      expect(f.fix.start).toBeGreaterThanOrEqual(0);
      expect(f.fix.end).toBeLessThanOrEqual(text.length);
      expect(f.fix.start).toBeLessThanOrEqual(f.fix.end);
    }
    if (i > 0) {
      const p = findings[i - 1]!;
      expect(p.start < f.start || (p.start === f.start && p.end <= f.end)).toBe(true);
    }
  }
}

const runs = Number(process.env.PROPERTY_RUNS ?? 10_000);

describe("analyzer properties", () => {
  it(`never throws and keeps offsets inside the text on code-point boundaries (${runs} drafts)`, () => {
    fc.assert(
      fc.property(draft, fc.constantFrom("fr", "en") as fc.Arbitrary<"fr" | "en">, (text, ui) => {
        const a = analyze(text, { uiLanguage: ui });
        expect(["fr", "en", "und"]).toContain(a.language);
        wellFormed(text, a.findings);
        expect(a.errors ?? []).toEqual([]);
      }),
      { numRuns: runs },
    );
  }, 600_000);

  it("is deterministic", () => {
    fc.assert(
      fc.property(draft, (text) => {
        expect(analyze(text)).toEqual(analyze(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("gives with its paragraph cache what a fresh engine gives, after any edit", () => {
    const { ruleSets, recommendations } = bundledRules();
    const warm = defaultEngine();
    fc.assert(
      fc.property(draft, draft, fc.nat(), (before, insert, at) => {
        warm.analyze(before);
        const i = before.length ? at % (before.length + 1) : 0;
        const after = before.slice(0, i) + insert + before.slice(i);
        expect(warm.analyze(after)).toEqual(new Engine(ruleSets, recommendations).analyze(after));
      }),
      { numRuns: 150 },
    );
  }, 300_000);
});

describe("hostile and odd drafts", () => {
  it("analyses empty and whitespace-only drafts to no finding", () => {
    for (const t of ["", " ", "\n\n\n", "\t \u00a0\u200b"]) expect(analyze(t).findings).toEqual([]);
  });
  it("analyses a 1 MB paste and 10,000 paragraphs without error", () => {
    const big = "Une patiente de 87 ans vue hier soir à l'urgence. Prenez 400 mg deux fois par jour. ".repeat(12_000).slice(0, 1_000_000);
    const a = analyze(big);
    wellFormed(big, a.findings);
    const many = Array.from({ length: 10_000 }, (_, i) => `Ligne ${i} : bonne journée.`).join("\n");
    expect(analyze(many).findings.filter((f) => f.severity !== "info")).toEqual([]);
  }, 120_000);
  it("treats markup in a draft as text", () => {
    const text = "<img src=x onerror=alert(1)> <script>alert('x')</script> Son dossier no 552190.";
    const a = analyze(text);
    wellFormed(text, a.findings);
    expect(a.findings.some((f) => f.category === "patient-privacy")).toBe(true);
  });
});
