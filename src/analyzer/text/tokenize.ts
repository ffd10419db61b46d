// Splits a paragraph into tokens with UTF-16 offsets. Patterns match on tokens, never on raw
// strings, so a phrase family compiles once and no rule needs a hand-written regular expression.
import { foldWord } from "./fold.js";
import { wordIdOf, wordIdsVersion } from "./word-ids.js";

export type TokenKind = "word" | "num" | "punct" | "url" | "email" | "handle";

export interface Token {
  /** Offsets into the text the tokenizer was given. */
  readonly start: number;
  readonly end: number;
  /** Original spelling. */
  readonly raw: string;
  /** Folded spelling used for matching. */
  readonly norm: string;
  readonly kind: TokenKind;
  /** First letter is upper case in the original. */
  readonly cap: boolean;
  /** Written as a #hashtag. */
  readonly hashtag: boolean;
  /** The id of `norm` among the words rules look for (word-ids.ts), -1 when no rule names it. */
  readonly id: number;
}

/** A token of a paragraph: where it starts, and what its spelling gives, shared by every token of
 *  that spelling. Two fields: a cached paragraph keeps half the memory a full record would, and
 *  the garbage collector, which copies the paragraphs of a draft being analysed, copies half. */
class PlacedToken implements Token {
  constructor(
    readonly start: number,
    /** The spelling's token, placed at its offset within the spelling. */
    private readonly shape: Token,
  ) {}
  get end(): number {
    return this.start + this.shape.raw.length;
  }
  get raw(): string {
    return this.shape.raw;
  }
  get norm(): string {
    return this.shape.norm;
  }
  get kind(): TokenKind {
    return this.shape.kind;
  }
  get cap(): boolean {
    return this.shape.cap;
  }
  get hashtag(): boolean {
    return this.shape.hashtag;
  }
  get id(): number {
    return this.shape.id;
  }
}

/** What a spelling gives a token, shared by every token of that spelling. */
class Shape implements Token {
  private wordId = -1;
  /** The table's version when `wordId` was looked up (-1: never). */
  private idVersion = -1;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly raw: string,
    readonly norm: string,
    readonly kind: TokenKind,
    readonly cap: boolean,
    readonly hashtag: boolean,
  ) {}
  get id(): number {
    // A word no rule named may be named by a rule compiled since: looked up again then.
    if (this.wordId < 0 && this.idVersion !== wordIdsVersion) {
      this.wordId = wordIdOf(this.norm);
      this.idVersion = wordIdsVersion;
    }
    return this.wordId;
  }
}

// French elisions split from the next word ("l'urgence" → "l'" + "urgence"); other apostrophes stay
// inside the word ("don't", "aujourd'hui").
export const ELISIONS: ReadonlySet<string> = new Set(["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"]);

// One alternation, each branch linear: no nested quantifiers, so no catastrophic backtracking.
// Sticky, and tried with `test` where a token begins: no match array is built for each token (nor
// capture groups, which would copy their text); which branch matched is read off the token itself
// (`kindOf`).
const TOKEN_RE =
  /(?:https?:\/\/[^\s<>"]+|www\.[^\s<>"]+)|[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}|@[\p{L}\p{N}_.]+|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\p{L}\p{N}])|\d+(?:[.,]\d+)*(?![\p{L}\p{N}])|#?[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*(?:[·⋅‧]\p{L}{1,6})*|\S/uy;

const URL_START = /^(?:https?:\/\/|www\.)/;
const NUMBER = /^\d[\d.,\u00a0\u202f ]*$/;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

type Branch = "url" | "email" | "handle" | "num" | "word" | "other";

/** Which branch of TOKEN_RE matched `raw` (the branches' shapes do not overlap): a URL begins with
 *  its scheme or "www.", a handle with "@", only an e-mail holds an inner "@", only a number is
 *  all ASCII digits and separators, a word holds a letter or digit; anything else is the
 *  one-character branch. */
function kindOf(raw: string): Branch {
  const c = raw.charCodeAt(0);
  if ((c === 104 || c === 119) && URL_START.test(raw)) return "url"; // h, w
  if (c === 64) return raw.length > 1 ? "handle" : "other"; // @
  if (raw.length > 2 && raw.includes("@")) return "email";
  if (c >= 48 && c <= 57 && NUMBER.test(raw)) return "num";
  // The one-character branch takes one code point (an emoji is two UTF-16 units), never a letter
  // or digit; a word holds one after its optional "#".
  if (c === 35) return raw.length > 1 ? "word" : "other"; // #
  return WORD_CHAR.test(raw) ? "word" : "other";
}

const NUM_RE = /^\d+$/;

/** Whether UTF-16 unit `c` is white space as `\s` reads it. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// Where TOKEN_RE's match at a position is plain (a word, a number, one punctuation mark), it is
// found by the loop below instead: V8 compiles a regular expression on its first use, and TOKEN_RE,
// with its Unicode classes, took a waking service worker about 12 ms; it is now compiled only for
// a draft holding an address, an e-mail, a handle, a grouped or decimal number, a hashtag or
// inclusive writing. The loop gives TOKEN_RE's answer or none (tokenize-quick.test.ts).

/** A unit's classes, for the non-ASCII units met: 1 known, 2 a letter or digit (\p{L}, \p{N}),
 *  4 a mark (\p{M}). Surrogates are left to TOKEN_RE. */
const UNIT_CLASSES = new Uint8Array(0x10000);
const LN = 2;
const MARK = 4;
const SURROGATE = 8;

function unitClass(c: number): number {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? LN : 0;
  if (c >= 0xd800 && c <= 0xdfff) return SURROGATE;
  let k = UNIT_CLASSES[c] as number;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = 1 | (LETTER_OR_DIGIT.test(ch) ? LN : WORD_CHAR.test(ch) ? MARK : 0);
    UNIT_CLASSES[c] = k;
  }
  return k;
}

/** The end of TOKEN_RE's match at `at`, or -1 (what `quickTokenEnd` is checked against). */
export function patternTokenEnd(text: string, at: number): number {
  TOKEN_RE.lastIndex = at;
  return TOKEN_RE.test(text) ? TOKEN_RE.lastIndex : -1;
}

/** An e-mail's local part beyond letters and digits: . _ % + - */
function isLocalMark(c: number): boolean {
  return c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The last run of an e-mail's local-part units scanned: its text, start and end, and whether an
 *  "@" (or a surrogate) ends it. */
let runText = "";
let runFrom = 0;
let runEnd = 0;
let runOpen = false;

/** The end of TOKEN_RE's match at `at` (not white space), or -1 where TOKEN_RE must answer. */
export function quickTokenEnd(text: string, at: number): number {
  const n = text.length;
  const c0 = text.charCodeAt(at);
  // "#" and "@" start hashtags and handles; "http://", "https://" and "www." addresses.
  if (c0 === 35 || c0 === 64) return -1;
  if ((c0 === 104 || c0 === 119) && (text.startsWith("http://", at) || text.startsWith("https://", at) || text.startsWith("www.", at))) return -1;
  const k0 = unitClass(c0);
  if (k0 & SURROGATE) return -1;
  // An e-mail: its local part runs to an "@" (the branch fails unless one follows the run).
  if (k0 & LN || isLocalMark(c0)) {
    // Each position of a run has the run's end: scanned once ("a.a.a…" holds a token a unit).
    if (text !== runText || at < runFrom || at >= runEnd) {
      let p = at;
      let open = false;
      for (; p < n; p++) {
        const c = text.charCodeAt(p);
        const k = unitClass(c);
        if (k & SURROGATE) {
          open = true;
          break;
        }
        if (!(k & LN) && !isLocalMark(c)) break;
      }
      runText = text;
      runFrom = at;
      runEnd = p;
      runOpen = open || (p < n && text.charCodeAt(p) === 64);
    }
    if (runOpen) return -1;
  }
  // One unit, neither a letter, a mark nor a digit.
  if (!(k0 & (LN | MARK))) return at + 1;
  if (isDigit(c0)) {
    let p = at + 1;
    while (p < n && isDigit(text.charCodeAt(p))) p++;
    const d = p < n ? text.charCodeAt(p) : -1;
    // A grouped number ("5 000") or a decimal one ("1,5").
    if (p - at <= 3 && (d === 32 || d === 0xa0 || d === 0x202f) && isDigit(text.charCodeAt(p + 1)) && isDigit(text.charCodeAt(p + 2)) && isDigit(text.charCodeAt(p + 3))) return -1;
    if ((d === 46 || d === 44) && p + 1 < n && isDigit(text.charCodeAt(p + 1))) return -1;
    if (d < 0) return p;
    const kd = unitClass(d);
    if (kd & SURROGATE) return -1;
    // The number, unless a letter or digit follows (then the word branch takes both).
    if (!(kd & LN)) return p;
  }
  // A word, with its apostrophes ("aujourd'hui").
  let p = at;
  for (;;) {
    for (; p < n; p++) {
      const k = unitClass(text.charCodeAt(p));
      if (k & SURROGATE) return -1;
      if (!(k & (LN | MARK))) break;
    }
    const d = p < n ? text.charCodeAt(p) : -1;
    if ((d === 39 || d === 0x2019) && p + 1 < n) {
      const k = unitClass(text.charCodeAt(p + 1));
      if (k & SURROGATE) return -1;
      if (k & (LN | MARK)) {
        p += 2;
        continue;
      }
    }
    // Inclusive writing ("patient·e·s").
    if (d === 0xb7 || d === 0x22c5 || d === 0x2027) return -1;
    return p;
  }
}

/** Where tokens are gathered before being copied out at their exact count: an array grown by
 *  pushes reallocates as it grows and keeps up to half its room unused, in every cached paragraph. */
let gathered: Token[] = [];
/** Past this many tokens (a long paste), the gathering array is let go rather than kept. */
const GATHER_KEEP = 4096;

export function tokenize(text: string): Token[] {
  const tokens = gathered;
  let count = 0;
  const n = text.length;
  let at = 0;
  while (at < n) {
    if (isSpace(text.charCodeAt(at))) {
      at++;
      continue;
    }
    // Every other character starts a token: the last branch takes any one code point.
    let end = quickTokenEnd(text, at);
    if (end < 0) {
      TOKEN_RE.lastIndex = at;
      if (!TOKEN_RE.test(text)) {
        at++;
        continue;
      }
      end = TOKEN_RE.lastIndex;
    }
    const start = at;
    at = end;
    // Whatever its place, a spelling gives the same tokens: they are worked out once.
    const { raw, shapes } = spellingAt(text, start, at);
    // A hyphen inside a compound ("donnez-lui", "Jean-Guy") is not a token: patterns read the two
    // words as adjacent. It depends on its neighbours, so it is checked at each occurrence.
    if (raw.length === 1 && isJoiningHyphen(text, start, raw)) continue;
    for (let k = 0; k < shapes.length; k++) {
      const shape = shapes[k] as Token;
      tokens[count++] = new PlacedToken(start + shape.start, shape);
    }
  }
  const out = tokens.slice(0, count);
  if (tokens.length > GATHER_KEEP) gathered = [];
  runText = "";
  return out;
}

/** A spelling met, with its tokens (offsets from its start); `next` shares its hash. */
interface Spelling {
  readonly raw: string;
  readonly shapes: readonly Token[];
  readonly next: Spelling | undefined;
}

/** The spellings met, by a hash of their UTF-16 units: a token is looked up where it stands in the
 *  text, and its text copied only the first time its spelling is met (a copy per token to key a
 *  map was a thirtieth of what a long draft allocated). */
const SPELLINGS = new Map<number, Spelling>();
let spellingCount = 0;
/** Spellings remembered before the memo is emptied (a long session's vocabulary stays well below). */
const SPELLINGS_LIMIT = 20_000;

function spellingAt(text: string, start: number, end: number): Spelling {
  // FNV-1a over the units.
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  for (let s = SPELLINGS.get(h); s !== undefined; s = s.next) if (s.raw.length === end - start && text.startsWith(s.raw, start)) return s;
  if (spellingCount >= SPELLINGS_LIMIT) {
    SPELLINGS.clear();
    spellingCount = 0;
  }
  const raw = text.slice(start, end);
  const spelling: Spelling = { raw, shapes: shapesOf(raw), next: SPELLINGS.get(h) };
  SPELLINGS.set(h, spelling);
  spellingCount++;
  return spelling;
}

/** The tokens of one match of TOKEN_RE, from offset 0. */
function shapesOf(raw: string): Token[] {
  const out: Token[] = [];
  const branch = kindOf(raw);
  if (branch === "other") out.push(make(0, raw, raw === "’" ? "'" : raw, "punct", false));
  else if (branch === "url" || branch === "email") out.push(make(0, raw, raw.toLowerCase(), branch, false));
  else if (branch === "handle") out.push(make(0, raw, foldWord(raw.slice(1)), "handle", false));
  // "5 000", "1,5", "10.5": one number token; the folded form drops group spaces.
  else if (branch === "num") out.push(make(0, raw, raw.replace(/[\u00a0\u202f ]/g, "").replace(",", "."), "num", false));
  else pushWord(out, 0, raw);
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isJoiningHyphen(text: string, at: number, raw: string): boolean {
  if (raw !== "-" && raw !== "\u2011" && raw !== "\u2010") return false;
  return LETTER_OR_DIGIT.test(text.charAt(at - 1)) && LETTER_OR_DIGIT.test(text.charAt(at + 1));
}

function pushWord(tokens: Token[], start: number, raw: string): void {
  let offset = 0;
  let word = raw;
  let hashtag = false;
  if (word.startsWith("#")) {
    hashtag = true;
    offset = 1;
    word = word.slice(1);
  }
  if (!word.includes("'") && !word.includes("’")) {
    // Most words hold no apostrophe, hence no elision to split.
    const norm = foldWord(word);
    tokens.push(make(start + offset, word, norm, NUM_RE.test(norm) ? "num" : "word", hashtag));
    return;
  }
  // Split French elisions, possibly several ("qu'il", "s'en").
  const parts = word.split(/(['’])/);
  let pos = start + offset;
  let pending = "";
  let pendingStart = pos;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? "";
    if (i % 2 === 1) {
      // apostrophe
      const before = foldWord(pending);
      if (ELISIONS.has(before)) {
        tokens.push(make(pendingStart, pending + part, before + "'", "word", hashtag));
        pos += part.length;
        pending = "";
        pendingStart = pos;
      } else {
        pending += part;
        pos += part.length;
      }
      continue;
    }
    pending += part;
    pos += part.length;
  }
  if (pending.length > 0) {
    const norm = foldWord(pending);
    tokens.push(make(pendingStart, pending, norm, NUM_RE.test(norm) ? "num" : "word", hashtag));
  }
}

function make(start: number, raw: string, norm: string, kind: TokenKind, hashtag: boolean): Token {
  const first = raw.charAt(0);
  return new Shape(start, start + raw.length, raw, norm, kind, first !== first.toLowerCase() && first === first.toUpperCase(), hashtag);
}
