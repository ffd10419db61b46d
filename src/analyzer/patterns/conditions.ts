// ConText-style conditions: is a family, pattern or signal found in a window around a match?
import type { Condition } from "../rules/schema.js";
import type { CompileEnv, ParagraphContext } from "../detectors/types.js";
import { ParagraphMemo } from "../paragraph-memo.js";
import type { Pattern } from "./matcher.js";

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

export function compileCondition(cond: Condition, env: CompileEnv): CompiledCondition {
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
        const [from, to] = window(cond.within, ctx, at);
        return hits.some((h) => h.tokenStart >= from && h.tokenEnd <= to);
      },
    };
  }
  const patterns: Pattern[] = cond.family !== undefined ? [env.pattern(`@${cond.family}`)] : (cond.patterns ?? []).map((p) => env.pattern(p));
  // A paragraph-wide look-up gives the same answer for every match of the paragraph: remember it,
  // so that a long paragraph with many matches stays linear.
  const perParagraph = new ParagraphMemo<ParagraphContext, boolean>();
  return {
    source: cond,
    describe,
    test(ctx, at) {
      if (cond.within === "paragraph") {
        return perParagraph.get(ctx, (c) => patterns.some((p) => p.occursIn(c.tokens, 0, c.tokens.length)));
      }
      const [from, to] = window(cond.within, ctx, at);
      if (to <= from) return false;
      return patterns.some((p) => p.occursIn(ctx.tokens, from, to));
    },
  };
}

/** Token window [from, to) for a condition. Windows stay inside the sentence, as in ConText. */
function window(within: Condition["within"], ctx: ParagraphContext, at: MatchPosition): [number, number] {
  const s = ctx.sentences[at.sentence];
  const sStart = s?.tokenStart ?? 0;
  const sEnd = s?.tokenEnd ?? ctx.tokens.length;
  switch (within) {
    case "match":
      return [at.tokenStart, at.tokenEnd];
    case "sentence":
      return [sStart, sEnd];
    case "next-sentence": {
      const next = ctx.sentences[at.sentence + 1];
      return [sStart, next?.tokenEnd ?? sEnd];
    }
    case "previous-sentence": {
      const prev = ctx.sentences[at.sentence - 1];
      return [prev?.tokenStart ?? sStart, sEnd];
    }
    case "paragraph":
    case "document":
      return [0, ctx.tokens.length];
    default: {
      const [kind, n] = within.split(":") as [string, string];
      const k = Number(n);
      if (kind === "before") return [Math.max(sStart, at.tokenStart - k), at.tokenStart];
      if (kind === "after") return [at.tokenEnd, Math.min(sEnd, at.tokenEnd + k)];
      return [Math.max(sStart, at.tokenStart - k), Math.min(sEnd, at.tokenEnd + k)];
    }
  }
}
