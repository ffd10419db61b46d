// Rules that threw while analysing (the others still reported): kept in storage.session by the
// background so that the options page's diagnostics show them instead of swallowing them. Rule
// ids and error messages only — never draft text.
import { sessionArea } from "./session-area.js";
import { z } from "zod";

export const RULE_ERRORS_KEY = "diagnostics:rule-errors";
export const ruleErrorsSchema = z.array(z.object({ ruleId: z.string().max(100), message: z.string().max(300), at: z.number() })).max(20);
export type RuleErrors = z.infer<typeof ruleErrorsSchema>;


export async function recordRuleErrors(errors: ReadonlyArray<{ ruleId: string; message: string }>): Promise<void> {
  if (errors.length === 0) return;
  const previous = await readRuleErrors();
  const merged = [...errors.map((e) => ({ ruleId: e.ruleId, message: e.message.slice(0, 300), at: Date.now() })), ...previous.filter((p) => !errors.some((e) => e.ruleId === p.ruleId))].slice(0, 20);
  await sessionArea().set({ [RULE_ERRORS_KEY]: merged });
}

export async function readRuleErrors(): Promise<RuleErrors> {
  const parsed = ruleErrorsSchema.safeParse((await sessionArea().get(RULE_ERRORS_KEY))[RULE_ERRORS_KEY]);
  return parsed.success ? parsed.data : [];
}
