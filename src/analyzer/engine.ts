// Runs the rule sets over a draft. Work is split in two: a paragraph pass whose results are
// cached by paragraph text (a keystroke re-analyses one paragraph), and a cheap document pass that
// resolves document-wide conditions (a disclaimer anywhere in the draft), lets scored detectors
// combine their hits, merges overlaps, and writes localized findings. Each job has its module in
// engine/: rule compilation, what the build ships, the paragraph pass with its cache, the document
// pass, and writing a finding.
import type { DetectorModule } from "./detectors/types.js";
import type { ShippedFacts } from "./patterns/shipped-facts.js";
import type { Recommendation, RuleSet } from "./rules/schema.js";
import { splitParagraphs } from "./text/segment.js";
import type { AnalyzeOptions, RuleSetId } from "./types.js";
import { checkFamilies, patternFacts, triggerManifest } from "./engine/build-exports.js";
import { DocumentPass, type AnalysisWithDiagnostics } from "./engine/document-pass.js";
import { ParagraphPass } from "./engine/paragraph-pass.js";
import { CompiledRules, type RuleCompilationOptions, type SerializedTriggers, type TriggerManifest } from "./engine/rule-compilation.js";

export type { AnalysisWithDiagnostics } from "./engine/document-pass.js";
export type { SerializedTriggers, TriggerManifest } from "./engine/rule-compilation.js";

export class Engine {
  private readonly compiled: CompiledRules;
  private readonly paragraphs: ParagraphPass;
  private readonly document: DocumentPass;
  readonly recommendations: ReadonlyMap<string, Recommendation>;

  /**
   * @param triggers each rule's triggers, as `triggerManifest()` gave them for the same rules and
   *   code (the build does it): rules are then compiled on first need. Without it, every rule is
   *   compiled now.
   * @param options `paramsChecked`: every rule's parameters are already its detector's parsed
   *   output (the build checked them, see prebuild.ts). `patternFacts`: the start facts of the
   *   rules' patterns, as `patternFacts()` gave them (the build does it); patterns are then parsed
   *   only when first matched.
   */
  constructor(
    ruleSets: readonly RuleSet[],
    recommendations: readonly Recommendation[],
    registry?: ReadonlyMap<string, DetectorModule<unknown>>,
    triggers?: TriggerManifest,
    options: { paramsChecked?: boolean; patternFacts?: ShippedFacts } = {},
  ) {
    this.compiled = new CompiledRules(ruleSets, recommendations, registry, triggers, options satisfies RuleCompilationOptions);
    this.recommendations = this.compiled.recommendations;
    this.paragraphs = new ParagraphPass(this.compiled);
    this.document = new DocumentPass(this.compiled);
  }

  /** The start facts of every rule's patterns, for an engine built later from the same rules and
   *  code (the build ships them, see prebuild.ts). Compiles any rule not compiled yet. */
  patternFacts(): ShippedFacts {
    return patternFacts(this.compiled);
  }

  /** Parses every family of every rule set (families are otherwise parsed on first use): the
   *  build's rule check calls it so that a malformed entry fails the build with its file. */
  checkFamilies(): void {
    checkFamilies(this.compiled);
  }

  /** Each rule's triggers, for an engine built later from the same rules and code (the build
   *  ships them, see prebuild.ts). Compiles any rule not compiled yet. */
  triggerManifest(): Record<string, SerializedTriggers | null> {
    return triggerManifest(this.compiled);
  }

  /** How many rules are compiled so far (the others wait for a paragraph that needs them). */
  compiledRuleCount(): number {
    return this.compiled.compiledRuleCount();
  }

  /** Milliseconds spent in each rule's paragraph pass, when enabled (bench, profiling). */
  get timings(): Map<string, number> | undefined {
    return this.paragraphs.timings;
  }
  set timings(value: Map<string, number> | undefined) {
    this.paragraphs.timings = value;
  }

  /** Forgets cached paragraphs (benchmarks time full analyses with it). */
  clearCache(): void {
    this.paragraphs.clear();
  }

  /** Signal ids present in a text (for tests and --explain). */
  signalsIn(text: string): Set<string> {
    const out = new Set<string>();
    for (const p of splitParagraphs(text)) for (const [id, hits] of this.paragraphs.run(p.text).kept.signals) if (hits.length > 0) out.add(id);
    return out;
  }

  ruleIds(): string[] {
    return this.compiled.rules.map((r) => r.rule.id);
  }

  analyze(text: string, options: AnalyzeOptions = {}): AnalysisWithDiagnostics {
    const paragraphs = splitParagraphs(text);
    const results = paragraphs.map((p) => this.paragraphs.run(p.text));
    return this.document.run(text, paragraphs, results, options);
  }
}

export type { RuleSetId };
