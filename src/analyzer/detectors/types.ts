// What a detector is: ESLint's meta + create. A detector module validates its own params and, for
// each rule that names it, creates a runner. Runners return spans (Presidio's recognizer results);
// the engine turns them into findings with rule id, category, message and recommendation.
import { z } from "zod";
import type { Families, Pattern, Triggers } from "../patterns/matcher.js";
import type { ParagraphContext, DocumentContext, DocumentHit, Hit, ParagraphFacts } from "../contract.js";

export type { SentenceView, SignalHit, ParagraphContext, Hit, DocumentHit, DocumentParagraph, ParagraphFacts, DocumentContext } from "../contract.js";

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
