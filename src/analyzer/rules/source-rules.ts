// The rule files as written, validated on first use: what tests and the rule check run on. Builds
// resolve "virtual:garde-fou/rules" to the same rules validated at build time, with each rule's
// triggers (vite.rules-plugin.ts); vitest resolves it to this module, where the engine works the
// triggers out itself.
import { parseRuleFiles, type LoadedRules } from "./load.js";

// rules/gazetteers holds word lists and rules/models trained weights, not rule files; a folder of topics is one rule set (load.ts).
const files = import.meta.glob<unknown>(["/rules/*.json", "/rules/*/*.json", "!/rules/gazetteers/*.json", "!/rules/models/*.json"], { eager: true, import: "default" });

let cached: LoadedRules | undefined;

/** The bundled rule files, validated (once). */
export function bundledRules(): LoadedRules {
  cached ??= parseRuleFiles(files);
  return cached;
}

/** The rule files by path, as parsed JSON (for tests that prebuild them as a build does). */
export function ruleFiles(): Record<string, unknown> {
  return files;
}

// The shape of a build's prebuilt rules (prebuild.ts) without their optional shipped facts.
const rules: LoadedRules = {
  get ruleSets() {
    return bundledRules().ruleSets;
  },
  get recommendations() {
    return bundledRules().recommendations;
  },
};
export default rules;
