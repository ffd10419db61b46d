// The generic data-driven detector: phrase patterns built from word families, with ConText-style
// `unless` / `requires` conditions and severity adjustments. Simple rules need no code.
import { compileCondition, type CompiledCondition, type MatchPosition } from "../patterns/conditions.js";
import { PatternSet, type Pattern } from "../patterns/matcher.js";
import { phrasesParamsSchema } from "../rules/schema.js";
import type { Severity } from "../types.js";
import { TraceLines } from "../trace-lines.js";
import { defineDetector, type Hit, type ParagraphContext, type SentenceView } from "./types.js";

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
        // Loops rather than callbacks (docs/PERFORMANCE.md#loops-rather-than-callbacks).
        for (let si = 0; si < ctx.sentences.length; si++) {
          const s = ctx.sentences[si] as SentenceView;
          const found = set.findAll(ctx.tokens, s.tokenStart, s.tokenEnd);
          for (let m = 0; m < found.length; m++) {
            const [k, a, b] = found[m] as readonly [number, number, number];
            const hit = evaluate(ctx, { tokenStart: a, tokenEnd: b, sentence: si }, (set.patterns[k] as Pattern).source, unless, requires, adjust);
            if (hit) hits.push(hit);
          }
        }
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
  // Most matches are dropped by an `unless`: the hit is built once they are through. A condition
  // on the whole document answers null here; the engine resolves it from the document's signals.
  for (const c of unless) if (c.test(ctx, at) === true) return null;
  const hit: Hit = { start: first.start, end: last.end, trace: [PATTERN_LINES.of(source)] };
  const unlessSignals = deferred(unless);
  if (unlessSignals.length > 0) hit.unlessSignals = unlessSignals;
  for (const c of requires) {
    const r = c.test(ctx, at);
    if (r === false) return null;
    if (r === true) hit.trace.push(REQUIRES_LINES.of(c.describe));
  }
  const requiresSignals = deferred(requires);
  if (requiresSignals.length > 0) hit.requiresSignals = requiresSignals;
  // The first adjustment that holds sets the severity; the document ones before it stay open.
  let stop = adjust.length;
  for (let k = 0; k < adjust.length; k++) {
    const { cond, severity } = adjust[k] as { cond: CompiledCondition; severity: Severity };
    if (cond.test(ctx, at) === true) {
      hit.severity = severity;
      hit.trace.push(SEVERITY_LINES[severity].of(cond.describe));
      stop = k;
      break;
    }
  }
  const adjustSignals = deferredAdjustments(adjust, stop);
  if (adjustSignals.length > 0) hit.adjustSignals = adjustSignals;
  return hit;
}

// A rule's conditions are compiled once: the document signals they leave open are listed once per
// rule and shared by its hits (they are only read).
const DEFERRED = new WeakMap<readonly CompiledCondition[], readonly string[]>();
const DEFERRED_ADJUSTMENTS = new WeakMap<ReadonlyArray<{ cond: CompiledCondition; severity: Severity }>, ReadonlyArray<ReadonlyArray<{ signal: string; severity: Severity }>>>();

/** The document signals of `conditions`, in order. */
function deferred(conditions: readonly CompiledCondition[]): readonly string[] {
  let list = DEFERRED.get(conditions);
  if (list === undefined) {
    list = conditions.flatMap((c) => (c.documentSignal === undefined ? [] : [c.documentSignal]));
    DEFERRED.set(conditions, list);
  }
  return list;
}

/** The document adjustments among the first `stop` of `adjust`, in order. */
function deferredAdjustments(adjust: ReadonlyArray<{ cond: CompiledCondition; severity: Severity }>, stop: number): ReadonlyArray<{ signal: string; severity: Severity }> {
  let byStop = DEFERRED_ADJUSTMENTS.get(adjust);
  if (byStop === undefined) {
    byStop = Array.from({ length: adjust.length + 1 }, (_, n) =>
      adjust.slice(0, n).flatMap(({ cond, severity }) => (cond.documentSignal === undefined ? [] : [{ signal: cond.documentSignal, severity }])),
    );
    DEFERRED_ADJUSTMENTS.set(adjust, byStop);
  }
  return byStop[stop] as ReadonlyArray<{ signal: string; severity: Severity }>;
}
