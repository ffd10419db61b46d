// The analyzer's entry point: `analyze(text, options)` as DESIGN.md's contract says.
import { Engine, type AnalysisWithDiagnostics } from "./engine.js";
import { bundledRules } from "./rules/load.js";
import { analyzeOptionsSchema, type AnalyzeOptions } from "./types.js";

export * from "./types.js";
export { Engine } from "./engine.js";
export type { AnalysisWithDiagnostics } from "./engine.js";

let engine: Engine | undefined;

/** The engine built from the bundled rules (compiled once, then cached with its paragraph cache). */
export function defaultEngine(): Engine {
  if (!engine) {
    const { ruleSets, recommendations } = bundledRules();
    engine = new Engine(ruleSets, recommendations);
  }
  return engine;
}

/** Analyses a draft. Pure and deterministic: the same text and options give the same findings. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisWithDiagnostics {
  const parsed = analyzeOptionsSchema.parse(options);
  return defaultEngine().analyze(text, parsed);
}

export function recommendations() {
  return bundledRules().recommendations;
}
