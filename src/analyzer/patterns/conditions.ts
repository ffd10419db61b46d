// ConText-style conditions: is a family, pattern or signal found in a window around a match?
import type { Condition } from "../rules/schema.js";
import type { ParagraphContext, SignalHit } from "../contract.js";
import { ParagraphMemo } from "../paragraph-memo.js";
import type { Pattern } from "./matcher.js";

/** What compiling a condition needs: a pattern compiler over the rule set's families (a
 *  detector's CompileEnv is one). */
export interface PatternCompiler {
  pattern(source: string): Pattern;
}

export interface MatchPosition {
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
}

export interface CompiledCondition {
  source: Condition;
  /** True when the condition holds for the match; null when it must be resolved on the document. */
  test(ctx: ParagraphContext, at: MatchPosition): boolean | null;
  /** The signal id when the condition is looked for in the whole document. */
  documentSignal?: string;
  describe: string;
}

export function compileCondition(cond: Condition, env: PatternCompiler): CompiledCondition {
  const reach = reachOf(cond.within);
  const describe = cond.signal ? `signal ${cond.signal} (${cond.within})` : cond.family ? `@${cond.family} (${cond.within})` : `${JSON.stringify(cond.patterns)} (${cond.within})`;
  if (cond.signal !== undefined) {
    const signal = cond.signal;
    if (cond.within === "document") {
      return { source: cond, documentSignal: signal, describe, test: () => null };
    }
    return {
      source: cond,
      describe,
      test(ctx, at) {
        const hits = ctx.signals.get(signal);
        if (!hits || hits.length === 0) return false;
        const { from, to } = window(reach, ctx, at);
        // Loops rather than callbacks here and below: a condition is tested for every match of its
        // rule, and a callback reading `from` and `to` would have them allocated on each test.
        for (let k = 0; k < hits.length; k++) {
          const h = hits[k] as SignalHit;
          if (h.tokenStart >= from && h.tokenEnd <= to) return true;
        }
        return false;
      },
    };
  }
  const patterns: Pattern[] = cond.family !== undefined ? [env.pattern(`@${cond.family}`)] : (cond.patterns ?? []).map((p) => env.pattern(p));
  // A paragraph-wide look-up gives the same answer for every match of the paragraph: remember it,
  // so that a long paragraph with many matches stays linear.
  const perParagraph = new ParagraphMemo<ParagraphContext, boolean>();
  const anywhereIn = (c: ParagraphContext) => patterns.some((p) => p.occursIn(c.tokens, 0, c.tokens.length));
  return {
    source: cond,
    describe,
    test(ctx, at) {
      if (cond.within === "paragraph") {
        return perParagraph.get(ctx, anywhereIn);
      }
      const { from, to } = window(reach, ctx, at);
      if (to <= from) return false;
      for (let k = 0; k < patterns.length; k++) if ((patterns[k] as Pattern).occursIn(ctx.tokens, from, to)) return true;
      return false;
    },
  };
}

/** A condition's window, read once from its `within` ("before:3" → before, 3 tokens). */
interface Reach {
  kind: "match" | "sentence" | "next-sentence" | "previous-sentence" | "paragraph" | "before" | "after" | "around";
  tokens: number;
}

function reachOf(within: Condition["within"]): Reach {
  switch (within) {
    case "match":
    case "sentence":
    case "next-sentence":
    case "previous-sentence":
    case "paragraph":
      return { kind: within, tokens: 0 };
    case "document":
      return { kind: "paragraph", tokens: 0 };
    default: {
      const [kind, n] = within.split(":") as [string, string];
      return { kind: kind === "before" || kind === "after" ? kind : "around", tokens: Number(n) };
    }
  }
}

/** The last window worked out: conditions are tested one at a time and read it at once, so one
 *  object serves them all (a condition is tested for every match of its rule). */
const range = { from: 0, to: 0 };

/** Token window [from, to) for a condition. Windows stay inside the sentence, as in ConText. */
function window(reach: Reach, ctx: ParagraphContext, at: MatchPosition): { readonly from: number; readonly to: number } {
  const s = ctx.sentences[at.sentence];
  const sStart = s?.tokenStart ?? 0;
  const sEnd = s?.tokenEnd ?? ctx.tokens.length;
  const k = reach.tokens;
  let from: number;
  let to: number;
  switch (reach.kind) {
    case "match":
      from = at.tokenStart;
      to = at.tokenEnd;
      break;
    case "sentence":
      from = sStart;
      to = sEnd;
      break;
    case "next-sentence":
      from = sStart;
      to = ctx.sentences[at.sentence + 1]?.tokenEnd ?? sEnd;
      break;
    case "previous-sentence":
      from = ctx.sentences[at.sentence - 1]?.tokenStart ?? sStart;
      to = sEnd;
      break;
    case "paragraph":
      from = 0;
      to = ctx.tokens.length;
      break;
    case "before":
      from = Math.max(sStart, at.tokenStart - k);
      to = at.tokenStart;
      break;
    case "after":
      from = at.tokenEnd;
      to = Math.min(sEnd, at.tokenEnd + k);
      break;
    case "around":
      from = Math.max(sStart, at.tokenStart - k);
      to = Math.min(sEnd, at.tokenEnd + k);
      break;
  }
  range.from = from;
  range.to = to;
  return range;
}
