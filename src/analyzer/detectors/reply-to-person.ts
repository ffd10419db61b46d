// A reply addressed to one person by handle ("@Julie Roy …") that answers that person's own case:
// second person plus results, doses or a treatment decision in the same paragraph. The pattern
// language has no element for @handles (they are tokens of their own kind), so this is code.
// Report, Part 2 ("Lorsqu'il existe une relation thérapeutique"): answering one identifiable
// person's case on the platform turns a public exchange into a consultation.
import { z } from "zod";
import { compileCondition } from "../patterns/conditions.js";
import { conditionSchema, patternString } from "../rules/schema.js";
import { evaluate } from "./phrases.js";
import { withGazetteers } from "./treatment-phrases.js";
import { defineDetector, type Hit } from "./types.js";

const paramsSchema = z.lazy(() =>
  z
    .object({
      /** Individual-care cues that must follow the handle in the paragraph (may use @drug). */
      care: z.array(patternString).min(1),
      /** How many tokens from the start of the paragraph the handle may be (a greeting may come first). */
      maxLead: z.number().int().min(0).max(5).default(2),
      unless: z.array(conditionSchema).optional(),
    })
    .strict(),
);

export default defineDetector({
  id: "reply-to-person",
  description: "A reply to one @handle that answers that person's own health case.",
  params: paramsSchema,
  create(params, baseEnv) {
    const env = withGazetteers(baseEnv);
    const care = params.care.map((p) => env.pattern(p));
    const unless = (params.unless ?? []).map((c) => compileCondition(c, env));
    return {
      detect(ctx) {
        const lead = ctx.tokens.slice(0, params.maxLead + 1).findIndex((t) => t.kind === "handle");
        if (lead < 0) return [];
        const hits: Hit[] = [];
        for (let si = 0; si < ctx.sentences.length; si++) {
          const s = ctx.sentences[si];
          if (!s) continue;
          for (const p of care) {
            for (const [a, b] of p.findAll(ctx.tokens, Math.max(s.tokenStart, lead + 1), s.tokenEnd)) {
              const hit = evaluate(ctx, { tokenStart: a, tokenEnd: b, sentence: si }, p.source, unless, [], []);
              if (!hit) continue;
              hit.trace.push(`reply to ${ctx.tokens[lead]?.raw ?? "a handle"}`);
              hits.push(hit);
            }
          }
        }
        if (hits.length === 0) return [];
        // The handle itself is part of the finding: it is what makes the answer individual.
        const handle = ctx.tokens[lead];
        if (handle) hits.push({ start: handle.start, end: handle.end, trace: ["handle that the reply answers"], unlessSignals: hits[0]?.unlessSignals });
        return hits;
      },
    };
  },
});
