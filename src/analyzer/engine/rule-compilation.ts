// The rule sets compiled for the engine: each rule with its category, runner (compiled on first
// need when the build gave its triggers) and place in the trigger index; the signals; the family
// tables and every pattern compiled so far, shared by the rules that name the same source.
import { detectors as defaultDetectors } from "../detectors/registry.js";
import type { DetectorModule, RuleRunner } from "../detectors/types.js";
import { compileCondition, type CompiledCondition } from "../patterns/conditions.js";
import { FamilyTable, Pattern, PatternSet, type Families } from "../patterns/matcher.js";
import { FactsReader, type ShippedFacts } from "../patterns/shipped-facts.js";
import { StartIndex } from "../patterns/start-index.js";
import type { Recommendation, Rule, RuleSet } from "../rules/schema.js";
import type { Category } from "../types.js";

export interface CompiledRule {
  rule: Rule;
  ruleSetId: string;
  category: Category;
  /** The rule's runner; undefined until a paragraph holds one of its triggers, when the engine was
   *  given them (a waking service worker compiles only the rules a draft needs). */
  runner: RuleRunner | undefined;
  create: () => RuleRunner;
  /** Id of the rule's triggers in the engine's trigger index (-1: runs on every paragraph). */
  trigger: number;
}

/** A rule's triggers as the build writes them down (see prebuild.ts). */
export interface SerializedTriggers {
  words: string[];
  prefixes: string[];
  classes: Array<"num" | "word" | "cap">;
}

/** By rule id, its triggers (null: the rule runs on every paragraph). */
export type TriggerManifest = Readonly<Record<string, SerializedTriggers | null>>;

export interface CompiledSignal {
  id: string;
  patterns: PatternSet;
  unless: CompiledCondition[];
}

export interface RuleCompilationOptions {
  /** Every rule's parameters are already its detector's parsed output (the build checked them,
   *  see prebuild.ts); they are used as they are. */
  paramsChecked?: boolean;
  /** The start facts of the rules' patterns, as `patternFacts()` gave them for the same rules and
   *  code (the build does it); patterns are then parsed only when first matched. */
  patternFacts?: ShippedFacts;
}

export class CompiledRules {
  readonly rules: CompiledRule[] = [];
  readonly signals: CompiledSignal[] = [];
  /** Rules' trigger words, indexed like patterns' first words: one pass over a paragraph's tokens
   *  tells which rules could fire. */
  readonly triggerIndex = new StartIndex();
  readonly recommendations: ReadonlyMap<string, Recommendation>;
  readonly familyTables: Array<[string, FamilyTable]> = [];
  /** Rules whose set asks overlapping findings to read as one: the set, and the rule's rank. */
  readonly overlapMerge = new Map<string, { key: string; order: number }>();
  /** Every pattern compiled so far, by family table and source. */
  readonly patterns = new Map<Families, Map<string, Pattern>>();

  /**
   * @param triggers each rule's triggers, as `triggerManifest()` gave them for the same rules and
   *   code (the build does it): rules are then compiled on first need. Without it, every rule is
   *   compiled now.
   */
  constructor(
    ruleSets: readonly RuleSet[],
    recommendations: readonly Recommendation[],
    registry: ReadonlyMap<string, DetectorModule<unknown>> = defaultDetectors,
    triggers?: TriggerManifest,
    options: RuleCompilationOptions = {},
  ) {
    this.recommendations = new Map(recommendations.map((r) => [r.id, r]));
    const shared = ruleSets.find((s) => s.id === "shared");
    const sharedFamilies = new FamilyTable(flattenFamilies(shared), undefined, "shared");
    this.familyTables.push(["shared", sharedFamilies]);
    const startIndex = new StartIndex();
    const known = options.patternFacts ? new FactsReader(options.patternFacts) : undefined;
    // One compiled pattern per source and family table: rules share cue families ("@claim-negation").
    const compiled = this.patterns;
    const compilePattern = (table: Families, source: string): Pattern => {
      let bySource = compiled.get(table);
      if (!bySource) compiled.set(table, (bySource = new Map()));
      let p = bySource.get(source);
      if (!p) bySource.set(source, (p = new Pattern(source, table, startIndex, known?.get(table.id, source))));
      return p;
    };
    for (const set of ruleSets) {
      const families = set.id === "shared" ? sharedFamilies : new FamilyTable(flattenFamilies(set), sharedFamilies, set.id);
      if (families !== sharedFamilies) this.familyTables.push([set.id, families]);
      const envFor = (ruleId: string) => {
        const patternIn = (table: Families, source: string): Pattern => {
          try {
            return compilePattern(table, source);
          } catch (e) {
            throw new Error(`rules/${set.id}.json: ${ruleId}: ${(e as Error).message}`);
          }
        };
        return { ruleId, ruleSetId: set.id, families, patternIn, pattern: (source: string) => patternIn(families, source) };
      };
      for (const signal of set.signals) {
        const env = envFor(`${set.id}/${signal.id}`);
        this.signals.push({
          id: `${set.id}/${signal.id}`,
          patterns: new PatternSet(signal.patterns.map((p) => env.pattern(p))),
          unless: (signal.unless ?? []).map((c) => compileCondition(c, env)),
        });
      }
      for (const rule of set.rules) {
        if (set.overlapping === "merge") this.overlapMerge.set(rule.id, { key: set.id, order: this.overlapMerge.size });
        const detector = registry.get(rule.detector);
        if (!detector) throw new Error(`rules/${set.id}.json: ${rule.id}: unknown detector "${rule.detector}"`);
        const category = rule.category ?? set.category;
        if (!category) throw new Error(`rules/${set.id}.json: ${rule.id}: no category (on the rule or the rule set)`);
        if (!this.recommendations.has(rule.recommendation)) {
          throw new Error(`rules/${set.id}.json: ${rule.id}: unknown recommendation "${rule.recommendation}"`);
        }
        const create = (): RuleRunner => {
          if (options.paramsChecked) return detector.create(rule.params ?? {}, envFor(rule.id));
          const params = detector.params.safeParse(rule.params ?? {});
          if (!params.success) {
            const detail = params.error.issues.map((i) => `params.${i.path.join(".")}: ${i.message}`).join("; ");
            throw new Error(`rules/${set.id}.json: ${rule.id}: ${detail}`);
          }
          return detector.create(params.data, envFor(rule.id));
        };
        const known = triggers?.[rule.id];
        if (known) {
          // Compiled when a paragraph first holds one of its triggers.
          const trigger = this.triggerIndex.registerWords(new Set(known.words), known.prefixes, new Set(known.classes));
          this.rules.push({ rule, ruleSetId: set.id, category, runner: undefined, create, trigger });
          continue;
        }
        const runner = create();
        const t = runner.triggers ?? null;
        const trigger = t === null ? -1 : this.triggerIndex.registerWords(t.words, t.prefixes, t.classes);
        this.rules.push({ rule, ruleSetId: set.id, category, runner, create, trigger });
      }
    }
  }

  runnerOf(compiled: CompiledRule): RuleRunner {
    if (compiled.runner) return compiled.runner;
    const runner = compiled.create();
    compiled.runner = runner;
    this.withFacts = undefined;
    return runner;
  }

  /** The compiled rules whose runners ask for paragraph facts, in rule order (a handful of the
   *  rules; the paragraph pass asks on every paragraph). */
  factRules(): readonly CompiledRule[] {
    return (this.withFacts ??= this.rules.filter((r) => r.runner?.paragraphFacts !== undefined));
  }

  private withFacts: CompiledRule[] | undefined;

  /** How many rules are compiled so far (the others wait for a paragraph that needs them). */
  compiledRuleCount(): number {
    return this.rules.filter((r) => r.runner !== undefined).length;
  }
}

function flattenFamilies(set: RuleSet | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, f] of Object.entries(set?.families ?? {})) out[name] = [...(f.fr ?? []), ...(f.en ?? []), ...(f.any ?? [])];
  return out;
}
