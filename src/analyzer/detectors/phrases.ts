// The generic data-driven detector: phrase patterns built from word families, with ConText-style
// `unless` / `requires` conditions and severity adjustments. Simple rules need no code.
import { compileCondition, type CompiledCondition, type MatchPosition } from "../patterns/conditions.js";
import { PatternSet, type Pattern } from "../patterns/matcher.js";
import { phrasesParamsSchema } from "../rules/schema.js";
import type { Severity } from "../types.js";
import { TraceLines } from "./lib/trace-lines.js";
import { defineDetector, type Hit, type ParagraphContext } from "./types.js";

const PATTERN_LINES = new TraceLines("pattern: ");
const REQUIRES_LINES = new TraceLines("requires: ");
const SEVERITY_LINES: Record<Severity, TraceLines> = {
  info: new TraceLines("severity info: "),
  warning: new TraceLines("severity warning: "),
  error: new TraceLines("severity error: "),
};

export default defineDetector({
  id: "phrases",
  description: "Phrase patterns over word families, with negation and context conditions.",
  params: phrasesParamsSchema,
  create(params, env) {
    const set = new PatternSet(params.patterns.map((p) => env.pattern(p)));
    const unless = (params.unless ?? []).map((c) => compileCondition(c, env));
    const requires = (params.requires ?? []).map((c) => compileCondition(c, env));
    const adjust = (params.adjust ?? []).map((a) => ({ cond: compileCondition(a.when, env), severity: a.severity }));
    return {
      triggers: set.triggers(),
      detect(ctx) {
        const hits: Hit[] = [];
        if (!set.mayStartIn(ctx.tokens)) return hits;
        ctx.sentences.forEach((s, si) => {
          for (const [k, a, b] of set.findAll(ctx.tokens, s.tokenStart, s.tokenEnd)) {
            const hit = evaluate(ctx, { tokenStart: a, tokenEnd: b, sentence: si }, (set.patterns[k] as Pattern).source, unless, requires, adjust);
            if (hit) hits.push(hit);
          }
        });
        return hits;
      },
    };
  },
});

export function evaluate(
  ctx: ParagraphContext,
  at: MatchPosition,
  source: string,
  unless: readonly CompiledCondition[],
  requires: readonly CompiledCondition[],
  adjust: ReadonlyArray<{ cond: CompiledCondition; severity: Severity }>,
): Hit | null {
  const first = ctx.tokens[at.tokenStart];
  const last = ctx.tokens[at.tokenEnd - 1];
  if (!first || !last) return null;
  // Most matches are dropped by an `unless`: the hit is built once they are through.
  let unlessSignals: string[] | undefined;
  for (const c of unless) {
    const r = c.test(ctx, at);
    if (r === true) return null;
    if (r === null && c.documentSignal) (unlessSignals ??= []).push(c.documentSignal);
  }
  const hit: Hit = { start: first.start, end: last.end, trace: [PATTERN_LINES.of(source)] };
  if (unlessSignals) hit.unlessSignals = unlessSignals;
  for (const c of requires) {
    const r = c.test(ctx, at);
    if (r === false) return null;
    if (r === null && c.documentSignal) (hit.requiresSignals ??= []).push(c.documentSignal);
    else hit.trace.push(REQUIRES_LINES.of(c.describe));
  }
  for (const { cond, severity } of adjust) {
    const r = cond.test(ctx, at);
    if (r === true) {
      hit.severity = severity;
      hit.trace.push(SEVERITY_LINES[severity].of(cond.describe));
      break;
    }
    if (r === null && cond.documentSignal) (hit.adjustSignals ??= []).push({ signal: cond.documentSignal, severity });
  }
  return hit;
}
