// What a detector is: ESLint's meta + create. A detector module validates its own params and, for
// each rule that names it, creates a runner. Runners return spans (Presidio's recognizer results);
// the engine turns them into findings with rule id, category, message and recommendation.
import { z } from "zod";
import type { Families, Pattern, Triggers } from "../patterns/matcher.js";
import type { Lang } from "../text/language.js";
import type { Token } from "../text/tokenize.js";
import type { AnalyzeOptions, Severity } from "../types.js";

export interface SentenceView {
  /** Offsets relative to the paragraph. */
  start: number;
  end: number;
  /** Token index range [tokenStart, tokenEnd) in the paragraph's tokens. */
  tokenStart: number;
  tokenEnd: number;
  lang: Lang;
}

export interface SignalHit {
  start: number;
  end: number;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
}

export interface ParagraphContext {
  /** The paragraph's text; hit offsets are relative to it. */
  text: string;
  /** Same-length lower-case accent-free view of `text`. */
  folded: string;
  tokens: readonly Token[];
  sentences: readonly SentenceView[];
  lang: Lang;
  /** Signals found in this paragraph, by id ("clinical-advice/disclaimer"). */
  signals: ReadonlyMap<string, readonly SignalHit[]>;
}

export interface Hit {
  start: number;
  end: number;
  /** Overrides the rule's severity (scored detectors). */
  severity?: Severity;
  /** Why it fired: pattern, context word, score. Shown by --explain. */
  trace: string[];
  /** A replacement for this span, in the text's language (overrides the rule's fix). */
  fix?: { replacement: string; label?: string | { fr: string; en: string } };
  /** Hits that belong together (quasi-identifiers of one patient). */
  group?: string;
  /** Values for {{placeholders}} in the rule's message. */
  data?: Record<string, string>;
  /** Resolved by the engine over the whole document: the hit is dropped if any of these signals
   *  is present anywhere, kept only if all `requiresSignals` are, and takes the severity of the
   *  first `adjustSignals` entry present. */
  unlessSignals?: readonly string[];
  requiresSignals?: readonly string[];
  adjustSignals?: ReadonlyArray<{ signal: string; severity: Severity }>;
}

/** A hit placed in the document, as seen by `finalize`. */
export interface DocumentHit extends Hit {
  paragraph: number;
}

/** A paragraph as the document pass sees it: its offset in the document, and what its paragraph
 *  pass kept. Its tokens are not kept (a third of a cached paragraph's memory): a finalize that
 *  reads other paragraphs asks for the facts it needs, worked out while the tokens were at hand. */
export interface DocumentParagraph {
  readonly text: string;
  /** Same-length lower-case accent-free view of `text`. */
  readonly folded: string;
  readonly sentences: readonly SentenceView[];
  readonly lang: Lang;
  readonly signals: ReadonlyMap<string, readonly SignalHit[]>;
  readonly offset: number;
  /** The facts `spec` works out of this paragraph: kept from its paragraph pass, or worked out
   *  now from its text (a rule compiled after the paragraph was cached). */
  facts<T>(spec: ParagraphFacts<T>): T;
}

/** What a finalize needs to know of every paragraph. Rules whose facts share a key share them. */
export interface ParagraphFacts<T> {
  readonly key: string;
  compute(paragraph: ParagraphContext): T;
}

export interface DocumentContext {
  text: string;
  lang: Lang;
  paragraphs: readonly DocumentParagraph[];
  /** Signals present anywhere in the document. */
  signals: ReadonlySet<string>;
  /** The caller's options (allowlist, terms always to flag, platform). */
  options: AnalyzeOptions;
}

export interface CompileEnv {
  ruleId: string;
  ruleSetId: string;
  families: Families;
  /** Compiles a pattern against the rule set's families (errors name the pattern). */
  pattern(source: string): Pattern;
  /** Compiles a pattern against other families (a detector's own table built over the rule
   *  set's), indexed and shared like the others. */
  patternIn(families: Families, source: string): Pattern;
}

export interface RuleRunner {
  /** Words, prefixes or token classes one of which a paragraph must hold for this rule to fire
   *  there; the engine skips `detect` on other paragraphs (a cheap pre-filter). Omit or null: the
   *  rule runs on every paragraph. */
  triggers?: Triggers | null;
  /** Runs on one paragraph; results are cached per paragraph text. Offsets are paragraph-relative. */
  detect(paragraph: ParagraphContext): Hit[];
  /** Optional document-level pass over this rule's hits (offsets are document offsets). Must be
   *  cheap: it runs on every analysis. */
  finalize?(document: DocumentContext, hits: DocumentHit[]): DocumentHit[];
  /** Facts `finalize` reads of other paragraphs: the engine works them out at the end of every
   *  paragraph's pass, while its tokens are at hand, once the rule is compiled. */
  paragraphFacts?: ParagraphFacts<unknown>;
}

export interface DetectorModule<P = unknown> {
  id: string;
  description: string;
  params: z.ZodType<P>;
  create(params: P, env: CompileEnv): RuleRunner;
}

export function defineDetector<P>(module: DetectorModule<P>): DetectorModule<P> {
  return module;
}

/** The parameters of a detector that takes none. */
export const NO_PARAMS = z.lazy(() => z.object({}).strict());
