// The tokenizer's quick path gives TOKEN_RE's answer wherever it answers: at every position of
// drafts made of the pieces where the two could part (addresses, e-mails, handles, grouped and
// decimal numbers, elisions, inclusive writing, marks, surrogates, every kind of space).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSpace, patternTokenEnd, quickTokenEnd, tokenize } from "./tokenize.js";

const pieces = [
  "a", "Zo", "é", "É", "e\u0301", "\u0301", "ß", "œ", "ı", "Ω", "ж", "中", "٣", "²", "½", "Ⅻ", "𝐀", "😀", "\ud800", "\udc00",
  "0", "7", "87", "123", "2024", "1", " ", "\u00a0", "\u202f", "\u2009", "\n", "\t",
  "'", "’", "·", "⋅", "‧", ".", ",", "-", "_", "%", "+", "@", "#", ":", "/", "<", ">", "\"", "(", ")", "!", "?", "«", "»", "…", "–",
  "http://", "https://", "www.", "http", "www", "h", "w", "mailto:", "x.com", "gmail.com",
];
const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 }), fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 24 }).map((xs) => xs.join(""));

function agreesEverywhere(t: string): void {
  for (let at = 0; at < t.length; at++) {
    if (isSpace(t.charCodeAt(at))) continue;
    const quick = quickTokenEnd(t, at);
    if (quick >= 0) expect(quick, JSON.stringify({ t, at })).toBe(patternTokenEnd(t, at));
  }
}

describe("the tokenizer's quick path", () => {
  it("gives TOKEN_RE's match wherever it answers", () => {
    fc.assert(fc.property(text, (t) => agreesEverywhere(t)), { numRuns: 3000 });
  });

  it("agrees on hand-picked edges", () => {
    for (const t of [
      "87 ans", "5 000 $", "5\u202f000", "1 0000", "1234 567", "1,5 mg", "3.", "19h30", "2e", "3\u0301", "a.b@c.de", "jean-guy@x.ca", "l'urgence", "aujourd’hui", "l'", "patient·e·s",
      "www.x", "www. x", "http://a", "https:x", "#tag", "@nom", "a@b", "x" + "y".repeat(70) + "@z.com", "é@x.com", "ab\u0301cd", "𝐀bc", "a𝐀", "7𝐀", "١٢٣",
    ]) agreesEverywhere(t);
  });

  it("answers for plain prose", () => {
    const t = "Ce matin, une patiente de 87 ans m’a parlé de sa fatigue. Lavez-vous les mains!";
    for (const token of tokenize(t)) expect(quickTokenEnd(t, token.start), token.raw).toBeGreaterThan(0);
  });
});
