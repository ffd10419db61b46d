// Validates rule files (rules/*.json, and rules/<set>/*.json for a set kept as a folder of topics,
// as parsed JSON by path) into rule sets and recommendations.
import {
  describeIssues,
  recommendationsFileSchema,
  ruleSetHeaderSchema,
  ruleSetSchema,
  ruleSetTopicSchema,
  type Recommendation,
  type RuleSet,
} from "./schema.js";

export interface LoadedRules {
  ruleSets: RuleSet[];
  recommendations: Recommendation[];
}

/** The file name of a folder set's header: rules/<set>/set.json. */
const HEADER = "set.json";

export function parseRuleFiles(entries: Record<string, unknown>): LoadedRules {
  const ruleSets: RuleSet[] = [];
  let recommendations: Recommendation[] = [];
  const errors: string[] = [];
  const folders = new Map<string, Map<string, unknown>>();
  for (const [path, data] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.replace(/^.*\/rules\//, "rules/");
    const inFolder = /^rules\/([^/]+)\/([^/]+)$/.exec(file);
    if (inFolder) {
      const [, folder, name] = inFolder as unknown as [string, string, string];
      if (!folders.has(folder)) folders.set(folder, new Map());
      folders.get(folder)!.set(name, data);
      continue;
    }
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
  for (const [folder, files] of folders) {
    // A folder without set.json is not a rule set (rules/gazetteers holds word lists).
    if (!files.has(HEADER)) continue;
    const set = mergeFolder(folder, files, errors);
    if (set) ruleSets.push(set);
  }
  if (errors.length > 0) throw new Error(`invalid rule files:\n${errors.join("\n")}`);
  return { ruleSets, recommendations };
}

/** One rule set from its folder: the header's families first, then each topic's families and
 *  rules in the header's order (the order decides which of two overlapping findings leads). */
function mergeFolder(folder: string, files: Map<string, unknown>, errors: string[]): RuleSet | undefined {
  const at = (name: string) => `rules/${folder}/${name}`;
  const header = ruleSetHeaderSchema.safeParse(files.get(HEADER));
  if (!header.success) {
    errors.push(describeIssues(at(HEADER), header.error));
    return undefined;
  }
  const { topics, ...shared } = header.data;
  const families = { ...shared.families };
  const rules: RuleSet["rules"] = [];
  const origin = new Map(Object.keys(families).map((name) => [name, HEADER]));
  for (const topic of topics) {
    const name = `${topic}.json`;
    if (!files.has(name)) {
      errors.push(`${at(HEADER)}: topics: no file ${at(name)}`);
      continue;
    }
    const part = ruleSetTopicSchema.safeParse(files.get(name));
    if (!part.success) {
      errors.push(describeIssues(at(name), part.error));
      continue;
    }
    for (const [family, value] of Object.entries(part.data.families)) {
      const first = origin.get(family);
      if (first) errors.push(`${at(name)}: families.${family}: already defined in ${at(first)}`);
      origin.set(family, name);
      families[family] = value;
    }
    rules.push(...part.data.rules);
  }
  for (const name of files.keys()) {
    if (name !== HEADER && !topics.includes(name.replace(/\.json$/, ""))) errors.push(`${at(name)}: not listed in ${at(HEADER)} topics`);
  }
  const merged = ruleSetSchema.safeParse({ ...shared, families, rules });
  if (!merged.success) {
    errors.push(describeIssues(at(HEADER), merged.error));
    return undefined;
  }
  return merged.data;
}
