// Paragraphs and sentences with UTF-16 offsets into the draft.
import { isSpace as isWhiteSpace } from "./tokenize.js";

export interface Span {
  start: number;
  end: number;
}

export interface Segment extends Span {
  text: string;
}

/** Each non-blank line is a paragraph: social posts use single line breaks between blocks, and a
 *  keystroke then re-analyses one line's worth of text. */
export function splitParagraphs(text: string): Segment[] {
  const out: Segment[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10 /* \n */ || text.charCodeAt(i) === 0x2029) {
      let s = lineStart;
      let e = i;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
      lineStart = i + 1;
    }
  }
  return out;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0x202f || code === 0x200b || code === 0xfeff;
}

// Abbreviations after which a period does not end a sentence (folded, without the period).
const ABBREVIATIONS = new Set([
  "dr", "dre", "drs", "dres", "m", "mme", "mmes", "mlle", "me", "pr", "pre", "st", "ste", "mr", "mrs", "ms", "prof",
  "etc", "ex", "p", "no", "vol", "fig", "env", "approx", "vs", "min", "max", "inc", "ltd", "jr", "sr", "av", "boul", "ch",
  "e.g", "i.e", "cf", "tel", "app", "apt",
]);

/** Sentences of one paragraph, offsets relative to the paragraph (the engine reads them through
 *  tokens: no copy of each sentence's text is made). */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  // Bounded runs: a 1 MB paste of "!!!!" must stay linear.
  const re = /[.!?…]{1,8}["»”)\]]{0,3}(?=\s|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (m[0] === "." && isAbbreviation(text, m.index)) continue;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

// Module constants: a regular expression literal in a function is a new object each time it runs.
const ASCII = /^[\x00-\x7f]*$/;
const LETTER_OR_DOT = /[\p{L}.]/u;
const UPPER = /\p{Lu}/u;
const MARKS = /\p{M}/gu;

/** The longest abbreviation's length: folding never shortens a word, so a longer one is none. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  // Most sentences end on a longer word: answered without reading all of it, nor folding it.
  while (s > 0 && LETTER_OR_DOT.test(text.charAt(s - 1))) {
    if (dot - s >= LONGEST_ABBREVIATION) return false;
    s--;
  }
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 1 && UPPER.test(text.charAt(s))) return true; // an initial: "J. Tremblay"
  // Accents are dropped ("Prés."); a plain ASCII word has none to drop.
  return ABBREVIATIONS.has(ASCII.test(word) ? word : word.normalize("NFD").replace(MARKS, ""));
}

function push(out: Span[], text: string, s: number, e: number): void {
  while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
  while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

const SENTENCE_END = new Set([".", "!", "?", "…", "\n"]);

/** Whether offset `at` opens a sentence (only spaces, quotes or brackets since the last stop). */
export function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= 20; i--) {
    const c = text.charAt(i);
    if (SENTENCE_END.has(c)) return true;
    if (c !== " " && c !== "\u00a0" && c !== "«" && c !== "\"" && c !== "“" && c !== "(" && c !== "\t") return false;
  }
  return at < 20;
}
