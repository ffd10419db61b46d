// The analyzer's contract types: what a paragraph pass hands to rules (a paragraph's text, tokens,
// sentences and signals), what a rule hands back (hits), and what the document pass sees. They sit
// at the bottom of the analyzer: patterns, privacy and detectors all read them, and they read
// nothing above the text layer.
import type { Lang } from "./text/language.js";
import type { Token } from "./text/tokenize.js";
import type { AnalyzeOptions, Severity } from "./types.js";

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

/** What reading a paragraph yields, kept with it once its tokens are dropped. */
export interface ParagraphReading {
  readonly text: string;
  /** Same-length lower-case accent-free view of `text`. */
  readonly folded: string;
  readonly sentences: readonly SentenceView[];
  readonly lang: Lang;
  readonly signals: ReadonlyMap<string, readonly SignalHit[]>;
}

/** A paragraph as the document pass sees it: its offset in the document, and what its paragraph
 *  pass kept. Its tokens are not kept (a third of a cached paragraph's memory): a finalize that
 *  reads other paragraphs asks for the facts it needs, worked out while the tokens were at hand. */
export interface DocumentParagraph extends ParagraphReading {
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
