// What the build asks of compiled rules, to ship them ready for a waking service worker (see
// prebuild.ts): every pattern's start facts, every rule's triggers, and a check of every family.
import { writeFacts, type ShippedFacts } from "../patterns/shipped-facts.js";
import type { Pattern } from "../patterns/matcher.js";
import type { CompiledRules, SerializedTriggers } from "./rule-compilation.js";

/** The start facts of every rule's patterns. Compiles any rule not compiled yet. */
export function patternFacts(rules: CompiledRules): ShippedFacts {
  for (const compiled of rules.rules) rules.runnerOf(compiled);
  const all: Array<readonly [string, string, Pattern]> = [];
  for (const [table, bySource] of rules.patterns) {
    if (table.id === undefined) continue;
    for (const [source, pattern] of bySource) all.push([table.id, source, pattern]);
  }
  return writeFacts(all);
}

/** Parses every family of every rule set (families are otherwise parsed on first use), so that a
 *  malformed entry fails the build with its file. */
export function checkFamilies(rules: CompiledRules): void {
  for (const [id, table] of rules.familyTables) {
    try {
      table.parseAll();
    } catch (e) {
      throw new Error(`rules/${id}.json: ${(e as Error).message}`);
    }
  }
}

/** Each rule's triggers. Compiles any rule not compiled yet. */
export function triggerManifest(rules: CompiledRules): Record<string, SerializedTriggers | null> {
  const out: Record<string, SerializedTriggers | null> = {};
  for (const compiled of rules.rules) {
    const t = rules.runnerOf(compiled).triggers ?? null;
    out[compiled.rule.id] = t === null ? null : { words: [...t.words].sort(), prefixes: [...t.prefixes].sort(), classes: [...t.classes].sort() };
  }
  return out;
}
