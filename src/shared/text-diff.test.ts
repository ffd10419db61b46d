import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commonPrefixLength, commonSuffixLength, diffTexts } from "./text-diff.js";

/** The obvious loops, one character at a time. */
function slowPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
function slowSuffix(a: string, b: string, limit: number): number {
  let n = 0;
  while (n < limit && n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** A long text and an edit of it: the case the page meets on every keystroke. */
const edited = fc
  .tuple(fc.string({ unit: fc.constantFrom("a", "b", "é", " ", "\n", "🙂"), minLength: 0, maxLength: 3000 }), fc.nat(), fc.nat(), fc.string({ maxLength: 40 }))
  .map(([base, at, cut, insert]) => {
    const start = base.length ? at % (base.length + 1) : 0;
    const end = Math.min(base.length, start + (cut % 50));
    return [base, base.slice(0, start) + insert + base.slice(end)] as const;
  });

describe("common prefix and suffix of two texts", () => {
  it("agree with a character-by-character comparison on edited texts", () => {
    fc.assert(
      fc.property(edited, fc.nat(4000), ([a, b], limit) => {
        expect(commonPrefixLength(a, b)).toBe(slowPrefix(a, b));
        expect(commonSuffixLength(a, b)).toBe(slowSuffix(a, b, Math.min(a.length, b.length)));
        expect(commonSuffixLength(a, b, limit)).toBe(slowSuffix(a, b, limit));
      }),
      { numRuns: 300 },
    );
  });

  it("agree on unrelated texts", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), fc.string({ maxLength: 600 }), (a, b) => {
        expect(commonPrefixLength(a, b)).toBe(slowPrefix(a, b));
        expect(commonSuffixLength(a, b)).toBe(slowSuffix(a, b, Math.min(a.length, b.length)));
      }),
    );
  });

  it("give the same region when told part of the ends are equal", () => {
    fc.assert(
      fc.property(edited, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), ([a, b], p, q) => {
        const known = { prefix: Math.floor(slowPrefix(a, b) * p), suffix: Math.floor(slowSuffix(a, b, Math.min(a.length, b.length)) * q) };
        const plain = diffTexts(a, b);
        expect(diffTexts(`${a}`, `${b}`, known)).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });

  it("give the single changed region of an edit without the two ends overlapping", () => {
    expect(diffTexts("aaaa", "aaaaa")).toEqual({ start: 4, oldEnd: 4, newEnd: 5 });
    expect(diffTexts("ab".repeat(2000), "ab".repeat(1000) + "b" + "ab".repeat(1000))).toEqual({ start: 2000, oldEnd: 2000, newEnd: 2001 });
    fc.assert(
      fc.property(edited, ([a, b]) => {
        const edit = diffTexts(a, b);
        if (a === b) {
          expect(edit).toBeNull();
          return;
        }
        const start = slowPrefix(a, b);
        const suffix = slowSuffix(a, b, Math.min(a.length, b.length) - start);
        expect(edit).toEqual({ start, oldEnd: a.length - suffix, newEnd: b.length - suffix });
      }),
      { numRuns: 300 },
    );
  });
});
