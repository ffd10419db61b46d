// What a claim rule names in the rule file: its claims (subject / relation / object word families),
// the cue families its stance reading uses, and its conditions.
import { z } from "zod";
import { conditionSchema, patternString } from "../../rules/schema.js";

const claimSchema = z.lazy(() =>
  z
    .object({
      /** What the claim is about ("@ivermectin"). Passive forms list the patient first. */
      subject: patternString,
      /** The verb or predicate ("@cures"); omitted for a bare co-mention or a pseudo-diagnosis. */
      relation: patternString.optional(),
      /** What it is said to do it to ("@covid"). */
      object: patternString.optional(),
      /** Tokens allowed between subject, relation and object. */
      gap: z.number().int().min(0).max(10).default(5),
      /** The pattern holds its own negation ("ne veulent pas que vous sachiez"): only a negation
       *  around it denies the claim. */
      ownNegation: z.boolean().default(false),
      /** The claim is itself a rhetorical question ("Qui a encore besoin de…?"): its question mark
       *  asserts, it does not soften. */
      rhetorical: z.boolean().default(false),
      /** The claim is usually stated as a condition ("If you can hold your breath…, you don't have
       *  it"): its "si"/"if" is the claim's own, not a counterfactual. */
      conditional: z.boolean().default(false),
    })
    .strict(),
);

/** Names of the cue families in the rule file; the defaults are the consensus set's. */
export const cuesSchema = z.lazy(() =>
  z
    .object({
      negation: z.string().default("claim-negation"),
      pseudoNegation: z.string().default("claim-pseudo-negation"),
      terminator: z.string().default("claim-terminator"),
      debunk: z.string().default("claim-debunk"),
      refutation: z.string().default("claim-refutation"),
      answer: z.string().default("claim-answer"),
      reported: z.string().default("claim-reported"),
      question: z.string().default("claim-question"),
      anaphor: z.string().default("claim-anaphor"),
      heading: z.string().default("claim-myth-heading"),
      endorsement: z.string().default("claim-endorsement"),
      research: z.string().default("claim-research"),
      assertive: z.string().default("claim-assertive-question"),
      irony: z.string().default("claim-irony"),
    })
    .strict(),
);
export type CueNames = z.infer<typeof cuesSchema>;

export const healthClaimParamsSchema = z.lazy(() =>
  z
    .object({
      claims: z.array(claimSchema).min(1),
      cues: cuesSchema.optional(),
      unless: z.array(conditionSchema).optional(),
      /** Context the claim needs ("@vaccine" in the sentence before "Je le déconseille"). */
      requires: z.array(conditionSchema).optional(),
      adjust: z.array(z.object({ when: conditionSchema, severity: z.enum(["error", "warning", "info"]) }).strict()).optional(),
      /** What one refutation in the draft settles: the rule's myth (its claims are phrasings of one
       *  belief), or only the claim refuted (a generic rule, such as dropped treatments, holds many). */
      settles: z.enum(["rule", "claim"]).default("rule"),
    })
    .strict(),
);
export type HealthClaimParams = z.infer<typeof healthClaimParamsSchema>;
export type ClaimParams = HealthClaimParams["claims"][number];
