// What the build ships instead of the rule files: the rule sets as validated (defaults applied),
// and each rule's triggers, worked out by compiling every rule once. A service worker that wakes
// then skips the validation, and compiles a rule only when a paragraph holds one of its triggers.
import { Engine, type TriggerManifest } from "../engine.js";
import { parseRuleFiles, type LoadedRules } from "./load.js";

export interface PrebuiltRules extends LoadedRules {
  /** By rule id, the triggers the rule's runner reports (null: it runs on every paragraph).
   *  Absent: the engine compiles every rule up front and works the triggers out itself. */
  readonly triggers?: TriggerManifest;
}

/** Validates the rule files (by path, as parsed JSON) and compiles them once for their triggers;
 *  throws like `parseRuleFiles` or the engine on a malformed file. */
export function prebuildRules(files: Record<string, unknown>): PrebuiltRules {
  const { ruleSets, recommendations } = parseRuleFiles(files);
  const engine = new Engine(ruleSets, recommendations);
  engine.checkFamilies();
  return { ruleSets, recommendations, triggers: engine.triggerManifest() };
}
