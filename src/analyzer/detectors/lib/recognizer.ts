// The loop every written identifier runs (Presidio's PatternRecognizer): its patterns found in the
// paragraph's text, each match read (a shape the expression cannot rule out drops it) and checked
// by its validator, words that make it no one's number looked for, its context words looked for,
// and a score that keeps it (with a severity) or drops it. An identifier is then a declaration:
// patterns, context words, named validators and a score (ramq-number.ts, sin-number.ts…).
import type { Triggers } from "../../patterns/matcher.js";
import type { Severity } from "../../types.js";
import { defineDetector, NO_PARAMS, type DetectorModule, type Hit, type ParagraphContext } from "../types.js";
import { findCue, tokenSpan, windowsAt, type CueList, type Windows } from "./context.js";

/** One way the identifier is written. `S` is what `read` makes of a match. */
export interface IdentifierPattern<S> {
  /** A global expression of the shape (linear: tests/redos.test.ts). */
  regex: RegExp;
  /** What the expression cannot say ("4 ASCII letters", "not an amount"): null drops the match
   *  before it claims its text. */
  read(match: RegExpMatchArray, ctx: ParagraphContext): S | null;
  /** The trace's pattern line. */
  describe(match: RegExpMatchArray, shape: S): string;
  /** The validator, three-valued: a trace line when it passes, null when it fails (the match is
   *  dropped), undefined when there is none or it says nothing. */
  validate?(shape: S, near: Near): string | null | undefined;
  /** Words that make this pattern's match someone's number (when they differ by pattern). */
  context?: ContextWords;
}

/** Where context words are looked for around a match (token windows inside its sentence). */
export interface ContextWords {
  words: CueList;
  /** Tokens before the match. */
  before?: number;
  /** Tokens after the match, looked at when none came before. */
  after?: number;
  /** In the match's sentence and the one before. */
  withPrevious?: boolean;
  /** Anywhere in the paragraph. */
  paragraph?: boolean;
}

/** A match that passed its pattern and validator, as the score sees it. */
export interface Found<S> {
  match: RegExpMatchArray;
  shape: S;
  near: Near;
  /** Whether a validator passed (rather than there being none). */
  validated: boolean;
  /** The context word found, as written in its list, or null. */
  context: string | null;
}

/** The rest of the trace (context, score) and the severity, when the match stays one. */
export interface Verdict {
  trace: string[];
  /** Omitted: the rule's severity. */
  severity?: Severity;
}

/** What a match's overlap with earlier ones means: `read` — a match read from an earlier pattern
 *  claims its text; `found` — only a hit does. Omitted: every match is read on its own. */
export type Claims = "read" | "found";

export interface IdentifierDeclaration<S> {
  id: string;
  description: string;
  triggers?: Triggers | null;
  /** A cheap test the paragraph's text must pass: the Unicode shapes are slow to try at every
   *  position, and most paragraphs hold no run of digits. */
  prefilter?: RegExp;
  /** Tried in order. */
  patterns: ReadonlyArray<IdentifierPattern<S>>;
  claims?: Claims;
  /** Words just before a match that make it an order, invoice or reference number. */
  exclude?: { words: CueList; before: number };
  /** Words that make a match someone's number (a pattern may have its own). */
  context?: ContextWords;
  score(found: Found<S>): Verdict | null;
}

/** A match's surroundings: its tokens and the windows around them. */
export class Near {
  readonly first: number;
  readonly last: number;
  readonly windows: Windows;

  constructor(
    readonly ctx: ParagraphContext,
    readonly start: number,
    readonly end: number,
  ) {
    [this.first, this.last] = tokenSpan(ctx, start, end);
    this.windows = windowsAt(ctx, this.first, this.last);
  }

  /** The first cue of `list` in the `n` tokens before the match (inside its sentence). */
  before(n: number, list: CueList): string | null {
    return findCue(this.ctx, ...this.windows.before(n), list);
  }

  after(n: number, list: CueList): string | null {
    return findCue(this.ctx, ...this.windows.after(n), list);
  }

  /** In the match's sentence and the one before. */
  withPrevious(list: CueList): string | null {
    return findCue(this.ctx, ...this.windows.withPrevious, list);
  }

  inParagraph(list: CueList): string | null {
    return findCue(this.ctx, 0, this.ctx.tokens.length, list);
  }

  find(c: ContextWords): string | null {
    if (c.paragraph === true) return this.inParagraph(c.words);
    if (c.withPrevious === true) return this.withPrevious(c.words);
    const before = c.before === undefined ? null : this.before(c.before, c.words);
    return before ?? (c.after === undefined ? null : this.after(c.after, c.words));
  }
}

/** The detector a declaration describes. */
export function defineIdentifier<S>(d: IdentifierDeclaration<S>): DetectorModule<Record<string, never>> {
  return defineDetector({
    id: d.id,
    description: d.description,
    params: NO_PARAMS,
    create() {
      return {
        triggers: d.triggers ?? null,
        detect: (ctx) => recognize(d, ctx),
      };
    },
  });
}

/** The hits of a declaration in one paragraph. */
export function recognize<S>(d: IdentifierDeclaration<S>, ctx: ParagraphContext): Hit[] {
  const hits: Hit[] = [];
  if (d.prefilter && !d.prefilter.test(ctx.text)) return hits;
  const claimed: Array<readonly [number, number]> = [];
  for (const pattern of d.patterns) {
    for (const match of ctx.text.matchAll(pattern.regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (d.claims !== undefined && overlaps(claimed, start, end)) continue;
      const shape = pattern.read(match, ctx);
      if (shape === null) continue;
      if (d.claims === "read") claimed.push([start, end]);
      const near = new Near(ctx, start, end);
      const check = pattern.validate?.(shape, near);
      if (check === null) continue; // the validator failed: not this identifier
      if (d.exclude && near.before(d.exclude.before, d.exclude.words)) continue;
      const words = pattern.context ?? d.context;
      const context = words ? near.find(words) : null;
      const verdict = d.score({ match, shape, near, validated: check !== undefined, context });
      if (!verdict) continue;
      const trace = [pattern.describe(match, shape)];
      if (check !== undefined) trace.push(check);
      trace.push(...verdict.trace);
      hits.push(verdict.severity === undefined ? { start, end, trace } : { start, end, trace, severity: verdict.severity });
      if (d.claims === "found") claimed.push([start, end]);
    }
  }
  return hits;
}

function overlaps(claimed: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  for (const [s, e] of claimed) if (start < e && s < end) return true;
  return false;
}

/** The match as it is (a pattern with nothing to read beyond its expression). */
export function asMatched(match: RegExpMatchArray): RegExpMatchArray {
  return match;
}

/** A context word raises the score to high; without one, `otherwise` decides. */
export function contextScore(context: string | null, otherwise: () => Verdict | null): Verdict | null {
  return context ? { trace: [`context: ${context}`, "score: high"] } : otherwise();
}

/** A medium score, shown as a warning, and why. */
export function medium(why: string): Verdict {
  return { trace: [why, "score: medium"], severity: "warning" };
}
