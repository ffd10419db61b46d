// The paragraph pass: tokens, sentences, signals and every triggered rule's hits of one paragraph,
// cached by its text (a keystroke re-analyses one paragraph). The cache keeps what the document
// pass and later keystrokes read, not the tokens.
import type { ParagraphReading } from "../contract.js";
import type { Hit, ParagraphContext, SentenceView, SignalHit } from "../detectors/types.js";
import type { CompiledCondition, MatchPosition } from "../patterns/conditions.js";
import { foldSameLength } from "../text/fold.js";
import { detectLanguage, sentenceLanguage, voteLanguage, type Lang } from "../text/language.js";
import { splitSentences } from "../text/segment.js";
import { tokenize } from "../text/tokenize.js";
import type { CompiledRule, CompiledRules, CompiledSignal } from "./rule-compilation.js";

/** What a paragraph's pass keeps for the document pass and later keystrokes: not its tokens. */
export interface KeptParagraph extends ParagraphReading {
  /** By key, the facts the compiled rules' finalizers read of it (see RuleRunner.paragraphFacts). */
  facts: Map<string, unknown> | undefined;
}

export interface ParagraphResult {
  kept: KeptParagraph;
  hits: ReadonlyMap<string, Hit[]>;
  errors: ReadonlyArray<{ ruleId: string; message: string }>;
  vote: { fr: number; en: number };
}

const NO_HITS: ReadonlyMap<string, Hit[]> = new Map();
const NO_ERRORS: ReadonlyArray<{ ruleId: string; message: string }> = [];
const CACHE_LIMIT = 4000;

export class ParagraphPass {
  /** Paragraph results by text, as an LRU list: a hit moves to the end, the oldest goes first. */
  private readonly cache = new Map<string, ParagraphResult>();
  /** Milliseconds spent in each rule's paragraph pass, when enabled (bench, profiling). */
  timings: Map<string, number> | undefined;

  constructor(private readonly compiledRules: CompiledRules) {}

  /** Forgets cached paragraphs. */
  clear(): void {
    this.cache.clear();
  }

  /** The paragraph's result, from the cache or worked out now. */
  run(text: string): ParagraphResult {
    const cached = this.cache.get(text);
    if (cached) {
      // Refresh recency so that the paragraphs of the draft being typed stay cached.
      this.cache.delete(text);
      this.cache.set(text, cached);
      return cached;
    }
    const { rules, signals: compiledSignals, triggerIndex } = this.compiledRules;
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
    for (const signal of compiledSignals) {
      // Most signals cannot start anywhere in a given paragraph: no need to ask sentence by sentence.
      if (!signal.patterns.mayStartIn(tokens)) continue;
      const found = signalHits(signal, ctx);
      if (found.length > 0) signals.set(signal.id, atSize(found));
    }
    // Most paragraphs have no hit and no error: they share one empty map and list.
    let hits: Map<string, Hit[]> | undefined;
    let errors: Array<{ ruleId: string; message: string }> | undefined;
    const triggered = triggerIndex.occurring(tokens);
    for (const compiled of rules) {
      if (compiled.trigger >= 0 && triggered[compiled.trigger] === 0) continue;
      try {
        const t0 = this.timings ? performance.now() : 0;
        const h = this.compiledRules.runnerOf(compiled).detect(ctx);
        if (this.timings) this.timings.set(compiled.rule.id, (this.timings.get(compiled.rule.id) ?? 0) + performance.now() - t0);
        if (h.length > 0) (hits ??= new Map()).set(compiled.rule.id, keptHits(h));
      } catch (e) {
        (errors ??= []).push({ ruleId: compiled.rule.id, message: (e as Error).message });
      }
    }
    // The facts the compiled rules' finalizers read of every paragraph, while the tokens are here.
    let facts: Map<string, unknown> | undefined;
    const factRules = this.compiledRules.factRules();
    for (let k = 0; k < factRules.length; k++) {
      const compiled = factRules[k] as CompiledRule;
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
