// Patient context, sentence by sentence (ConText's idea applied to a care encounter): a sentence
// tells of one patient's care ("ma patiente", "admitted last night", "I saw a man in clinic"),
// unless it speaks of patients in general ("beaucoup de mes patients", "412 patients"), of the
// author's own health or family, or of a public figure. Code de déontologie, art. 20.
import { z } from "zod";
import type { ParagraphContext } from "../contract.js";
import type { PatternCompiler } from "../patterns/conditions.js";
import { ParagraphMemo } from "../paragraph-memo.js";
import { PatternSet } from "../patterns/matcher.js";
import { patternString } from "../rules/schema.js";
import { findAges } from "./age.js";
import { gazetteers } from "./gazetteers.js";
import { isNameWord } from "./names.js";
import type { Token } from "../text/tokenize.js";

const patternList = () => z.array(patternString);

export const contextParamsSchema = z.lazy(() =>
  z
    .object({
      /** A care encounter with one patient. */
      context: patternList().min(1),
      /** Patients in general, aggregates, habits: the sentence tells no one's story. */
      general: patternList().default([]),
      /** One person singled out of a group ("dont la petite Rosalie", "including a 4-year-old"):
       *  the sentence tells that person's story, whatever count it gives. */
      single: patternList().default([]),
      /** The author's own health or family: not a patient. */
      self: patternList().default([]),
      /** Public figures and readers: not patients of the author. */
      notPatient: patternList().default([]),
      /** How many paragraphs away a patient context still reaches (stories span paragraphs). */
      reach: z.number().int().min(0).max(6).default(2),
      /** A scored care window wider than one phrase: a paragraph whose care vocabulary (places,
       *  acts, times, conditions) adds up, and that holds a person, tells of someone's care. */
      window: z
        .object({
          groups: z.array(z.object({ kind: z.string().regex(/^[a-z-]+$/), weight: z.number().min(0).max(3), patterns: patternList().min(1) }).strict()).min(1),
          /** Someone the story may be about: a titled name, initials, a name with an age, a role. */
          person: patternList().min(1),
          /** Care done by the author to the person: a public figure or a reader is then a patient. */
          override: patternList().default([]),
          /** Score from which the paragraph is a care story; kinds count once, at their heaviest. */
          threshold: z.number().min(0.5).max(10).default(2),
          /** Kinds that must be present (a care story needs a place or an act of care). */
          anchors: z.array(z.string()).default([]),
        })
        .strict()
        .optional(),
    })
    .strict(),
);
export type ContextParams = z.infer<typeof contextParamsSchema>;

/** What a patient context is read from: rules of one set whose keys are equal share one reading of
 *  each paragraph. */
function contextKey(p: Partial<ContextParams>): string {
  return JSON.stringify([p.context ?? [], p.general ?? [], p.single ?? [], p.self ?? [], p.notPatient ?? [], p.window ?? null]);
}

/** The detectors that read a patient context. */
const CONTEXT_DETECTORS: ReadonlySet<string> = new Set(["person-name", "patient-details"]);

/** Build check: within a rule set, the rules that read a patient context read the same one. A rule
 *  whose context differs by one entry reads every paragraph a second time, unseen by any test. */
export function checkSharedContexts(ruleSets: ReadonlyArray<{ id: string; rules: ReadonlyArray<{ id: string; detector: string; params?: unknown }> }>): void {
  for (const set of ruleSets) {
    let first: { id: string; key: string } | undefined;
    for (const rule of set.rules) {
      if (!CONTEXT_DETECTORS.has(rule.detector)) continue;
      // The engine has validated the params; a detector's own settings sit beside these.
      const key = contextKey((rule.params ?? {}) as Partial<ContextParams>);
      first ??= { id: rule.id, key };
      if (key !== first.key) throw new Error(`${set.id}: ${rule.id} reads a patient context (context, general, single, self, notPatient, window) different from ${first.id}'s; give both the same lists, or each paragraph is read twice.`);
    }
  }
}

export interface SentenceContext {
  /** Token ranges of care-encounter cues that survived the cancelling families. */
  readonly cues: ReadonlyArray<readonly [number, number]>;
  readonly general: boolean;
  readonly self: boolean;
  readonly notPatient: boolean;
}

const newKeyMap = (): Map<string, SentenceContext[]> => new Map();

export class ContextFinder {
  // Sets: asked sentence by sentence, each first drops, for the paragraph, the patterns that
  // cannot start in it.
  private readonly context: PatternSet;
  private readonly general: PatternSet;
  private readonly single: PatternSet;
  private readonly self: PatternSet;
  private readonly notPatient: PatternSet;
  private readonly window: CareWindow | undefined;

  /** Rules with the same context lists share results for a paragraph (person-name and
   *  patient-details both ask, in the same engine pass). */
  private readonly key: string;
  private static readonly memo = new ParagraphMemo<ParagraphContext, Map<string, SentenceContext[]>>();

  constructor(params: ContextParams, env: PatternCompiler & { ruleSetId: string }) {
    this.key = `${env.ruleSetId} ${contextKey(params)}`;
    const set = (list: string[]) => new PatternSet(list.map((p) => env.pattern(p)));
    this.context = set(params.context);
    this.general = set(params.general);
    this.single = set(params.single);
    this.self = set(params.self);
    this.notPatient = set(params.notPatient);
    const w = params.window;
    this.window = w && {
      groups: w.groups.map((g) => ({ kind: g.kind, weight: g.weight, patterns: set(g.patterns) })),
      person: set(w.person),
      override: set(w.override),
      threshold: w.threshold,
      anchors: new Set(w.anchors),
    };
  }

  /** Every sentence's patient context in a paragraph. */
  paragraph(ctx: ParagraphContext): SentenceContext[] {
    const byKey = ContextFinder.memo.get(ctx, newKeyMap);
    let found = byKey.get(this.key);
    if (!found) {
      found = ctx.sentences.map((_, si) => this.sentence(ctx, si));
      if (this.window) found = this.widen(ctx, found, this.window);
      byKey.set(this.key, found);
    }
    return found;
  }

  sentence(ctx: ParagraphContext, si: number): SentenceContext {
    const s = ctx.sentences[si];
    if (!s) return { cues: [], general: false, self: false, notPatient: false };
    const byPattern = this.context.matchesByPattern(ctx.tokens, s.tokenStart, s.tokenEnd);
    let found = byPattern;
    // "un pêcheur de 52 ans", "a 5-year-old from Magog": someone described by age is a patient.
    for (const a of findAges(ctx.tokens, s.tokenStart, s.tokenEnd)) if (a.person) found = [...found, [a.start, a.end]];
    if (found.length === 0) {
      // No care cue: the flags matter only to the few sentences that name someone or sit in a
      // care story; read them when asked.
      return new CuelessSentence(this, ctx, si);
    }
    const general = matchesOutside(this.general, ctx, s, found) && !this.single.some(ctx.tokens, s.tokenStart, s.tokenEnd);
    const self = matchesOutside(this.self, ctx, s, found);
    // A public figure the author received or treated is a patient all the same ("Reçu à mon
    // bureau l'animatrice…").
    const notPatient = this.notPatient.some(ctx.tokens, s.tokenStart, s.tokenEnd) && !(this.window?.override.some(ctx.tokens, s.tokenStart, s.tokenEnd) ?? false);
    const cues = general || self || notPatient ? [] : found;
    return { cues, general, self, notPatient };
  }

  /** The care window: when the paragraph's care vocabulary adds up and a person is in it, each
   *  sentence that holds care vocabulary (and speaks of no one in general, nor of the author)
   *  becomes a care context, its vocabulary the cues. A first-person act of care on the person
   *  outweighs a public role ("j'ai opéré la chanteuse…"). */
  private widen(ctx: ParagraphContext, found: SentenceContext[], w: CareWindow): SentenceContext[] {
    const tokens = ctx.tokens;
    const live = w.groups.filter((g) => g.patterns.mayStartIn(tokens));
    if (live.length === 0) return found;
    // Someone the story is about first: most paragraphs name no one, and this check is the cheaper.
    // A person met only where the author speaks of their own family or of patients in general
    // ("ma grand-mère, à 97 ans") is nobody's care story.
    if (!ctx.sentences.some((s, si) => w.person.some(tokens, s.tokenStart, s.tokenEnd) && !isSelfOrGeneral(found[si])) && !hasGivenName(ctx)) return found;
    const byKind = new Map<string, number>();
    const perSentence: Array<Array<readonly [number, number]>> = [];
    ctx.sentences.forEach((s, si) => {
      const ranges: Array<readonly [number, number]> = [];
      perSentence.push(ranges);
      const kinds: Array<[string, number]> = [];
      for (const g of live) {
        const m = g.patterns.matchesByPattern(tokens, s.tokenStart, s.tokenEnd);
        if (m.length === 0) continue;
        ranges.push(...m);
        kinds.push([g.kind, g.weight]);
      }
      // Patients in general or the author's own care add nothing to anyone's story.
      const sc = found[si] as SentenceContext;
      if (kinds.length === 0 || sc.general || sc.self) return;
      if (sc.notPatient && !w.override.some(tokens, s.tokenStart, s.tokenEnd)) return;
      for (const [k, v] of kinds) byKind.set(k, Math.max(byKind.get(k) ?? 0, v));
    });
    let score = 0;
    for (const v of byKind.values()) score += v;
    if (score < w.threshold) return found;
    if (w.anchors.size > 0 && ![...byKind.keys()].some((k) => w.anchors.has(k))) return found;
    return found.map((sc, si) => {
      const ranges = perSentence[si] as Array<readonly [number, number]>;
      if (ranges.length === 0 || sc.general || sc.self) return sc;
      const s = ctx.sentences[si] as { tokenStart: number; tokenEnd: number };
      if (sc.notPatient && !w.override.some(tokens, s.tokenStart, s.tokenEnd)) return sc;
      return { cues: [...sc.cues, ...ranges], general: false, self: false, notPatient: false };
    });
  }

  /** Whether one of `kind`'s patterns matches in sentence `si` (for a sentence without cues). */
  matchesIn(kind: "general" | "self" | "notPatient", ctx: ParagraphContext, si: number): boolean {
    const s = ctx.sentences[si];
    if (!s) return false;
    if (!this[kind].some(ctx.tokens, s.tokenStart, s.tokenEnd)) return false;
    return kind !== "general" || !this.single.some(ctx.tokens, s.tokenStart, s.tokenEnd);
  }
}

/** Whether one of `ps` matches in sentence `s` outside every cue: a specific cue wins over a general
 *  or personal phrase it contains ("un de mes patients" ⊃ "mes patients"; "ma plus vieille patiente"
 *  ⊃ "ma plus vieille", which alone is the author's child). Out of `sentence`, whose every call
 *  would otherwise allocate the variables this reads. */
function matchesOutside(ps: PatternSet, ctx: ParagraphContext, s: { tokenStart: number; tokenEnd: number }, cues: ReadonlyArray<readonly [number, number]>): boolean {
  return ps.some(ctx.tokens, s.tokenStart, s.tokenEnd, ([a, b]) => !cues.some(([c, d]) => c <= a && b <= d));
}

function isSelfOrGeneral(sc: SentenceContext | undefined): boolean {
  return sc !== undefined && (sc.self || sc.general);
}

/** A capitalised given name from the gazetteer, not the sentence's first word unless a comma
 *  follows it ("Kevin, you…"): someone the story may be about. */
function hasGivenName(ctx: ParagraphContext): boolean {
  const g = gazetteers();
  const tokens = ctx.tokens;
  for (const s of ctx.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i] as Token;
      // A given name inside a place ("Saint-Georges") is the place's.
      if (!isNameWord(t) || ctx.text.charAt(t.start - 1) === "-") continue;
      if (g.givenNames.longestAt(tokens, i, s.tokenEnd) <= i) continue;
      if (i > s.tokenStart || tokens[i + 1]?.raw === ",") return true;
    }
  }
  return false;
}

interface CareWindow {
  groups: Array<{ kind: string; weight: number; patterns: PatternSet }>;
  person: PatternSet;
  override: PatternSet;
  threshold: number;
  anchors: ReadonlySet<string>;
}

const NO_CUES: ReadonlyArray<readonly [number, number]> = [];
const GENERAL = 1;
const SELF = 2;
const NOT_PATIENT = 4;

/** A sentence context without cues, whose flags are worked out on first read: most sentences have
 *  no cue, and a small object with no closures is all each of them costs. */
class CuelessSentence implements SentenceContext {
  readonly cues = NO_CUES;
  /** Bits of the flags read so far, and of those that are true. */
  private known = 0;
  private values = 0;
  constructor(
    private readonly finder: ContextFinder,
    private readonly ctx: ParagraphContext,
    private readonly si: number,
  ) {}
  get general(): boolean {
    return this.flag(GENERAL, "general");
  }
  get self(): boolean {
    return this.flag(SELF, "self");
  }
  get notPatient(): boolean {
    return this.flag(NOT_PATIENT, "notPatient");
  }
  private flag(bit: number, kind: "general" | "self" | "notPatient"): boolean {
    if ((this.known & bit) === 0) {
      this.known |= bit;
      if (this.finder.matchesIn(kind, this.ctx, this.si)) this.values |= bit;
    }
    return (this.values & bit) !== 0;
  }
}

/** Paragraph indexes within `reach` of a paragraph that holds a patient context. */
export function paragraphsInReach(contextParagraphs: ReadonlySet<number>, reach: number): Set<number> {
  const out = new Set<number>();
  for (const p of contextParagraphs) for (let d = -reach; d <= reach; d++) if (p + d >= 0) out.add(p + d);
  return out;
}
