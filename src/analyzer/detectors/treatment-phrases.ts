// Phrase patterns that may also name the treatment gazetteers, @drug and @condition
// (lib/treatment-gazetteers.ts). Everything else is the `phrases` detector: ConText-style unless /
// requires / adjust conditions.
// Code de déontologie, art. 14: public information is allowed; an instruction about a named
// medicine or condition addressed to readers is individual advice.
import { compileCondition } from "../patterns/conditions.js";
import { PatternSet, type Pattern } from "../patterns/matcher.js";
import { withGazetteers } from "./lib/treatment-gazetteers.js";
import { phrasesParamsSchema } from "../rules/schema.js";
import { evaluate } from "./phrases.js";
import { defineDetector, type CompileEnv, type Hit, type SentenceView } from "./types.js";

export default defineDetector({
  id: "treatment-phrases",
  description: "Phrase patterns over word families plus the @drug and @condition gazetteers.",
  params: phrasesParamsSchema,
  create(params, baseEnv) {
    const env = withGazetteers(baseEnv);
    // As a set: asked sentence by sentence, it first drops, for the paragraph, the patterns that
    // cannot start in it.
    const set = new PatternSet(params.patterns.map((p) => env.pattern(p)));
    const unless = (params.unless ?? []).map((c) => compileCondition(c, env));
    const requires = (params.requires ?? []).map((c) => compileCondition(c, env));
    const adjust = (params.adjust ?? []).map((a) => ({ cond: compileCondition(a.when, env), severity: a.severity }));
    return {
      triggers: set.triggers(),
      detect(ctx) {
        const hits: Hit[] = [];
        if (!set.mayStartIn(ctx.tokens)) return hits;
        // Each pattern's matches in turn, sentence by sentence; one callback for the paragraph,
        // reading the sentence from `si`.
        let si = 0;
        const onMatch = (k: number, a: number, b: number) => {
          const hit = evaluate(ctx, { tokenStart: a, tokenEnd: b, sentence: si }, (set.patterns[k] as Pattern).source, unless, requires, adjust);
          if (hit) hits.push(hit);
        };
        for (; si < ctx.sentences.length; si++) {
          const s = ctx.sentences[si] as SentenceView;
          set.forEachMatch(ctx.tokens, s.tokenStart, s.tokenEnd, onMatch);
        }
        return hits;
      },
    };
  },
});
