// Context words around a match (Presidio's context enhancer, ConText's windows): small cue lists
// written as folded word sequences ("vous joindre", "hospitalis*"), looked up in token windows
// that stay inside a sentence. Shared by the direct-identifier detectors of rules/privacy.json.
import type { ParagraphContext } from "../types.js";
import { identifierWords } from "../../privacy/identifier-words.js";

/** A cue list entry: its folded words, and the phrase as written in the list. */
export interface Cue {
  readonly words: readonly string[];
  readonly text: string;
}

/** A cue list compiled once: each entry is a sequence of folded words; "word*" is a prefix. */
export class CueList {
  readonly entries: readonly Cue[];
  /** By a token's folded word, the entries whose first word it matches, in list order: most words
   *  start none, and a paragraph's tokens are each asked about. */
  private readonly starting = new Map<string, readonly Cue[]>();

  constructor(phrases: readonly string[]) {
    this.entries = phrases.map((p) => {
      const words = p.trim().split(/\s+/);
      return { words, text: words.join(" ") };
    });
  }

  /** The entries whose first word `norm` matches. */
  startingWith(norm: string): readonly Cue[] {
    let found = this.starting.get(norm);
    if (found === undefined) {
      found = startingWith(this.entries, norm);
      if (this.starting.size >= STARTING_LIMIT) this.starting.clear();
      this.starting.set(norm, found);
    }
    return found;
  }

  /** The longest entry matching tokens from `i` (the first of equal length), or null: a keyword
   *  before an identifier ("numéro de dossier", "no"). */
  longestAt(ctx: ParagraphContext, i: number): Cue | null {
    let best: Cue | null = null;
    for (const cue of this.startingWith((ctx.tokens[i] as { norm: string }).norm)) {
      if (i + cue.words.length > ctx.tokens.length) continue;
      if (CueList.matchesAt(ctx, i, cue) && (best === null || cue.words.length > best.words.length)) best = cue;
    }
    return best;
  }

  /** Whether the entry's words match tokens from `i` (the caller checked they fit). */
  static matchesAt(ctx: ParagraphContext, i: number, cue: Cue): boolean {
    for (let k = 1; k < cue.words.length; k++) if (!wordMatches((ctx.tokens[i + k] as { norm: string }).norm, cue.words[k] as string)) return false;
    return true;
  }
}

const NO_CUES: readonly Cue[] = [];

// Out of the method (docs/PERFORMANCE.md#loops-rather-than-callbacks).
function startingWith(entries: readonly Cue[], norm: string): readonly Cue[] {
  const list = entries.filter((e) => wordMatches(norm, e.words[0] as string));
  return list.length === 0 ? NO_CUES : list;
}
/** Words remembered per list before its memo is emptied (a long session's vocabulary stays below). */
const STARTING_LIMIT = 20_000;

export function cues(...phrases: string[]): CueList {
  return new CueList(phrases);
}

function wordMatches(norm: string, want: string): boolean {
  if (want.endsWith("*")) return norm.startsWith(want.slice(0, -1));
  return norm === want;
}

/** The first cue found in tokens [from, to), written as it appears in the cue list, or null. */
export function findCue(ctx: ParagraphContext, from: number, to: number, list: CueList): string | null {
  const start = Math.max(0, from);
  const end = Math.min(ctx.tokens.length, to);
  for (let i = start; i < end; i++) {
    for (const cue of list.startingWith((ctx.tokens[i] as { norm: string }).norm)) {
      if (i + cue.words.length > end) continue;
      if (CueList.matchesAt(ctx, i, cue)) return cue.text;
    }
  }
  return null;
}

/** Token indices [first, last+1) of the tokens overlapping [start, end) (paragraph offsets). */
export function tokenSpan(ctx: ParagraphContext, start: number, end: number): [number, number] {
  let a = 0;
  while (a < ctx.tokens.length && (ctx.tokens[a] as { end: number }).end <= start) a++;
  let b = a;
  while (b < ctx.tokens.length && (ctx.tokens[b] as { start: number }).start < end) b++;
  return [a, b];
}

/** Index of the sentence holding token `i`. */
export function sentenceAt(ctx: ParagraphContext, i: number): number {
  for (let s = 0; s < ctx.sentences.length; s++) if (i < (ctx.sentences[s] as { tokenEnd: number }).tokenEnd) return s;
  return Math.max(0, ctx.sentences.length - 1);
}

export interface Windows {
  sentence: number;
  /** [from, to) of the sentence. */
  sentenceRange: [number, number];
  /** [from, to) of the previous sentence and this one. */
  withPrevious: [number, number];
  /** [from, to) of this sentence and the next one. */
  withNext: [number, number];
  before(n: number): [number, number];
  after(n: number): [number, number];
}

/** Token windows around a match at tokens [a, b). */
export function windowsAt(ctx: ParagraphContext, a: number, b: number): Windows {
  const si = sentenceAt(ctx, a);
  const s = ctx.sentences[si];
  const sStart = s?.tokenStart ?? 0;
  const sEnd = s?.tokenEnd ?? ctx.tokens.length;
  const prev = ctx.sentences[si - 1];
  const next = ctx.sentences[si + 1];
  return {
    sentence: si,
    sentenceRange: [sStart, sEnd],
    withPrevious: [prev?.tokenStart ?? sStart, sEnd],
    withNext: [sStart, next?.tokenEnd ?? sEnd],
    before: (n) => [Math.max(sStart, a - n), a],
    after: (n) => [b, Math.min(sEnd, b + n)],
  };
}

/** The language to write a fix in: the sentence's, else the paragraph's; French by default. */
export function fixLanguage(ctx: ParagraphContext, tokenIndex: number): "fr" | "en" {
  const lang = ctx.sentences[sentenceAt(ctx, tokenIndex)]?.lang ?? ctx.lang;
  return lang === "en" ? "en" : "fr";
}

// Shared cue lists. Code de déontologie, art. 20: what matters is whose detail it is — a clinic's
// own address or phone in an announcement is public; a patient's is confidential.

/** The clinic speaking about itself: announcements, opening hours, moves, events. */
export const INSTITUTIONAL = cues(...identifierWords("shared", "institutional"));

/** The author's own home: "j'habite au…", "I live at…". */
export const OWN_HOME = cues(...identifierWords("shared", "own-home"));

/** A particular person who receives care, or their home. */
export const PATIENT = cues(...identifierWords("shared", "patient"));

/** Words that make a digit string an order, invoice or reference number rather than a person's. */
export const NOT_PERSONAL_NUMBER = cues(...identifierWords("shared", "not-personal-number"));
