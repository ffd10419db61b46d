// Validates rule files (rules/*.json, as parsed JSON by path) into rule sets and recommendations.
import { describeIssues, recommendationsFileSchema, ruleSetSchema, type Recommendation, type RuleSet } from "./schema.js";

export interface LoadedRules {
  ruleSets: RuleSet[];
  recommendations: Recommendation[];
}

export function parseRuleFiles(entries: Record<string, unknown>): LoadedRules {
  const ruleSets: RuleSet[] = [];
  let recommendations: Recommendation[] = [];
  const errors: string[] = [];
  for (const [path, data] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.replace(/^.*\/rules\//, "rules/");
    if (file.endsWith("/recommendations.json")) {
      const r = recommendationsFileSchema.safeParse(data);
      if (r.success) recommendations = r.data.recommendations;
      else errors.push(describeIssues(file, r.error));
      continue;
    }
    const r = ruleSetSchema.safeParse(data);
    if (r.success) ruleSets.push(r.data);
    else errors.push(describeIssues(file, r.error));
  }
  if (errors.length > 0) throw new Error(`invalid rule files:\n${errors.join("\n")}`);
  return { ruleSets, recommendations };
}
