// The public contract of the analyzer (docs/CONTRACTS.md, "analyze(text, options)").
import { z } from "zod";
import { CATEGORIES, RULE_SETS, SEVERITIES } from "./constants.js";

// No `new Function` fast path: extension pages forbid eval (CSP), and the analyzer must behave the
// same in every context.
z.config({ jitless: true });

export { CATEGORIES, RULE_SETS, SEVERITIES };
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

export const ruleSetIdSchema = z.enum(RULE_SETS);
export type RuleSetId = z.infer<typeof ruleSetIdSchema>;

export const uiLanguageSchema = z.enum(["fr", "en"]);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;
export const platformSchema = z.enum(["facebook", "x", "linkedin", "blog", "other"]);
export type Platform = z.infer<typeof platformSchema>;

export const fixSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  replacement: z.string(),
  label: z.string(),
});
export type Fix = z.infer<typeof fixSchema>;

/** One detail of a combination finding (details that together identify a patient): its span, its
 *  words, and a fix of its own. */
export const findingPartSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string(),
  fix: fixSchema.optional(),
});
export type FindingPart = z.infer<typeof findingPartSchema>;

export const findingSchema = z.object({
  ruleId: z.string(),
  category: categorySchema,
  severity: severitySchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  message: z.string(),
  recommendation: z.string(),
  fix: fixSchema.optional(),
  /** Findings that belong together (e.g. quasi-identifiers of one patient) share a group id. */
  group: z.string().optional(),
  /** A combination finding's details, in text order (at least two); `start`/`end` are the first's. */
  parts: z.array(findingPartSchema).min(2).optional(),
  /** Why the finding fired; filled only when `explain` is asked for. */
  trace: z.array(z.string()).optional(),
});
export type Finding = z.infer<typeof findingSchema>;
export { spansOf } from "./spans.js";

export const analysisSchema = z.object({
  language: z.enum(["fr", "en", "und"]),
  findings: z.array(findingSchema),
});
export type Analysis = z.infer<typeof analysisSchema>;

/** An analysis as the command line writes it: with the rules that threw, if any. */
export const analysisOutputSchema = analysisSchema.extend({
  errors: z.array(z.object({ ruleId: z.string(), message: z.string() })).optional(),
});

export const analyzeOptionsSchema = z.object({
  ruleSets: z.array(ruleSetIdSchema).optional(),
  uiLanguage: uiLanguageSchema.optional(),
  platform: platformSchema.optional(),
  /** The draft's language when the caller knows it; otherwise it is detected. */
  lang: z.enum(["fr", "en"]).optional(),
  /** Names and terms never to flag (colleagues, own clinic). */
  allowlist: z.array(z.string().max(200)).max(500).optional(),
  /** Terms always to flag as patient-identifying (own hospital units…). */
  alwaysFlag: z.array(z.string().max(200)).max(500).optional(),
  /** Rule ids turned off by the user. */
  disabledRules: z.array(z.string()).optional(),
  explain: z.boolean().optional(),
  /** The user's own general-information notice (replaces the rules' default text in fixes). */
  disclaimer: z
    .object({ fr: z.string().max(500), en: z.string().max(500), shortFr: z.string().max(140), shortEn: z.string().max(140) })
    .optional(),
});
export type AnalyzeOptions = z.infer<typeof analyzeOptionsSchema>;
