// Case and accent folding. `foldSameLength` keeps one UTF-16 unit per unit so that a match in the
// folded view has the same offsets in the original; `foldWord` may expand ligatures (œ → oe) and is
// used only on tokens, which carry their own offsets.

const APOSTROPHES = /[\u2019\u2018\u02BC\u2032`´]/g;

function foldUnit(ch: string): string {
  const lower = ch.toLowerCase();
  if (lower.length !== 1) return ch;
  const code = lower.charCodeAt(0);
  if (code < 0x80) return lower;
  switch (lower) {
    case "\u2019": case "\u2018": case "\u02bc": case "\u2032": case "`": case "´": return "'";
    case "\u00a0": case "\u202f": case "\u2007": case "\u2009": case "\u200a": case "\u2002": case "\u2003": return " ";
    case "\u2010": case "\u2011": case "\u2012": case "\u2013": case "\u2212": return "-";
    case "œ": return "o";
    case "æ": return "a";
    default: {
      const base = lower.normalize("NFD").charAt(0);
      return base.length === 1 && base.charCodeAt(0) < 0x80 ? base : lower;
    }
  }
}

/** Lower-case, accent-free view of `text` with exactly the same length (offsets carry over). */
export function foldSameLength(text: string): string {
  // ASCII units are lower-cased natively; the others (accents, curly quotes) are folded one by one
  // and spliced in. `toLowerCase` keeps every unit in place unless one grows ("İ"): the length
  // tells, and such text is folded unit by unit.
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return foldUnitByUnit(text);
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    out += lower.slice(from, i) + foldedUnitAt(text, i);
    from = i + 1;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

/** Folded units by UTF-16 code, for the non-ASCII units met (a draft uses few: its accents). */
const FOLDED_UNITS = new Map<number, string>();

function foldedUnitAt(text: string, i: number): string {
  const code = text.charCodeAt(i);
  let unit = FOLDED_UNITS.get(code);
  if (unit === undefined) {
    unit = String.fromCharCode(foldUnit(text.charAt(i)).charCodeAt(0));
    if (FOLDED_UNITS.size < 4096) FOLDED_UNITS.set(code, unit);
  }
  return unit;
}

/** `foldSameLength`, one unit at a time (the reference the fast path is tested against). */
export function foldUnitByUnit(text: string): string {
  // Unit by unit into a code buffer (string concatenation would build a rope of one-character
  // pieces); plain ASCII letters are lower-cased without a look-up.
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) codes[i] = c >= 65 && c <= 90 ? c + 32 : c;
    else codes[i] = foldUnit(text.charAt(i)).charCodeAt(0);
  }
  // `apply` reads the typed array as an array-like; a spread would walk it with an iterator,
  // allocating a result object per character.
  const fromCodes = String.fromCharCode as (...codes: number[]) => string;
  let out = "";
  for (let i = 0; i < codes.length; i += 8192) out += fromCodes.apply(null, codes.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

const INCLUSIVE_DOT = /[·⋅‧]/;

/** Quebec inclusive writing ("patient·e·s", "fatigué·e", "tou·te·s") folds to the base form with
 *  its plural mark ("patients", "fatigue", "tous"), so word families need one entry. */
export function collapseInclusive(word: string): string {
  if (!INCLUSIVE_DOT.test(word)) return word;
  const parts = word.split(/[·⋅‧]/);
  const last = parts[parts.length - 1] ?? "";
  return (parts[0] ?? "") + (parts.length > 1 && /^[sx]$/i.test(last) ? last : "");
}

/** Folds one word for dictionary look-up: lower case, no accents, ligatures expanded, ’ → ',
 *  inclusive-writing suffixes collapsed. */
export function foldWord(word: string): string {
  // Most words are plain ASCII: lower-casing is all they need (the backtick is an apostrophe).
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80 || c === 0x60) {
      ascii = false;
      break;
    }
  }
  if (ascii) return word.toLowerCase();
  return collapseInclusive(word)
    .replace(APOSTROPHES, "'")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}
