import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize.js";
import { foldSameLength, foldUnitByUnit, foldWord } from "./fold.js";
import { splitParagraphs, splitSentences } from "./segment.js";
import { detectLanguage } from "./language.js";

const norms = (s: string) => tokenize(s).map((t) => t.norm);

describe("tokenize", () => {
  it("folds case and accents and keeps offsets into the original", () => {
    const text = "Arrêtez l’Élixir";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(["arretez", "l'", "elixir"]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });
  it("splits French elisions but keeps English contractions and aujourd'hui whole", () => {
    expect(norms("qu'il s'en va aujourd'hui, don't")).toEqual(["qu'", "il", "s'", "en", "va", "aujourd'hui", ",", "don't"]);
  });
  it("reads a hyphenated compound as adjacent words", () => {
    expect(norms("Donnez-lui ça")).toEqual(["donnez", "lui", "ca"]);
  });
  it("gives a spelling the same tokens wherever it occurs, and a hyphen its place's reading", () => {
    // Spellings are worked out once and remembered: the second paragraph reuses the first's.
    const plain = (s: string) => tokenize(s).map((t) => ({ start: t.start, end: t.end, raw: t.raw, norm: t.norm, kind: t.kind, cap: t.cap, hashtag: t.hashtag }));
    const first = plain("L'Élixir — qu'il prenne #Vaccins - Jean-Guy - 5 000 mg");
    expect(plain("L'Élixir — qu'il prenne #Vaccins - Jean-Guy - 5 000 mg")).toEqual(first);
    const shifted = plain("  L'Élixir — qu'il prenne #Vaccins - Jean-Guy - 5 000 mg");
    expect(shifted).toEqual(first.map((t) => ({ ...t, start: t.start + 2, end: t.end + 2 })));
    // The lone hyphens are tokens, the one inside "Jean-Guy" is not.
    expect(first.filter((t) => t.raw === "-")).toHaveLength(2);
    for (const t of tokenize("Élixir élixir ÉLIXIR")) expect(t.norm).toBe("elixir");
  });
  it("folds Quebec inclusive writing to the base form", () => {
    expect(norms("Fatigué·e, les patient·e·s et tou·te·s")).toEqual(["fatigue", ",", "les", "patients", "et", "tous"]);
  });
  it("keeps French and English numbers whole", () => {
    const t = tokenize("5 000 UI et 1,5 mg puis 10.5 ml");
    expect(t.filter((x) => x.kind === "num").map((x) => x.norm)).toEqual(["5000", "1.5", "10.5"]);
  });
  it("does not merge a number with the letters that follow it", () => {
    expect(tokenize("q6h 24h 12B").map((t) => t.kind)).toEqual(["word", "word", "word"]);
  });
  it("gives URLs, e-mails and handles their own kinds", () => {
    const kinds = tokenize("Voir https://inspq.qc.ca/x ou info@clinique.ca, @DrLee #Vaccins").map((t) => `${t.kind}:${t.norm}`);
    expect(kinds).toEqual(["word:voir", "url:https://inspq.qc.ca/x", "word:ou", "email:info@clinique.ca", "punct:,", "handle:drlee", "word:vaccins"]);
  });
  it("tells each kind from the token's own shape, at the edges too", () => {
    const kinds = (s: string) => tokenize(s).map((t) => `${t.kind}:${t.norm}`);
    // "www" without a dot and "https" without "//" are words; a lone "@" or "#" is punctuation.
    expect(kinds("www www.x.ca https: @ # #1 @@")).toEqual(["word:www", "url:www.x.ca", "word:https", "punct::", "punct:@", "punct:#", "num:1", "punct:@", "punct:@"]);
    // Emoji are one-character punctuation, not words, whatever their UTF-16 length; digits of
    // other scripts are word characters; "1.5" before a letter splits.
    expect(kinds("😀 👍🏽 ٣ 1.5a")).toEqual(["punct:😀", "punct:👍", "punct:🏽", "word:٣", "num:1", "punct:.", "word:5a"]);
  });
  it("marks capitalised words and hashtags", () => {
    const [a, b] = tokenize("Tremblay #santé");
    expect(a?.cap).toBe(true);
    expect(b?.hashtag).toBe(true);
    expect(b?.norm).toBe("sante");
  });
  it("gives a spelling's tokens wherever it stands, and tells apart spellings of the same length", () => {
    const words = ["Mme", "mme", "MME", "l'urgence", "l’urgence", "#santé", "aa", "ab", "ba", "12,5", "@DrLee", "e\u0301"];
    const text = [...words, ...words.reverse()].join(" ");
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
    expect(tokenize("ab ba ab").map((t) => t.raw)).toEqual(["ab", "ba", "ab"]);
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 5 }), { maxLength: 30 }).map((xs) => xs.join(" ")), (t) => {
      for (const token of tokenize(t)) expect(t.slice(token.start, token.end)).toBe(token.raw);
    }));
  });
  it("tokenizes a long run without separators in linear time", () => {
    const t = tokenize("a.".repeat(50_000));
    expect(t.length).toBe(100_000);
  });
});

describe("folding", () => {
  it("keeps the same length for every UTF-16 unit, even emoji and ligatures", () => {
    for (const s of ["Œuvre Ça Ærø", "👩🏽‍⚕️ Dre", "İstanbul ß", "\u00a0x\u202f"]) expect(foldSameLength(s).length).toBe(s.length);
  });
  it("folds like the unit-by-unit reference, whatever the text (ASCII, accents, surrogates, units that lower-case longer)", () => {
    const piece = fc.oneof(fc.constantFrom("É", "à", "Ç", "’", "\u00a0", "İ", "\u212a", "ß", "Σ", "𐐀", "\ud83d", "e\u0301", "Œ", "–"), fc.string({ unit: "binary", maxLength: 6 }), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((xs) => xs.join("")), (text) => {
        expect(foldSameLength(text)).toBe(foldUnitByUnit(text));
      }),
    );
    expect(foldSameLength("Élève À L’Hôpital")).toBe("eleve a l'hopital");
  });
  it("expands ligatures for word look-up", () => {
    expect(foldWord("Œdème cœur")).toBe("oedeme coeur");
  });
});

describe("segmentation", () => {
  it("splits paragraphs on line breaks and trims them", () => {
    const p = splitParagraphs("  Un.\n\n  Deux  \r\nTrois");
    expect(p.map((x) => x.text)).toEqual(["Un.", "Deux", "Trois"]);
    expect(p[1]?.start).toBe(9);
  });
  it("does not end a sentence after a title or an initial", () => {
    const text = "La Dre. Côté et M. Roy sont là. J. Smith aussi! Fin";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "La Dre. Côté et M. Roy sont là.",
      "J. Smith aussi!",
      "Fin",
    ]);
  });
  it("reads the longest abbreviations, accented or capitalised, and ends a sentence after a longer word", () => {
    const text = "Environ 40 mg. Approx. 3 fois. Boul. St-Laurent. Médicaments. Suite";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "Environ 40 mg.",
      "Approx. 3 fois.",
      "Boul. St-Laurent.",
      "Médicaments.",
      "Suite",
    ]);
  });
  it("ends a sentence at ?, ! and …", () => {
    expect(splitSentences("Vraiment? Oui… Bon.").length).toBe(3);
  });
});

describe("language", () => {
  it("tells French from English on short posts", () => {
    expect(detectLanguage("On se voit demain à la clinique.", tokenize("On se voit demain à la clinique."))).toBe("fr");
    expect(detectLanguage("See you tomorrow at the clinic.", tokenize("See you tomorrow at the clinic."))).toBe("en");
  });
  it("answers und when there is nothing to go on", () => {
    expect(detectLanguage("🙂 42", tokenize("🙂 42"))).toBe("und");
  });
});
