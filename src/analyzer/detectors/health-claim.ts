// Health claims against current consensus (Code de déontologie, art. 89), read ConText-style.
// A claim is subject / relation / object word families ("vaccins" / "causent" / "autisme"); the
// detector finds them in one sentence (health-claim/claims.ts), reads the author's stance there
// (health-claim/stance.ts), writes it on the hit (health-claim/findings.ts), and `finalize` reads
// the whole draft (health-claim/draft.ts). Cue vocabularies are families of the rule file.
import { mergeTriggers } from "../patterns/matcher.js";
import { compileCondition } from "../patterns/conditions.js";
import type { Severity } from "../types.js";
import { evaluate } from "./phrases.js";
import { defineDetector, type Hit } from "./types.js";
import { ClaimFinder, compileClaim } from "./health-claim/claims.js";
import { compileCues } from "./health-claim/cues.js";
import { claimFacts, settleDraft } from "./health-claim/draft.js";
import { writeClaimHit } from "./health-claim/findings.js";
import { cuesSchema, healthClaimParamsSchema } from "./health-claim/params.js";
import { endorsedInSentence, ironicOpener, readStance } from "./health-claim/stance.js";

export { healthClaimParamsSchema, type HealthClaimParams } from "./health-claim/params.js";
export type { Stance } from "./health-claim/stance.js";

export default defineDetector({
  id: "health-claim",
  description: "Subject / relation / object claims with ConText-style negation, attribution, questions and refutation.",
  params: healthClaimParamsSchema,
  create(params, env) {
    const claims = params.claims.map((c) => compileClaim(c, env));
    const names = cuesSchema.parse(params.cues ?? {});
    const cues = compileCues(names, env);
    const unless = (params.unless ?? []).map((c) => compileCondition(c, env));
    const requires = (params.requires ?? []).map((c) => compileCondition(c, env));
    const adjust = (params.adjust ?? []).map((a) => ({ cond: compileCondition(a.when, env), severity: a.severity as Severity }));
    const facts = claimFacts(env.ruleSetId, names, cues);
    const finder = new ClaimFinder(claims, cues);

    return {
      // A claim needs its subject in the paragraph (a pronoun refers back within it).
      triggers: mergeTriggers(claims.map((c) => c.subject.triggers())),
      detect(ctx) {
        const hits: Hit[] = [];
        ctx.sentences.forEach((_, si) => {
          for (const c of finder.candidates(ctx, si)) {
            const hit = evaluate(ctx, { tokenStart: c.start, tokenEnd: c.end, sentence: si }, c.source, unless, requires, adjust);
            if (!hit) continue;
            const reading = readStance(cues, ctx, si, c);
            // Reported speech the author endorses later in its own sentence ("…, and they are
            // right"): read here, where the sentence's tokens are at hand.
            writeClaimHit(hit, reading, c.claim, reading.stance === "reported" && endorsedInSentence(cues, ctx, si, hit.end), ironicOpener(cues, ctx, si, c));
            hits.push(hit);
          }
        });
        return hits;
      },
      paragraphFacts: facts,
      finalize: (doc, all) => settleDraft(doc, all, facts, params.settles),
    };
  },
});
