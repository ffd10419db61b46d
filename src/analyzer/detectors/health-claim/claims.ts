// Claim matching: a claim's subject, relation and object found in one sentence, within its gap, or
// its relation after a pronoun whose subject came just before (anaphora).
import type { Pattern } from "../../patterns/matcher.js";
import type { Token } from "../../text/tokenize.js";
import type { CompileEnv, ParagraphContext } from "../types.js";
import type { ClaimCues } from "./cues.js";
import type { ClaimParams } from "./params.js";

export type Range = readonly [number, number];

export interface CompiledClaim {
  subject: Pattern;
  relation: Pattern | null;
  object: Pattern | null;
  gap: number;
  ownNegation: boolean;
  rhetorical: boolean;
  conditional: boolean;
  source: string;
}

/** One claim found in a sentence, in token positions. */
export interface Candidate {
  start: number;
  end: number;
  /** Token range of the relation (or of the subject when there is no relation). */
  relStart: number;
  relEnd: number;
  /** End of the subject; -1 when the subject is in the previous sentence (anaphora). */
  subjEnd: number;
  ownNegation: boolean;
  rhetorical: boolean;
  conditional: boolean;
  /** Names two things together without a verb ("ivermectine et COVID"). */
  verbless: boolean;
  source: string;
  /** The claim (its patterns) that found it: a refutation settles only the same claim. */
  claim: string;
}

/** Tokens between a pronoun and the relation it is the subject of ("ils ne font", "it really"). */
const ANAPHOR_REACH = 3;
/** Longest anaphoric phrase that can stand for the subject ("les produits chimiques là-dedans"). */
const ANAPHOR_PHRASE = 6;

const NO_CANDIDATES: Candidate[] = [];
const NO_CLAIMS: readonly CompiledClaim[] = [];

export function compileClaim(c: ClaimParams, env: CompileEnv): CompiledClaim {
  return {
    subject: env.pattern(c.subject),
    relation: c.relation ? env.pattern(c.relation) : null,
    object: c.object ? env.pattern(c.object) : null,
    gap: c.gap,
    ownNegation: c.ownNegation,
    rhetorical: c.rhetorical,
    conditional: c.conditional,
    source: [c.subject, c.relation, c.object].filter((x) => x !== undefined).join(" · "),
  };
}

/** Finds a rule's claims in a paragraph's sentences, one sentence at a time. */
export class ClaimFinder {
  // The claims whose subject, and relation or object, can start in the paragraph last asked
  // about: the others cannot match in any of its sentences (an anaphora's subject is in the
  // same paragraph too).
  private liveOf: ParagraphContext | undefined;
  private live: readonly CompiledClaim[] = [];

  constructor(
    private readonly claims: readonly CompiledClaim[],
    private readonly cues: ClaimCues,
  ) {}

  candidates(ctx: ParagraphContext, si: number): Candidate[] {
    const s = ctx.sentences[si];
    if (!s) return NO_CANDIDATES;
    if (this.liveOf !== ctx) {
      this.liveOf = ctx;
      this.live = liveClaims(this.claims, ctx.tokens);
    }
    const live = this.live;
    let out: Candidate[] | undefined;
    // Indexed loops, no callbacks: this runs for every sentence and claim rule (docs/PERFORMANCE.md#loops-rather-than-callbacks).
    for (let ci = 0; ci < live.length; ci++) {
      const c = live[ci] as CompiledClaim;
      const middle = c.relation ?? c.object;
      if (!middle) {
        const subjects = c.subject.findAll(ctx.tokens, s.tokenStart, s.tokenEnd);
        for (let k = 0; k < subjects.length; k++) {
          const [a, b] = subjects[k] as Range;
          (out ??= []).push({ start: a, end: b, relStart: a, relEnd: b, subjEnd: b, ownNegation: c.ownNegation, rhetorical: c.rhetorical, conditional: c.conditional, verbless: false, source: c.source, claim: c.source });
        }
        continue;
      }
      // The relation (or object) first: most sentences that name a subject make no claim about it.
      const mids = middle.findAll(ctx.tokens, s.tokenStart, s.tokenEnd);
      if (mids.length === 0) continue;
      const subjects = c.subject.findAll(ctx.tokens, s.tokenStart, s.tokenEnd);
      const objects = c.relation && c.object ? c.object.findAll(ctx.tokens, s.tokenStart, s.tokenEnd) : null;
      for (let k = 0; k < mids.length; k++) {
        const r0 = (mids[k] as Range)[0];
        const r1 = (mids[k] as Range)[1];
        let end = r1;
        if (objects) {
          const o = firstAfter(objects, r1, c.gap);
          if (!o) continue;
          end = o[1];
        }
        const subj = lastBefore(subjects, r0, c.gap);
        if (subj) {
          (out ??= []).push({ start: subj[0], end, relStart: r0, relEnd: r1, subjEnd: subj[1], ownNegation: c.ownNegation, rhetorical: c.rhetorical, conditional: c.conditional, verbless: c.relation === null, source: c.source, claim: c.source });
        } else if (c.relation && anaphorBefore(this.cues.anaphor, ctx, s.tokenStart, r0)) {
          // "J'ai cessé les statines. Elles font plus de mal que de bien." / "…la vitamine C : elle
          // attaque les tumeurs" — a pronoun just before the relation, its subject earlier.
          const prev = ctx.sentences[si - 1];
          const earlier = endsBefore(subjects, r0) || (prev !== undefined && c.subject.occursIn(ctx.tokens, prev.tokenStart, prev.tokenEnd));
          if (earlier) (out ??= []).push({ start: r0, end, relStart: r0, relEnd: r1, subjEnd: -1, ownNegation: c.ownNegation, rhetorical: c.rhetorical, conditional: c.conditional, verbless: false, source: `${c.source} (anaphora)`, claim: c.source });
        }
      }
    }
    return out ?? NO_CANDIDATES;
  }
}

/** A pronoun that opens the clause right before the relation ("Elles font…", ": elle attaque"). */
function anaphorBefore(anaphor: Pattern, ctx: ParagraphContext, sentenceStart: number, r0: number): boolean {
  const from = Math.max(sentenceStart, r0 - ANAPHOR_REACH - ANAPHOR_PHRASE);
  return anaphor.findAll(ctx.tokens, from, r0).some(([a, b]) => {
    const before = ctx.tokens[a - 1];
    return b >= r0 - 1 && (a === sentenceStart || before === undefined || before.kind === "punct");
  });
}

/** The claims whose subject, and relation or object, can start in `tokens`. */
function liveClaims(claims: readonly CompiledClaim[], tokens: readonly Token[]): readonly CompiledClaim[] {
  let live: CompiledClaim[] | undefined;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k] as CompiledClaim;
    if (c.subject.mayStartIn(tokens) && (c.relation ?? c.object)?.mayStartIn(tokens) !== false) (live ??= []).push(c);
  }
  return live ?? NO_CLAIMS;
}

/** The last match that ends at `at` or within `gap` tokens before it. */
function lastBefore(matches: ReadonlyArray<Range>, at: number, gap: number): Range | undefined {
  let best: Range | undefined;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k] as Range;
    if (m[1] <= at && at - m[1] <= gap) best = m;
  }
  return best;
}

/** Whether a match ends before `at`. */
function endsBefore(matches: ReadonlyArray<Range>, at: number): boolean {
  for (let k = 0; k < matches.length; k++) if ((matches[k] as Range)[1] < at) return true;
  return false;
}

/** The first match that starts at `at` or within `gap` tokens after it. */
function firstAfter(matches: ReadonlyArray<Range>, at: number, gap: number): Range | undefined {
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k] as Range;
    if (m[0] >= at && m[0] - at <= gap) return m;
  }
  return undefined;
}
