import { describe, expect, it } from "vitest";
import { ParagraphMemo } from "./paragraph-memo.js";

describe("ParagraphMemo", () => {
  it("computes once for the paragraph being analysed", () => {
    const memo = new ParagraphMemo<object, number>();
    const p = {};
    let calls = 0;
    const compute = () => ++calls;
    expect(memo.get(p, compute)).toBe(1);
    expect(memo.get(p, compute)).toBe(1);
    expect(calls).toBe(1);
  });

  it("forgets a paragraph once the next one is asked for, and computes it again if it comes back", () => {
    const memo = new ParagraphMemo<{ n: number }, number>();
    const a = { n: 1 };
    const b = { n: 2 };
    const seen: number[] = [];
    const compute = (p: { n: number }) => (seen.push(p.n), p.n * 10);
    expect(memo.get(a, compute)).toBe(10);
    expect(memo.get(b, compute)).toBe(20);
    expect(memo.get(a, compute)).toBe(10);
    expect(seen).toEqual([1, 2, 1]);
  });

  it("remembers falsy values", () => {
    const memo = new ParagraphMemo<object, boolean>();
    const p = {};
    let calls = 0;
    const compute = () => (calls++, false);
    memo.get(p, compute);
    memo.get(p, compute);
    expect(calls).toBe(1);
  });
});
