// Stance reading, ConText-style: the author's stance on a claim, from its own sentence (the
// draft's later sentences are read by draft.ts):
//   refuted   negated relation ("ne causent pas", "don't cause"), debunking frame in the sentence
//             ("Mythe :", "has been debunked") or a refutation after the claim ("…, c'est faux")
//   reported  attributed to others ("certains prétendent que") — dropped unless endorsed after
//             ("…, et ils ont raison"): physicians quote a belief to correct it far more often than
//             to adopt it, and the correction is often implicit ("your liver already does that")
//   question  a rhetorical question or "et si…" — insinuation, kept unless answered "non" after;
//             a question that opens "Saviez-vous que…" / "Did you know…" asserts (the "non" that
//             may follow answers the reader, not the claim)
//   asserted  everything else
import type { Pattern } from "../../patterns/matcher.js";
import type { Token } from "../../text/tokenize.js";
import { hypotheticalClause, insideQuotes, reportingConditional, scareQuoted } from "../lib/claim-stance.js";
import type { ParagraphContext } from "../types.js";
import type { Candidate, Range } from "./claims.js";
import type { ClaimCues } from "./cues.js";

export type Stance = "asserted" | "question" | "reported" | "refuted";

export interface StanceReading {
  stance: Stance;
  why: string;
}

/** Tokens looked at before the subject for a negation ("aucune preuve que les vaccins…"). */
const NEGATION_BEFORE = 7;
/** Tokens looked at after the relation ("causent pas", Quebec informal without "ne"); after a bare
 *  subject, a few more ("Le Lyme chronique n'existe pas"). */
const NEGATION_AFTER = 1;
const NEGATION_AFTER_SUBJECT = 3;

const QUOTES = new Set(["»", "«", '"', "”", "“", "'", ")"]);

/** The author's stance on claim `c` found in sentence `si` of the paragraph. */
export function readStance(cues: ClaimCues, ctx: ParagraphContext, si: number, c: Candidate): StanceReading {
  const s = ctx.sentences[si] as { tokenStart: number; tokenEnd: number };
  const prev = ctx.sentences[si - 1];
  // A debunking frame anywhere in the sentence, or a short frame just before ("FAUX.", "Mythe no 3.").
  if (outside(cues.debunk, ctx, s.tokenStart, s.tokenEnd, c)) return { stance: "refuted", why: "debunking frame in the sentence" };
  if (prev && prev.tokenEnd - prev.tokenStart <= 6 && cues.debunk.occursIn(ctx.tokens, prev.tokenStart, prev.tokenEnd)) {
    return { stance: "refuted", why: "debunking frame just before" };
  }
  if (cues.refutation.occursIn(ctx.tokens, c.end, s.tokenEnd)) return { stance: "refuted", why: "refutation after the claim" };
  const asked = isQuestion(cues, ctx, si);
  const assertive = asked && (c.rhetorical || assertiveQuestion(cues, ctx, s.tokenStart, s.tokenEnd));
  const question = asked && !assertive;
  if (!question) {
    // Questions are hypothetical (ConText): "ne surchargent-ils pas…?" insinuates, it does not deny.
    const pseudo = new Set(cues.pseudoNegation.findAll(ctx.tokens, s.tokenStart, s.tokenEnd).flatMap(([a, b]) => range(a, b)));
    // Without its own subject (anaphora), the whole clause before the relation is looked at.
    const beforeFrom = c.subjEnd < 0 ? clauseStart(cues, ctx, s.tokenStart, c.start) : clauseStart(cues, ctx, Math.max(s.tokenStart, c.start - NEGATION_BEFORE), c.start);
    const before: Range = [beforeFrom, c.start];
    // Only the relation's own clause: in "X ne marchent pas, c'est un placebo" the first clause's
    // negation does not deny the second.
    const between: Range = c.subjEnd >= 0 ? [clauseStart(cues, ctx, c.subjEnd, c.relStart), c.relStart] : [c.relStart, c.relStart];
    // The subject never carries a negation of its own: one inside it ("recommande pas les…") counts.
    const inSubject: Range = c.subjEnd >= 0 && !c.ownNegation ? [c.start, c.subjEnd] : [c.start, c.start];
    const bare = c.relStart === c.start && c.relEnd === c.end && c.subjEnd === c.end;
    const afterFrom = bare ? skipQuotes(ctx, c.relEnd, s.tokenEnd) : c.relEnd;
    const afterEnd = Math.min(s.tokenEnd, afterFrom + (bare ? NEGATION_AFTER_SUBJECT : NEGATION_AFTER), firstPunct(ctx, afterFrom, s.tokenEnd));
    const after: Range = [afterFrom, afterEnd];
    if ([before, inSubject, between, after].some((w) => negatedIn(cues, ctx, w, pseudo))) {
      return { stance: "refuted", why: "negated relation" };
    }
  }
  const reportedFrom = clauseStart(cues, ctx, s.tokenStart, c.start);
  // Attribution before the claim, or between its subject and its relation ("l'ozone a été vendu
  // comme un remède", "ozone was sold as a cure").
  const reported =
    cues.reported.findAll(ctx.tokens, s.tokenStart, c.start).some(([a]) => a >= reportedFrom || a === s.tokenStart) ||
    (c.subjEnd >= 0 && c.relEnd > c.subjEnd && cues.reported.occursIn(ctx.tokens, c.subjEnd, c.relEnd));
  if (question) return { stance: "question", why: "rhetorical question" };
  if (reported) return { stance: "reported", why: "reported speech" };
  // Still inside a quotation where the claim's verb is: a scare-quoted subject (« pandémie »)
  // closes before it and stays the author's.
  if (insideQuotes(ctx.tokens, s.tokenStart, c.relStart)) return { stance: "reported", why: "quoted" };
  // A bare name in scare quotes ("'chronic Lyme'") is held at a distance, not diagnosed.
  if (c.relStart === c.start && c.relEnd === c.end && scareQuoted(ctx.tokens, c.start, c.end)) return { stance: "reported", why: "quoted" };
  if (c.relStart !== c.start && reportingConditional(ctx.tokens, c.relStart, c.relEnd)) return { stance: "reported", why: "reporting conditional" };
  // A verbless co-mention in news of a trial reports what was studied; it claims nothing.
  if (c.verbless && cues.research.occursIn(ctx.tokens, s.tokenStart, s.tokenEnd)) return { stance: "reported", why: "research news" };
  if (!c.conditional && hypotheticalClause(ctx.tokens, reportedFrom, c.start)) return { stance: "reported", why: "counterfactual" };
  if (assertive) return { stance: "asserted", why: "assertive question" };
  return { stance: "asserted", why: "asserted" };
}

/** Tokens between a sarcastic opener ("Ah oui,", "Oh sure,") and the claim it pretends to grant. */
const IRONY_REACH = 3;

/** Whether the claim's sentence opens with sarcastic agreement right before it ("Ah oui, le
 *  curcuma remplace la chimio."): with a mocking emoji nearby, the author mocks the claim. */
export function ironicOpener(cues: ClaimCues, ctx: ParagraphContext, si: number, c: Candidate): boolean {
  const s = ctx.sentences[si];
  if (!s) return false;
  return cues.irony.findAll(ctx.tokens, s.tokenStart, Math.min(s.tokenEnd, s.tokenStart + 6)).some(([a, b]) => a === s.tokenStart && c.start >= b && c.start - b <= IRONY_REACH);
}

/** Whether an endorsement follows the end of a hit (a paragraph offset) in its own sentence:
 *  reported speech the author then adopts ("…, and they are right"). */
export function endorsedInSentence(cues: ClaimCues, ctx: ParagraphContext, si: number, end: number): boolean {
  const s = ctx.sentences[si];
  if (!s) return false;
  let from = s.tokenStart;
  while (from < s.tokenEnd && (ctx.tokens[from] as Token).start < end) from++;
  return cues.endorsement.occursIn(ctx.tokens, from, s.tokenEnd);
}

function isQuestion(cues: ClaimCues, ctx: ParagraphContext, si: number): boolean {
  const s = ctx.sentences[si];
  if (!s) return false;
  for (let i = s.tokenEnd - 1; i >= s.tokenStart; i--) {
    const t = ctx.tokens[i];
    if (!t) break;
    if (t.norm === "?") return true;
    if (t.kind !== "punct" || t.norm === "." || t.norm === "!") break;
  }
  return cues.question.findAll(ctx.tokens, s.tokenStart, Math.min(s.tokenEnd, s.tokenStart + 4)).some(([a]) => a === s.tokenStart);
}

/** A question that opens by telling the reader something ("Saviez-vous que…", "Did you know…"). */
function assertiveQuestion(cues: ClaimCues, ctx: ParagraphContext, from: number, to: number): boolean {
  return cues.assertive.findAll(ctx.tokens, from, Math.min(to, from + 4)).some(([a]) => a === from);
}

/** Start of the clause that holds `at`: the last terminator ("mais", ",", ":") before it. */
function clauseStart(cues: ClaimCues, ctx: ParagraphContext, from: number, at: number): number {
  let start = from;
  for (const [, b] of cues.terminator.findAll(ctx.tokens, from, at)) start = Math.max(start, b);
  return start;
}

function negatedIn(cues: ClaimCues, ctx: ParagraphContext, [from, to]: Range, pseudo: ReadonlySet<number>): boolean {
  if (to <= from) return false;
  return cues.negation.findAll(ctx.tokens, from, to).some(([a]) => !pseudo.has(a));
}

/** Finds a cue in the sentence outside the claim's own tokens. */
function outside(p: Pattern, ctx: ParagraphContext, sFrom: number, sTo: number, c: Candidate): boolean {
  return p.occursIn(ctx.tokens, sFrom, c.start) || p.occursIn(ctx.tokens, c.end, sTo);
}

function firstPunct(ctx: ParagraphContext, from: number, to: number): number {
  for (let i = from; i < to; i++) if (ctx.tokens[i]?.kind === "punct") return i;
  return to;
}

function skipQuotes(ctx: ParagraphContext, from: number, to: number): number {
  let i = from;
  while (i < to && QUOTES.has(ctx.tokens[i]?.norm ?? "")) i++;
  return i;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}
