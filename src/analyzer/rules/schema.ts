// The format of rules/*.json, validated at build (scripts/check-rules.mjs) and in tests. A malformed
// file is reported with its name, the JSON path and what was expected. Each schema is built on first
// use (z.lazy): the analyzer a build ships reads rules already checked, and a waking service worker
// should not build schemas it never runs (building one costs more than a small parse).
import { z } from "zod";
import { categorySchema, ruleSetIdSchema, severitySchema } from "../types.js";

export const localizedSchema = z.lazy(() => z.object({ fr: z.string().min(1), en: z.string().min(1) }).strict());
export type Localized = z.infer<typeof localizedSchema>;

/** One phrase pattern, as rule files and detectors' parameters write it. */
export const patternString = z.lazy(() => z.string().min(1).max(400));

/** A word family: entries are patterns (usually one word or a short phrase). */
export const familySchema = z.lazy(() =>
  z
    .object({
      note: z.string().min(1),
      source: z.string().optional(),
      fr: z.array(patternString).optional(),
      en: z.array(patternString).optional(),
      any: z.array(patternString).optional(),
    })
    .strict()
    .refine((f) => (f.fr?.length ?? 0) + (f.en?.length ?? 0) + (f.any?.length ?? 0) > 0, {
      message: "a family needs at least one entry in fr, en or any",
    }),
);
export type Family = z.infer<typeof familySchema>;

/** Where a condition looks, relative to a match. */
export const withinSchema = z.lazy(() =>
  z.union([
    z.enum(["match", "sentence", "paragraph", "document", "previous-sentence", "next-sentence"]),
    z.string().regex(/^(before|after|around):[1-9][0-9]?$/, "before:N, after:N or around:N (N tokens)"),
  ]),
);
export type Within = z.infer<typeof withinSchema>;

export const conditionSchema = z.lazy(() =>
  z
    .object({
      /** A family of this rule set (or a shared one, "shared/…"). */
      family: z.string().optional(),
      /** Inline patterns. */
      patterns: z.array(patternString).optional(),
      /** A signal id, "rule-set/signal". Signals are the only conditions allowed at document scope. */
      signal: z.string().optional(),
      within: withinSchema,
      note: z.string().optional(),
    })
    .strict()
    .refine((c) => [c.family, c.patterns, c.signal].filter((x) => x !== undefined).length === 1, {
      message: "a condition names exactly one of family, patterns or signal",
    })
    .refine((c) => c.within !== "document" || c.signal !== undefined, {
      message: "only a signal can be looked for in the whole document",
    }),
);
export type Condition = z.infer<typeof conditionSchema>;

export const phrasesParamsSchema = z.lazy(() =>
  z
    .object({
      patterns: z.array(patternString).min(1),
      /** The match is dropped when any of these holds (negation, disclaimer, quotation…). */
      unless: z.array(conditionSchema).optional(),
      /** The match is kept only when all of these hold. */
      requires: z.array(conditionSchema).optional(),
      /** Severity changes: the first condition that holds sets the severity. */
      adjust: z.array(z.object({ when: conditionSchema, severity: severitySchema }).strict()).optional(),
    })
    .strict(),
);
export type PhrasesParams = z.infer<typeof phrasesParamsSchema>;

export const exampleSchema = z.lazy(() =>
  z
    .object({
      text: z.string().min(1),
      /** Exact substrings that must each be covered by a finding of this rule. */
      spans: z.array(z.string().min(1)).optional(),
      /** Expected severity when it differs from the rule's. */
      severity: severitySchema.optional(),
      note: z.string().optional(),
    })
    .strict(),
);

export const fixSpecSchema = z.lazy(() =>
  z
    .object({
      /** "span": replace the finding's text; "end": append at the end of the draft. */
      at: z.enum(["span", "end"]),
      /** Replacement in the draft's language; "" removes the span. */
      replacement: z.object({ fr: z.string(), en: z.string() }).strict(),
      /** Shorter replacement for X (280 characters). */
      short: z.object({ fr: z.string(), en: z.string() }).strict().optional(),
      label: localizedSchema,
    })
    .strict(),
);
export type FixSpec = z.infer<typeof fixSpecSchema>;

export const ruleSchema = z.lazy(() =>
  z
    .object({
      id: z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/, "rule-set/rule-name, lower case"),
      detector: z.string().regex(/^[a-z0-9-]+$/),
      category: categorySchema.optional(),
      severity: severitySchema,
      recommendation: z.string().min(1),
      message: localizedSchema,
      note: z.string().min(1),
      params: z.unknown().optional(),
      fix: fixSpecSchema.optional(),
      examples: z
        .object({
          invalid: z.array(exampleSchema).min(1),
          valid: z.array(z.union([z.string().min(1), exampleSchema])).min(1),
        })
        .strict(),
    })
    .strict(),
);
export type Rule = z.infer<typeof ruleSchema>;

export const signalSchema = z.lazy(() =>
  z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      note: z.string().min(1),
      patterns: z.array(patternString).min(1),
      unless: z.array(conditionSchema).optional(),
      examples: z.object({ present: z.array(z.string()).min(1), absent: z.array(z.string()).min(1) }).strict(),
    })
    .strict(),
);
export type Signal = z.infer<typeof signalSchema>;

export const ruleSetSchema = z.lazy(() =>
  z
    .object({
      $schema: z.string().optional(),
      id: z.union([ruleSetIdSchema, z.literal("shared")]),
      category: categorySchema.optional(),
      /** "merge": findings of this set's rules that overlap read as one card, the rule listed
       *  first winning (list the most specific rule first); default: each rule keeps its own. */
      overlapping: z.enum(["separate", "merge"]).optional(),
      description: localizedSchema,
      families: z.record(z.string().regex(/^[a-z0-9-]+$/), familySchema).default({}),
      signals: z.array(signalSchema).default([]),
      rules: z.array(ruleSchema).default([]),
    })
    .strict(),
);
export type RuleSet = z.infer<typeof ruleSetSchema>;

/** A rule set kept as a folder (rules/<set>/): `set.json` holds what its topics share (id,
 *  description, common families, signals) and the order of its topic files. */
export const ruleSetHeaderSchema = z.lazy(() =>
  z
    .object({
      $schema: z.string().optional(),
      id: ruleSetIdSchema,
      category: categorySchema.optional(),
      overlapping: z.enum(["separate", "merge"]).optional(),
      description: localizedSchema,
      families: z.record(z.string().regex(/^[a-z0-9-]+$/), familySchema).default({}),
      signals: z.array(signalSchema).default([]),
      /** The topic files, without ".json", in the order their rules are listed. */
      topics: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
    })
    .strict(),
);

/** One topic of a folder rule set: its own families and its rules. */
export const ruleSetTopicSchema = z.lazy(() =>
  z
    .object({
      $schema: z.string().optional(),
      description: localizedSchema,
      families: z.record(z.string().regex(/^[a-z0-9-]+$/), familySchema).default({}),
      rules: z.array(ruleSchema).min(1),
    })
    .strict(),
);

export { recommendationSchema, recommendationsFileSchema, type Recommendation } from "./recommendation-schema.js";

/** Formats a zod error as "file: path: message" lines. */
export function describeIssues(file: string, error: z.core.$ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.length ? issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("") : "(root)";
      return `${file}: ${path.replace(/^\./, "")}: ${issue.message}`;
    })
    .join("\n");
}
