// The analyzer's entry point: `analyze(text, options)` as docs/CONTRACTS.md describes it.
import { Engine, type AnalysisWithDiagnostics } from "./engine.js";
import rules from "virtual:garde-fou/rules";
import { useFoldedGazetteers } from "./privacy/gazetteers.js";
import { analyzeOptionsSchema, type AnalyzeOptions } from "./types.js";

export * from "./types.js";
export { Engine } from "./engine.js";
export type { AnalysisWithDiagnostics } from "./engine.js";

let engine: Engine | undefined;

/** The engine built from the bundled rules (then cached with its paragraph cache). A build ships
 *  them validated, parameters included, with each rule's triggers: rules are compiled on first
 *  need. */
export function defaultEngine(): Engine {
  if (rules.gazetteers) useFoldedGazetteers(rules.gazetteers);
  engine ??= new Engine(rules.ruleSets, rules.recommendations, undefined, rules.triggers, { paramsChecked: rules.paramsChecked === true, patternFacts: rules.patternFacts });
  return engine;
}

/** Analyses a draft. Pure and deterministic: the same text and options give the same findings. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisWithDiagnostics {
  const parsed = analyzeOptionsSchema.parse(options);
  return defaultEngine().analyze(text, parsed);
}

export function recommendations() {
  return rules.recommendations;
}

/** Every rule id the bundled rules define (the worker checks a rule exists before turning it off). */
export function ruleIds(): string[] {
  return rules.ruleSets.flatMap((set) => set.rules.map((r) => r.id));
}
