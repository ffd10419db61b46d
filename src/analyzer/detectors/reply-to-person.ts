// A reply addressed to one person by handle ("@Julie Roy …"), or by a name or a reply marker that
// opens the paragraph ("Martine, …", "Réponse à Nancy : …"), that answers that person's own case:
// second person plus results, doses or a treatment decision in the same paragraph. The pattern
// language has no element for @handles (they are tokens of their own kind) nor for the start of a
// paragraph, so this is code.
// Report, Part 2 ("Lorsqu'il existe une relation thérapeutique"): answering one identifiable
// person's case on the platform turns a public exchange into a consultation.
import { z } from "zod";
import { compileCondition } from "../patterns/conditions.js";
import { conditionSchema, patternString } from "../rules/schema.js";
import { evaluate } from "./phrases.js";
import { withGazetteers } from "./lib/treatment-gazetteers.js";
import type { Pattern } from "../patterns/matcher.js";
import { defineDetector, type Hit, type ParagraphContext } from "./types.js";

const paramsSchema = z.lazy(() =>
  z
    .object({
      /** Individual-care cues that must follow the handle in the paragraph (may use @drug). */
      care: z.array(patternString).min(1),
      /** How many tokens from the start of the paragraph the handle may be (a greeting may come first). */
      maxLead: z.number().int().min(0).max(5).default(2),
      /** Openings that address one person without a handle (a name and a comma, "Replying to"):
       *  a match must start at the paragraph's first token. */
      lead: z.array(patternString).default([]),
      /** Openings that address a group or start a statement ("Parents,", "Today,"): not a lead. */
      notLead: z.array(patternString).default([]),
      /** Reply markers that open the paragraph and answer one person whatever word starts them
       *  ("Merci pour le tag, Julie", "Re :"): notLead does not veto them. */
      markers: z.array(patternString).default([]),
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
    const lead = params.lead.map((p) => env.pattern(p));
    const notLead = params.notLead.map((p) => env.pattern(p));
    const markers = params.markers.map((p) => env.pattern(p));
    /** The token index of the handle, or the last token of an opening that names one person; -1. */
    const leadEnd = (ctx: Parameters<typeof evaluateLead>[0]): number => {
      const marked = evaluateLead(ctx, markers, []);
      return marked >= 0 ? marked : evaluateLead(ctx, lead, notLead);
    };
    const unless = (params.unless ?? []).map((c) => compileCondition(c, env));
    return {
      detect(ctx) {
        const handle = ctx.tokens.slice(0, params.maxLead + 1).findIndex((t) => t.kind === "handle");
        const lead = handle >= 0 ? handle : leadEnd(ctx);
        if (lead < 0) return [];
        const hits: Hit[] = [];
        for (let si = 0; si < ctx.sentences.length; si++) {
          const s = ctx.sentences[si];
          if (!s) continue;
          for (const p of care) {
            for (const [a, b] of p.findAll(ctx.tokens, Math.max(s.tokenStart, lead + 1), s.tokenEnd)) {
              const hit = evaluate(ctx, { tokenStart: a, tokenEnd: b, sentence: si }, p.source, unless, [], []);
              if (!hit) continue;
              hit.trace.push(`reply to ${handle >= 0 ? (ctx.tokens[lead]?.raw ?? "a handle") : "one person named at the start"}`);
              hits.push(hit);
            }
          }
        }
        if (hits.length === 0) return [];
        // The handle itself is part of the finding: it is what makes the answer individual.
        const handleToken = handle >= 0 ? ctx.tokens[handle] : undefined;
        if (handleToken) hits.push({ start: handleToken.start, end: handleToken.end, trace: ["handle that the reply answers"], unlessSignals: hits[0]?.unlessSignals });
        return hits;
      },
    };
  },
});

/** Where an opening that addresses one person ends (its last token), or -1. */
function evaluateLead(ctx: ParagraphContext, lead: readonly Pattern[], notLead: readonly Pattern[]): number {
  const first = ctx.sentences[0];
  if (!first || lead.length === 0) return -1;
  for (const p of lead) {
    for (const [a, b] of p.findAll(ctx.tokens, first.tokenStart, first.tokenEnd)) {
      // The opening is the paragraph's first words ("Martine, …"), not a comma further on.
      if (a !== first.tokenStart) continue;
      if (notLead.some((n) => n.findAll(ctx.tokens, a, b).length > 0)) continue;
      return b - 1;
    }
  }
  return -1;
}
