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

export interface DocumentContext {
  text: string;
  lang: Lang;
  paragraphs: ReadonlyArray<ParagraphContext & { offset: number }>;
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
