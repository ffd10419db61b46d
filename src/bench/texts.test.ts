import { describe, expect, it } from "vitest";
import { countWords, repeatedShare, variedSizes } from "./texts.js";

/** `n` distinct paragraphs of ten words each. */
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `Paragraphe ${i} : la clinique ouvre le samedi matin pour tous.`);

describe("benchmark drafts from varied text", () => {
  it("reach each size, with several distinct drafts when the text allows", () => {
    const sizes = variedSizes(paragraphs(2500));
    expect(sizes.map((s) => s.name)).toEqual(["280 characters", "300 words", "2,000 words", "20,000 words"]);
    for (const d of sizes[0]!.drafts) expect(d.length).toBeLessThanOrEqual(280);
    for (const s of sizes.slice(1)) for (const d of s.drafts) expect(countWords(d)).toBe(Number(s.name.replace(/\D/g, "")));
    expect(new Set(sizes[2]!.drafts).size).toBe(sizes[2]!.drafts.length);
    expect(sizes[2]!.drafts.length).toBeGreaterThan(1);
  });

  it("repeat no paragraph at 20,000 words when there is enough text", () => {
    const [, , , big] = variedSizes(paragraphs(2500));
    const lines = big!.drafts[0]!.split("\n").filter(Boolean);
    expect(new Set(lines).size).toBe(lines.length);
    expect(big!.repeated).toBe(0);
  });

  it("number the paragraphs that come round again, so that each is analysed, and report their share", () => {
    const [, , , big] = variedSizes(paragraphs(500));
    const lines = big!.drafts[0]!.split("\n").filter(Boolean);
    expect(new Set(lines).size).toBe(lines.length);
    expect(big!.repeated).toBeGreaterThan(0.7);
    expect(big!.repeated).toBeLessThan(0.8);
  });

  it("count the repeated share of numbered repeats", () => {
    expect(repeatedShare(["un deux\n\ntrois quatre\n\nun deux (2)"])).toBeCloseTo(3 / 7);
    expect(repeatedShare(["un deux\n\ntrois quatre"])).toBe(0);
  });
});
