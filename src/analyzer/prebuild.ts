// What the build ships instead of the rule files: the rule sets as validated (defaults applied,
// each rule's parameters as its detector reads them), each rule's triggers and each pattern's start
// facts, worked out by compiling every rule once, and the privacy word lists folded. A service
// worker that wakes then skips the validation, compiles a rule only when a paragraph holds one of
// its triggers, and parses a pattern only when it first tries to match it.
import { detectors } from "./detectors/registry.js";
import { checkIdentifierWords } from "./privacy/identifier-words.js";
import { checkTreatmentGazetteers } from "./detectors/lib/treatment-gazetteers.js";
import { Engine, type TriggerManifest } from "./engine.js";
import type { ShippedFacts } from "./patterns/shipped-facts.js";
import { checkGazetteers, foldedGazetteers, type FoldedGazetteers } from "./privacy/gazetteers.js";
import { parseRuleFiles, type LoadedRules } from "./rules/load.js";
import { compactEntry } from "./patterns/families.js";
import type { RuleSet } from "./rules/schema.js";

export interface PrebuiltRules extends LoadedRules {
  /** By rule id, the triggers the rule's runner reports (null: it runs on every paragraph).
   *  Absent: the engine compiles every rule up front and works the triggers out itself. */
  readonly triggers?: TriggerManifest;
  /** Every rule's parameters were checked by its detector's schema and written as it returned
   *  them: the engine uses them as they are. */
  readonly paramsChecked?: boolean;
  /** The start facts of the rules' patterns (patterns/shipped-facts.ts). */
  readonly patternFacts?: ShippedFacts;
  /** The privacy word lists, folded (privacy/gazetteers.ts). */
  readonly gazetteers?: FoldedGazetteers;
}

/** Validates the rule files (by path, as parsed JSON) and the gazetteers, and compiles the rules
 *  once for their triggers; throws like `parseRuleFiles` or the engine on a malformed file. */
export function prebuildRules(files: Record<string, unknown>): PrebuiltRules {
  checkGazetteers();
  checkTreatmentGazetteers();
  checkIdentifierWords();
  const { ruleSets, recommendations } = parseRuleFiles(files);
  const engine = new Engine(ruleSets, recommendations);
  engine.checkFamilies();
  // The engine has checked every rule's parameters (it compiled them all): their parsed form is
  // what ships.
  const checked = ruleSets.map((set) => ({
    ...set,
    families: compactFamilies(set.families),
    rules: set.rules.map((rule) => ({ ...rule, params: (detectors.get(rule.detector) as { params: { parse(x: unknown): unknown } }).params.parse(rule.params ?? {}) })),
  }));
  return { ruleSets: checked, recommendations, triggers: engine.triggerManifest(), paramsChecked: true, patternFacts: engine.patternFacts(), gazetteers: foldedGazetteers() };
}

/** The families with each entry as the build ships it (patterns/families.ts: compactEntry). */
function compactFamilies(families: RuleSet["families"]): RuleSet["families"] {
  const out: RuleSet["families"] = {};
  for (const [name, f] of Object.entries(families)) {
    out[name] = { ...f, ...(f.fr && { fr: f.fr.map(compactEntry) }), ...(f.en && { en: f.en.map(compactEntry) }), ...(f.any && { any: f.any.map(compactEntry) }) };
  }
  return out;
}
