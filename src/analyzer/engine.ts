// Runs the rule sets over a draft. Work is split in two: a paragraph pass whose results are
// cached by paragraph text (a keystroke re-analyses one paragraph), and a cheap document pass that
// resolves document-wide conditions (a disclaimer anywhere in the draft), lets scored detectors
// combine their hits, merges overlaps, and writes localized findings.
import { detectors as defaultDetectors } from "./detectors/registry.js";
import type { DetectorModule, DocumentContext, DocumentHit, DocumentParagraph, Hit, ParagraphContext, ParagraphFacts, RuleRunner, SentenceView, SignalHit } from "./detectors/types.js";
import { compileCondition, type CompiledCondition, type MatchPosition } from "./patterns/conditions.js";
import { FamilyTable, Pattern, PatternSet, type Families } from "./patterns/matcher.js";
import { FactsReader, writeFacts, type ShippedFacts } from "./patterns/shipped-facts.js";
import { StartIndex } from "./patterns/start-index.js";
import type { Recommendation, Rule, RuleSet } from "./rules/schema.js";
import { tidyEdit } from "./fix-tidy.js";
import { silencedBy } from "./allowlist.js";
import { combineDetails } from "./privacy/combination.js";
import { foldSameLength } from "./text/fold.js";
import { termOccurrences } from "./text/terms.js";
import { decisiveVote, detectLanguage, sentenceLanguage, voteLanguage, type Lang } from "./text/language.js";
import { splitParagraphs, splitSentences } from "./text/segment.js";
import { tokenize } from "./text/tokenize.js";
import type { Analysis, AnalyzeOptions, Category, Finding, RuleSetId, Severity } from "./types.js";

interface CompiledRule {
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

interface CompiledSignal {
  id: string;
  patterns: PatternSet;
  unless: CompiledCondition[];
}

/** What a paragraph's pass keeps for the document pass and later keystrokes: not its tokens. */
interface KeptParagraph {
  readonly text: string;
  readonly folded: string;
  readonly sentences: readonly SentenceView[];
  readonly lang: Lang;
  readonly signals: ReadonlyMap<string, readonly SignalHit[]>;
  /** By key, the facts the compiled rules' finalizers read of it (see RuleRunner.paragraphFacts). */
  facts: Map<string, unknown> | undefined;
}

interface ParagraphResult {
  kept: KeptParagraph;
  hits: ReadonlyMap<string, Hit[]>;
  errors: ReadonlyArray<{ ruleId: string; message: string }>;
  vote: { fr: number; en: number };
}

export interface AnalysisWithDiagnostics extends Analysis {
  /** Rules that threw on this draft; the others still reported. */
  errors?: Array<{ ruleId: string; message: string }>;
}

const NO_HITS: ReadonlyMap<string, Hit[]> = new Map();
const NO_ERRORS: ReadonlyArray<{ ruleId: string; message: string }> = [];
const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const CACHE_LIMIT = 4000;

export class Engine {
  private readonly rules: CompiledRule[] = [];
  private readonly signals: CompiledSignal[] = [];
  private readonly cache = new Map<string, ParagraphResult>();
  /** Rules' trigger words, indexed like patterns' first words: one pass over a paragraph's tokens
   *  tells which rules could fire in it. */
  private readonly triggerIndex = new StartIndex();
  readonly recommendations: ReadonlyMap<string, Recommendation>;

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
    /** `paramsChecked`: every rule's parameters are already its detector's parsed output (the
     *  build checked them, see prebuild.ts); they are used as they are. `patternFacts`: the
     *  start facts of the rules' patterns, as `patternFacts()` gave them for the same rules and
     *  code (the build does it); patterns are then parsed only when first matched. */
    options: { paramsChecked?: boolean; patternFacts?: ShippedFacts } = {},
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

  private readonly familyTables: Array<[string, FamilyTable]> = [];
  /** Rules whose set asks overlapping findings to read as one: the set, and the rule's rank. */
  private readonly overlapMerge = new Map<string, { key: string; order: number }>();
  /** Every pattern compiled so far, by family table and source. */
  private readonly patterns = new Map<Families, Map<string, Pattern>>();

  /** The start facts of every rule's patterns, for an engine built later from the same rules and
   *  code (the build ships them, see prebuild.ts). Compiles any rule not compiled yet. */
  patternFacts(): ShippedFacts {
    for (const compiled of this.rules) this.runnerOf(compiled);
    const all: Array<readonly [string, string, Pattern]> = [];
    for (const [table, bySource] of this.patterns) {
      if (table.id === undefined) continue;
      for (const [source, pattern] of bySource) all.push([table.id, source, pattern]);
    }
    return writeFacts(all);
  }

  /** Parses every family of every rule set (families are otherwise parsed on first use): the
   *  build's rule check calls it so that a malformed entry fails the build with its file. */
  checkFamilies(): void {
    for (const [id, table] of this.familyTables) {
      try {
        table.parseAll();
      } catch (e) {
        throw new Error(`rules/${id}.json: ${(e as Error).message}`);
      }
    }
  }

  /** Each rule's triggers, for an engine built later from the same rules and code (the build
   *  ships them, see prebuild.ts). Compiles any rule not compiled yet. */
  triggerManifest(): Record<string, SerializedTriggers | null> {
    const out: Record<string, SerializedTriggers | null> = {};
    for (const compiled of this.rules) {
      const t = this.runnerOf(compiled).triggers ?? null;
      out[compiled.rule.id] = t === null ? null : { words: [...t.words].sort(), prefixes: [...t.prefixes].sort(), classes: [...t.classes].sort() };
    }
    return out;
  }

  /** How many rules are compiled so far (the others wait for a paragraph that needs them). */
  compiledRuleCount(): number {
    return this.rules.filter((r) => r.runner !== undefined).length;
  }

  private runnerOf(compiled: CompiledRule): RuleRunner {
    return (compiled.runner ??= compiled.create());
  }

  /** Milliseconds spent in each rule's paragraph pass, when enabled (bench, profiling). */
  timings: Map<string, number> | undefined;

  /** Forgets cached paragraphs (benchmarks time full analyses with it). */
  clearCache(): void {
    this.cache.clear();
  }

  /** Signal ids present in a text (for tests and --explain). */
  signalsIn(text: string): Set<string> {
    const out = new Set<string>();
    for (const p of splitParagraphs(text)) for (const [id, hits] of this.paragraph(p.text).kept.signals) if (hits.length > 0) out.add(id);
    return out;
  }

  ruleIds(): string[] {
    return this.rules.map((r) => r.rule.id);
  }

  analyze(text: string, options: AnalyzeOptions = {}): AnalysisWithDiagnostics {
    const paragraphs = splitParagraphs(text);
    const results = paragraphs.map((p) => this.paragraph(p.text));
    const lang: Lang = options.lang ?? this.documentLanguage(text, results);
    const ui = options.uiLanguage ?? (lang === "en" ? "en" : "fr");
    const fixLang: "fr" | "en" = lang === "en" ? "en" : "fr";
    const enabledSets = new Set<string>(options.ruleSets ?? []);
    const disabled = new Set(options.disabledRules ?? []);

    const documentSignals = new Set<string>();
    for (const r of results) for (const [id, hits] of r.kept.signals) if (hits.length > 0) documentSignals.add(id);
    // Placed paragraphs are built only if a finalize asks for them (most keystrokes need none).
    let placed: DocumentContext["paragraphs"] | undefined;
    const docCtx: DocumentContext = {
      text,
      lang,
      get paragraphs() {
        return (placed ??= results.map((r, i) => new PlacedParagraph(r.kept, (paragraphs[i] as { start: number }).start)));
      },
      signals: documentSignals,
      options,
    };

    // Hits by rule, placed in the document: one pass over the paragraphs' (mostly empty) hit maps.
    const byRule = new Map<string, DocumentHit[]>();
    results.forEach((r, pi) => {
      const offset = (paragraphs[pi] as { start: number }).start;
      for (const [ruleId, list] of r.hits) {
        let bucket = byRule.get(ruleId);
        if (!bucket) byRule.set(ruleId, (bucket = []));
        for (const h of list) bucket.push(place(h, offset, pi));
      }
    });
    const findings: Finding[] = [];
    const errors: Array<{ ruleId: string; message: string }> = [];
    for (const r of results) errors.push(...r.errors);
    for (const compiled of this.rules) {
      const { rule } = compiled;
      if (options.ruleSets && !enabledSets.has(compiled.ruleSetId)) continue;
      if (disabled.has(rule.id)) continue;
      // A rule not compiled yet has run on no paragraph: it has nothing to report.
      const runner = compiled.runner;
      if (!runner) continue;
      let hits: DocumentHit[] = byRule.get(rule.id) ?? [];
      if (hits.length === 0 && !runner.finalize) continue;
      if (hits.some(hasSignalConditions)) hits = hits.filter((h) => resolveSignals(h, documentSignals));
      if (runner.finalize) {
        try {
          hits = runner.finalize(docCtx, hits);
        } catch (e) {
          errors.push({ ruleId: rule.id, message: (e as Error).message });
          continue;
        }
      }
      for (const h of mergeHits(hits, rule.severity)) findings.push(this.toFinding(compiled, h, text, ui, fixLang, options));
    }

    const allowlist = options.allowlist ?? [];
    const allowed = allowlist.length === 0 ? [] : termOccurrences(results.map((r, i) => ({ folded: r.kept.folded, offset: (paragraphs[i] as { start: number }).start })), allowlist, false);
    const cards = this.overlapMerge.size === 0 || findings.length < 2 ? findings : mergeOverlapping(findings, this.overlapMerge);
    const kept = allowed.length === 0 ? cards : cards.filter((f) => !silencedBy(allowed, f, text));
    kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
    // One finding a story for the details that identify together (privacy/combination.ts).
    const combined = combineDetails(kept, text);
    const analysis: AnalysisWithDiagnostics = { language: lang, findings: combined };
    if (errors.length > 0) analysis.errors = errors;
    return analysis;
  }

  private toFinding(compiled: CompiledRule, h: DocumentHit, text: string, ui: "fr" | "en", fixLang: "fr" | "en", options: AnalyzeOptions): Finding {
    const { rule } = compiled;
    const finding: Finding = {
      ruleId: rule.id,
      category: compiled.category,
      severity: h.severity ?? rule.severity,
      start: h.start,
      end: h.end,
      message: fill(rule.message[ui], h.data),
      recommendation: rule.recommendation,
    };
    if (h.group !== undefined) finding.group = h.group;
    if (h.fix) {
      const own = typeof h.fix.label === "string" ? h.fix.label : h.fix.label?.[ui];
      finding.fix = { ...tidyEdit(text, { start: h.start, end: h.end, replacement: h.fix.replacement }), label: own ?? rule.fix?.label[ui] ?? (ui === "fr" ? "Corriger" : "Fix") };
    } else if (rule.fix) {
      const spec = rule.fix;
      const short = options.platform === "x";
      const own = spec.at === "end" && options.disclaimer ? (short ? (fixLang === "fr" ? options.disclaimer.shortFr : options.disclaimer.shortEn) : options.disclaimer[fixLang]) : undefined;
      const replacement = own ?? (short && spec.short ? spec.short : spec.replacement)[fixLang];
      if (spec.at === "end") {
        const end = text.trimEnd().length;
        finding.fix = { start: end, end, replacement: (end > 0 ? "\n\n" : "") + replacement, label: spec.label[ui] };
      } else {
        finding.fix = { ...tidyEdit(text, { start: h.start, end: h.end, replacement }), label: spec.label[ui] };
      }
    }
    if (options.explain) finding.trace = h.trace;
    return finding;
  }

  private lastLanguage: { sample: string; lang: Lang } | undefined;

  /** The draft's language: stop-word votes summed over the cached paragraphs, and franc on the
   *  first 2,000 characters (memoised: while typing further down, the sample does not change). */
  private documentLanguage(text: string, results: readonly ParagraphResult[]): Lang {
    if (results.length === 0) return "und";
    let fr = 0;
    let en = 0;
    for (const r of results) {
      fr += r.vote.fr;
      en += r.vote.en;
    }
    // A clear vote wins whatever franc says (see below): franc is then not asked, nor loaded.
    if (decisiveVote({ fr, en })) return fr > en ? "fr" : "en";
    const sample = text.length > 2000 ? text.slice(0, 2000) : text;
    let franc: Lang;
    if (this.lastLanguage?.sample === sample) franc = this.lastLanguage.lang;
    else {
      franc = sample.length >= 120 ? detectLanguage(sample, []) : "und";
      this.lastLanguage = { sample, lang: franc };
    }
    if (franc === "fr" && en <= fr * 2) return "fr";
    if (franc === "en" && fr <= en * 2) return "en";
    if (fr === 0 && en === 0) return franc;
    return fr >= en ? "fr" : "en";
  }

  /** The paragraph pass: tokens, sentences, signals and every rule's hits, cached by text. */
  private paragraph(text: string): ParagraphResult {
    const cached = this.cache.get(text);
    if (cached) {
      // Refresh recency so that the paragraphs of the draft being typed stay cached.
      this.cache.delete(text);
      this.cache.set(text, cached);
      return cached;
    }
    const tokens = tokenize(text);
    const vote = voteLanguage(tokens);
    const plang = detectLanguage(text, tokens, vote);
    let ti = 0;
    const sentences: SentenceView[] = splitSentences(text).map((s) => {
      while (ti < tokens.length && (tokens[ti] as { start: number }).start < s.start) ti++;
      const tokenStart = ti;
      while (ti < tokens.length && (tokens[ti] as { start: number }).start < s.end) ti++;
      return { start: s.start, end: s.end, tokenStart, tokenEnd: ti, lang: sentenceLanguage(tokens, plang, tokenStart, ti) };
    });
    const signals = new Map<string, SignalHit[]>();
    const ctx: ParagraphContext = { text, folded: foldSameLength(text), tokens, sentences, lang: plang, signals };
    for (const signal of this.signals) {
      // Most signals cannot start anywhere in a given paragraph: no need to ask sentence by sentence.
      if (!signal.patterns.mayStartIn(tokens)) continue;
      const found = signalHits(signal, ctx);
      if (found.length > 0) signals.set(signal.id, atSize(found));
    }
    // Most paragraphs have no hit and no error: they share one empty map and list.
    let hits: Map<string, Hit[]> | undefined;
    let errors: Array<{ ruleId: string; message: string }> | undefined;
    const triggered = this.triggerIndex.occurring(tokens);
    for (const compiled of this.rules) {
      if (compiled.trigger >= 0 && triggered[compiled.trigger] === 0) continue;
      try {
        const t0 = this.timings ? performance.now() : 0;
        const h = this.runnerOf(compiled).detect(ctx);
        if (this.timings) this.timings.set(compiled.rule.id, (this.timings.get(compiled.rule.id) ?? 0) + performance.now() - t0);
        if (h.length > 0) (hits ??= new Map()).set(compiled.rule.id, keptHits(h));
      } catch (e) {
        (errors ??= []).push({ ruleId: compiled.rule.id, message: (e as Error).message });
      }
    }
    // The facts the compiled rules' finalizers read of every paragraph, while the tokens are here.
    let facts: Map<string, unknown> | undefined;
    for (const compiled of this.rules) {
      const spec = compiled.runner?.paragraphFacts;
      if (!spec || facts?.has(spec.key)) continue;
      try {
        (facts ??= new Map()).set(spec.key, spec.compute(ctx));
      } catch (e) {
        (errors ??= []).push({ ruleId: compiled.rule.id, message: (e as Error).message });
      }
    }
    const kept: KeptParagraph = { text, folded: ctx.folded, sentences, lang: plang, signals, facts };
    const result: ParagraphResult = { kept, hits: hits ?? NO_HITS, errors: errors ?? NO_ERRORS, vote };
    if (this.cache.size >= CACHE_LIMIT) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    this.cache.set(text, result);
    return result;
  }
}

/** `xs` copied at its size: an array grown by pushes keeps room for more (sixteen slots past a
 *  few elements), which a cached paragraph would keep for as long as it stays cached. */
function atSize<T>(xs: T[]): T[] {
  return xs.slice();
}

/** A rule's hits in a paragraph as the cache keeps them: the list and each trace at their size. */
function keptHits(hits: Hit[]): Hit[] {
  for (const h of hits) if (h.trace.length > 1) h.trace = atSize(h.trace);
  return atSize(hits);
}

/** A cached paragraph placed in the document, for finalizers. */
class PlacedParagraph implements DocumentParagraph {
  constructor(
    private readonly kept: KeptParagraph,
    readonly offset: number,
  ) {}
  get text(): string {
    return this.kept.text;
  }
  get folded(): string {
    return this.kept.folded;
  }
  get sentences(): readonly SentenceView[] {
    return this.kept.sentences;
  }
  get lang(): Lang {
    return this.kept.lang;
  }
  get signals(): ReadonlyMap<string, readonly SignalHit[]> {
    return this.kept.signals;
  }
  facts<T>(spec: ParagraphFacts<T>): T {
    const kept = this.kept;
    if (kept.facts?.has(spec.key)) return kept.facts.get(spec.key) as T;
    // The rule was compiled after this paragraph was cached: its tokens are read again, once.
    const { text, folded, sentences, lang, signals } = kept;
    const value = spec.compute({ text, folded, tokens: tokenize(text), sentences, lang, signals });
    (kept.facts ??= new Map()).set(spec.key, value);
    return value;
  }
}

/** A signal's hits in a paragraph, sentence by sentence; it runs for every signal of every
 *  paragraph (docs/PERFORMANCE.md#loops-rather-than-callbacks). */
function signalHits(signal: CompiledSignal, ctx: ParagraphContext): SignalHit[] {
  const found: SignalHit[] = [];
  const { tokens, sentences } = ctx;
  // One position object for all the matches: conditions read it, none keeps it.
  const at: MatchPosition = { tokenStart: 0, tokenEnd: 0, sentence: 0 };
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si] as SentenceView;
    const matches = signal.patterns.findAll(tokens, s.tokenStart, s.tokenEnd);
    for (let m = 0; m < matches.length; m++) {
      const [, a, b] = matches[m] as readonly [number, number, number];
      at.tokenStart = a;
      at.tokenEnd = b;
      at.sentence = si;
      if (holdsAny(signal.unless, ctx, at)) continue;
      found.push({ start: (tokens[a] as { start: number }).start, end: (tokens[b - 1] as { end: number }).end, sentence: si, tokenStart: a, tokenEnd: b });
    }
  }
  return found;
}

function holdsAny(conditions: readonly CompiledCondition[], ctx: ParagraphContext, at: MatchPosition): boolean {
  for (let k = 0; k < conditions.length; k++) if ((conditions[k] as CompiledCondition).test(ctx, at) === true) return true;
  return false;
}

function flattenFamilies(set: RuleSet | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, f] of Object.entries(set?.families ?? {})) out[name] = [...(f.fr ?? []), ...(f.en ?? []), ...(f.any ?? [])];
  return out;
}

/** A paragraph hit placed in the document. Every field is written, so that all placed hits share
 *  one object shape (the document pass runs on every keystroke over every hit of the draft). */
function place(h: Hit, offset: number, paragraph: number): DocumentHit {
  return {
    start: h.start + offset,
    end: h.end + offset,
    paragraph,
    trace: h.trace,
    severity: h.severity,
    fix: h.fix,
    group: h.group,
    data: h.data,
    unlessSignals: h.unlessSignals,
    requiresSignals: h.requiresSignals,
    adjustSignals: h.adjustSignals,
  };
}

function hasSignalConditions(h: Hit): boolean {
  return h.unlessSignals !== undefined || h.requiresSignals !== undefined || h.adjustSignals !== undefined;
}

function resolveSignals(h: Hit, present: ReadonlySet<string>): boolean {
  if (h.unlessSignals?.some((s) => present.has(s))) return false;
  if (h.requiresSignals && !h.requiresSignals.every((s) => present.has(s))) return false;
  const adj = h.adjustSignals?.find((a) => present.has(a.signal));
  if (adj) {
    h.severity = adj.severity;
    h.trace = [...h.trace, `severity ${adj.severity}: signal ${adj.signal} in the draft`];
  }
  return true;
}

/** Merges overlapping hits of one rule (same group), keeping the worst severity. */
function mergeHits(hits: DocumentHit[], ruleSeverity: Severity): DocumentHit[] {
  // The hits are this analysis's own placed copies (or a finalize's new objects): set in place.
  for (const h of hits) h.severity ??= ruleSeverity;
  const sorted = hits.length > 1 ? [...hits].sort((a, b) => a.start - b.start || b.end - a.end) : hits;
  const out: DocumentHit[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.start < last.end && h.group === last.group) {
      const merged: DocumentHit = { ...last, end: Math.max(last.end, h.end), trace: [...last.trace, ...h.trace] };
      merged.severity = worst(last.severity ?? ruleSeverity, h.severity ?? ruleSeverity);
      if (last.fix && h.end > last.end) delete merged.fix;
      out[out.length - 1] = merged;
    } else {
      out.push(h);
    }
  }
  return out;
}

/** One card for overlapping findings of rules whose set merges them (one dosing sentence is a
 *  dose, a medication change and a regimen at once): the worst severity, then the rule listed
 *  first, speaks for the passage, over the span of all of them. */
function mergeOverlapping(findings: Finding[], ranks: ReadonlyMap<string, { key: string; order: number }>): Finding[] {
  const out: Finding[] = [];
  const open = new Map<string, Finding>();
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const f of sorted) {
    const rank = ranks.get(f.ruleId);
    if (!rank) {
      out.push(f);
      continue;
    }
    const last = open.get(rank.key);
    if (!last || f.start >= last.end) {
      const copy = { ...f };
      open.set(rank.key, copy);
      out.push(copy);
      continue;
    }
    const lastRank = ranks.get(last.ruleId)?.order ?? 0;
    const fWins = SEVERITY_RANK[f.severity] > SEVERITY_RANK[last.severity] || (f.severity === last.severity && rank.order < lastRank);
    const start = Math.min(last.start, f.start);
    const end = Math.max(last.end, f.end);
    const winner = fWins ? f : last;
    const trace = last.trace || f.trace ? [...(winner.trace ?? []), ...((fWins ? last.trace : f.trace) ?? [])] : undefined;
    // A fix that edits the winner's own passage no longer fits a wider one; a notice appended at
    // the end of the draft still does.
    const fix = winner.fix;
    const editsPassage = fix !== undefined && fix.start < winner.end && fix.end > winner.start;
    const keepFix = fix !== undefined && (!editsPassage || (winner.start === start && winner.end === end));
    Object.assign(last, { ...winner, start, end });
    if (trace) last.trace = trace;
    if (!keepFix) delete last.fix;
  }
  return out;
}

function worst(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

function fill(message: string, data: Record<string, string> | undefined): string {
  if (!data) return message;
  return message.replace(/\{\{(\w+)\}\}/g, (m, k: string) => data[k] ?? m);
}

export type { RuleSetId };
