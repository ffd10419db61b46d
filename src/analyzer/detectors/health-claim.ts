// Health claims against current consensus (Code de déontologie, art. 89), read ConText-style.
// A claim is subject / relation / object word families ("vaccins" / "causent" / "autisme"); the
// detector finds them in one sentence and then decides the author's stance:
//   refuted   negated relation ("ne causent pas", "don't cause"), debunking frame in the sentence
//             ("Mythe :", "has been debunked") or a refutation after the claim ("…, c'est faux")
//   reported  attributed to others ("certains prétendent que") — dropped unless endorsed after
//             ("…, et ils ont raison"): physicians quote a belief to correct it far more often than
//             to adopt it, and the correction is often implicit ("your liver already does that")
//   question  a rhetorical question or "et si…" — insinuation, kept unless answered "non" after;
//             a question that opens "Saviez-vous que…" / "Did you know…" asserts (the "non" that
//             may follow answers the reader, not the claim)
//   asserted  everything else
// `finalize` reads the whole draft: a claim refuted anywhere settles the draft's stance on it (a
// myth-busting post quotes the myth several times), and reported speech or questions followed by
// a refutation within a few sentences are dropped. Cue vocabularies are families of the rule file.
import { mergeTriggers } from "../patterns/matcher.js";
import { z } from "zod";
import { compileCondition } from "../patterns/conditions.js";
import type { Pattern } from "../patterns/matcher.js";
import { conditionSchema, patternString } from "../rules/schema.js";
import type { Token } from "../text/tokenize.js";
import type { Severity } from "../types.js";
import { evaluate } from "./phrases.js";
import { hypotheticalClause, insideQuotes, reportingConditional, scareQuoted } from "./lib/claim-stance.js";
import { TraceLines } from "../trace-lines.js";
import { defineDetector, type DocumentContext, type DocumentHit, type Hit, type ParagraphContext, type ParagraphFacts } from "./types.js";


const claimSchema = z.lazy(() =>
  z
    .object({
      /** What the claim is about ("@ivermectin"). Passive forms list the patient first. */
      subject: patternString,
      /** The verb or predicate ("@cures"); omitted for a bare co-mention or a pseudo-diagnosis. */
      relation: patternString.optional(),
      /** What it is said to do it to ("@covid"). */
      object: patternString.optional(),
      /** Tokens allowed between subject, relation and object. */
      gap: z.number().int().min(0).max(10).default(5),
      /** The pattern holds its own negation ("ne veulent pas que vous sachiez"): only a negation
       *  around it denies the claim. */
      ownNegation: z.boolean().default(false),
      /** The claim is itself a rhetorical question ("Qui a encore besoin de…?"): its question mark
       *  asserts, it does not soften. */
      rhetorical: z.boolean().default(false),
      /** The claim is usually stated as a condition ("If you can hold your breath…, you don't have
       *  it"): its "si"/"if" is the claim's own, not a counterfactual. */
      conditional: z.boolean().default(false),
    })
    .strict(),
);

/** Names of the cue families in the rule file; the defaults are the consensus set's. */
const cuesSchema = z.lazy(() =>
  z
    .object({
      negation: z.string().default("claim-negation"),
      pseudoNegation: z.string().default("claim-pseudo-negation"),
      terminator: z.string().default("claim-terminator"),
      debunk: z.string().default("claim-debunk"),
      refutation: z.string().default("claim-refutation"),
      answer: z.string().default("claim-answer"),
      reported: z.string().default("claim-reported"),
      question: z.string().default("claim-question"),
      anaphor: z.string().default("claim-anaphor"),
      heading: z.string().default("claim-myth-heading"),
      endorsement: z.string().default("claim-endorsement"),
      research: z.string().default("claim-research"),
      assertive: z.string().default("claim-assertive-question"),
    })
    .strict(),
);

export const healthClaimParamsSchema = z.lazy(() =>
  z
    .object({
      claims: z.array(claimSchema).min(1),
      cues: cuesSchema.optional(),
      unless: z.array(conditionSchema).optional(),
      /** Context the claim needs ("@vaccine" in the sentence before "Je le déconseille"). */
      requires: z.array(conditionSchema).optional(),
      adjust: z.array(z.object({ when: conditionSchema, severity: z.enum(["error", "warning", "info"]) }).strict()).optional(),
      /** What one refutation in the draft settles: the rule's myth (its claims are phrasings of one
       *  belief), or only the claim refuted (a generic rule, such as dropped treatments, holds many). */
      settles: z.enum(["rule", "claim"]).default("rule"),
    })
    .strict(),
);
export type HealthClaimParams = z.infer<typeof healthClaimParamsSchema>;

export type Stance = "asserted" | "question" | "reported" | "refuted";

/** Tokens looked at before the subject for a negation ("aucune preuve que les vaccins…"). */
const NEGATION_BEFORE = 7;
/** Tokens looked at after the relation ("causent pas", Quebec informal without "ne"); after a bare
 *  subject, a few more ("Le Lyme chronique n'existe pas"). */
const NEGATION_AFTER = 1;
const NEGATION_AFTER_SUBJECT = 3;
/** Sentences after a question or reported claim in which an answer can refute it. */
const ANSWER_WINDOW = 4;
/** Sentences after reported speech in which the author can endorse it ("Ils ont raison."). */
const ENDORSE_WINDOW = 3;
/** Sentences after a plain assertion in which "Faux." / "That's a myth." can refute it. */
const ASSERTION_WINDOW = 1;
/** Tokens between a pronoun and the relation it is the subject of ("ils ne font", "it really"). */
const ANAPHOR_REACH = 3;
/** A paragraph this short that names myths is a heading over a myth-busting list. */
const HEADING_MAX_TOKENS = 14;

interface CompiledClaim {
  subject: Pattern;
  relation: Pattern | null;
  object: Pattern | null;
  gap: number;
  ownNegation: boolean;
  rhetorical: boolean;
  conditional: boolean;
  source: string;
}

interface Candidate {
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

type Range = readonly [number, number];

const NO_CANDIDATES: Candidate[] = [];

// A line per stance and reason, shared by the hits it explains.
const STANCE_LINES: Record<Stance, TraceLines> = {
  asserted: new TraceLines("stance: asserted (", ")"),
  question: new TraceLines("stance: question (", ")"),
  reported: new TraceLines("stance: reported (", ")"),
  refuted: new TraceLines("stance: refuted (", ")"),
};

function stanceLine(stance: Stance, why: string): string {
  return STANCE_LINES[stance].of(why);
}

export default defineDetector({
  id: "health-claim",
  description: "Subject / relation / object claims with ConText-style negation, attribution, questions and refutation.",
  params: healthClaimParamsSchema,
  create(params, env) {
    const claims: CompiledClaim[] = params.claims.map((c) => ({
      subject: env.pattern(c.subject),
      relation: c.relation ? env.pattern(c.relation) : null,
      object: c.object ? env.pattern(c.object) : null,
      gap: c.gap,
      ownNegation: c.ownNegation,
      rhetorical: c.rhetorical,
      conditional: c.conditional,
      source: [c.subject, c.relation, c.object].filter((x) => x !== undefined).join(" · "),
    }));
    const names = cuesSchema.parse(params.cues ?? {});
    const cue = (name: string) => env.pattern(`@${name}`);
    const cues = {
      negation: cue(names.negation),
      pseudoNegation: cue(names.pseudoNegation),
      terminator: cue(names.terminator),
      debunk: cue(names.debunk),
      refutation: cue(names.refutation),
      answer: cue(names.answer),
      reported: cue(names.reported),
      question: cue(names.question),
      anaphor: cue(names.anaphor),
      heading: cue(names.heading),
      endorsement: cue(names.endorsement),
      research: cue(names.research),
      assertive: cue(names.assertive),
    };
    const unless = (params.unless ?? []).map((c) => compileCondition(c, env));
    const requires = (params.requires ?? []).map((c) => compileCondition(c, env));
    const adjust = (params.adjust ?? []).map((a) => ({ cond: compileCondition(a.when, env), severity: a.severity as Severity }));

    // What `finalize` reads of the draft's other paragraphs, worked out in each paragraph's pass:
    // whether it is a short myth-busting heading, and which cues each of its sentences holds. The
    // claim rules of a rule set naming the same cue families share them.
    const facts: ParagraphFacts<ClaimFacts> = {
      key: `health-claim ${env.ruleSetId} ${JSON.stringify(names)}`,
      compute: (p) => ({
        heading: p.tokens.length <= HEADING_MAX_TOKENS && cues.heading.occursIn(p.tokens, 0, p.tokens.length),
        sentences: p.sentences.map(
          (s) =>
            (answersNo(p, s.tokenStart, s.tokenEnd) ? ANSWERS_NO : 0) |
            (cues.debunk.occursIn(p.tokens, s.tokenStart, s.tokenEnd) ? DEBUNKS : 0) |
            (cues.refutation.occursIn(p.tokens, s.tokenStart, s.tokenEnd) ? REFUTES : 0) |
            (cues.endorsement.occursIn(p.tokens, s.tokenStart, s.tokenEnd) ? ENDORSES : 0),
        ),
      }),
    };

    // The claims whose subject, and relation or object, can start in the paragraph last asked
    // about: the others cannot match in any of its sentences (an anaphora's subject is in the
    // same paragraph too).
    let liveOf: ParagraphContext | undefined;
    let live: readonly CompiledClaim[] = [];

    function candidates(ctx: ParagraphContext, si: number): Candidate[] {
      const s = ctx.sentences[si];
      if (!s) return NO_CANDIDATES;
      if (liveOf !== ctx) {
        liveOf = ctx;
        live = liveClaims(claims, ctx.tokens);
      }
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
          } else if (c.relation && anaphorBefore(ctx, s.tokenStart, r0)) {
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

    /** A pronoun that opens the clause right before the relation ("Elles font…", ": elle attaque"). */
    function anaphorBefore(ctx: ParagraphContext, sentenceStart: number, r0: number): boolean {
      const from = Math.max(sentenceStart, r0 - ANAPHOR_REACH);
      return cues.anaphor.findAll(ctx.tokens, from, r0).some(([a, b]) => {
        const before = ctx.tokens[a - 1];
        return b >= r0 - 1 && (a === sentenceStart || before === undefined || before.kind === "punct");
      });
    }

    function isQuestion(ctx: ParagraphContext, si: number): boolean {
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
    function assertiveQuestion(ctx: ParagraphContext, from: number, to: number): boolean {
      return cues.assertive.findAll(ctx.tokens, from, Math.min(to, from + 4)).some(([a]) => a === from);
    }

    /** Start of the clause that holds `at`: the last terminator ("mais", ",", ":") before it. */
    function clauseStart(ctx: ParagraphContext, from: number, at: number): number {
      let start = from;
      for (const [, b] of cues.terminator.findAll(ctx.tokens, from, at)) start = Math.max(start, b);
      return start;
    }

    function negatedIn(ctx: ParagraphContext, [from, to]: Range, pseudo: ReadonlySet<number>): boolean {
      if (to <= from) return false;
      return cues.negation.findAll(ctx.tokens, from, to).some(([a]) => !pseudo.has(a));
    }

    /** Finds a cue in the sentence outside the claim's own tokens. */
    function outside(p: Pattern, ctx: ParagraphContext, sFrom: number, sTo: number, c: Candidate): boolean {
      return p.occursIn(ctx.tokens, sFrom, c.start) || p.occursIn(ctx.tokens, c.end, sTo);
    }

    function stance(ctx: ParagraphContext, si: number, c: Candidate): { stance: Stance; why: string } {
      const s = ctx.sentences[si] as { tokenStart: number; tokenEnd: number };
      const prev = ctx.sentences[si - 1];
      // A debunking frame anywhere in the sentence, or a short frame just before ("FAUX.", "Mythe no 3.").
      if (outside(cues.debunk, ctx, s.tokenStart, s.tokenEnd, c)) return { stance: "refuted", why: "debunking frame in the sentence" };
      if (prev && prev.tokenEnd - prev.tokenStart <= 6 && cues.debunk.occursIn(ctx.tokens, prev.tokenStart, prev.tokenEnd)) {
        return { stance: "refuted", why: "debunking frame just before" };
      }
      if (cues.refutation.occursIn(ctx.tokens, c.end, s.tokenEnd)) return { stance: "refuted", why: "refutation after the claim" };
      const asked = isQuestion(ctx, si);
      const assertive = asked && (c.rhetorical || assertiveQuestion(ctx, s.tokenStart, s.tokenEnd));
      const question = asked && !assertive;
      if (!question) {
        // Questions are hypothetical (ConText): "ne surchargent-ils pas…?" insinuates, it does not deny.
        const pseudo = new Set(cues.pseudoNegation.findAll(ctx.tokens, s.tokenStart, s.tokenEnd).flatMap(([a, b]) => range(a, b)));
        // Without its own subject (anaphora), the whole clause before the relation is looked at.
        const beforeFrom = c.subjEnd < 0 ? clauseStart(ctx, s.tokenStart, c.start) : clauseStart(ctx, Math.max(s.tokenStart, c.start - NEGATION_BEFORE), c.start);
        const before: Range = [beforeFrom, c.start];
        // Only the relation's own clause: in "X ne marchent pas, c'est un placebo" the first clause's
        // negation does not deny the second.
        const between: Range = c.subjEnd >= 0 ? [clauseStart(ctx, c.subjEnd, c.relStart), c.relStart] : [c.relStart, c.relStart];
        // The subject never carries a negation of its own: one inside it ("recommande pas les…") counts.
        const inSubject: Range = c.subjEnd >= 0 && !c.ownNegation ? [c.start, c.subjEnd] : [c.start, c.start];
        const bare = c.relStart === c.start && c.relEnd === c.end && c.subjEnd === c.end;
        const afterFrom = bare ? skipQuotes(ctx, c.relEnd, s.tokenEnd) : c.relEnd;
        const afterEnd = Math.min(s.tokenEnd, afterFrom + (bare ? NEGATION_AFTER_SUBJECT : NEGATION_AFTER), firstPunct(ctx, afterFrom, s.tokenEnd));
        const after: Range = [afterFrom, afterEnd];
        if ([before, inSubject, between, after].some((w) => negatedIn(ctx, w, pseudo))) {
          return { stance: "refuted", why: "negated relation" };
        }
      }
      const reportedFrom = clauseStart(ctx, s.tokenStart, c.start);
      const reported = cues.reported.findAll(ctx.tokens, s.tokenStart, c.start).some(([a]) => a >= reportedFrom || a === s.tokenStart);
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

    return {
      // A claim needs its subject in the paragraph (a pronoun refers back within it).
      triggers: mergeTriggers(claims.map((c) => c.subject.triggers())),
      detect(ctx) {
        const hits: Hit[] = [];
        ctx.sentences.forEach((_, si) => {
          for (const c of candidates(ctx, si)) {
            const hit = evaluate(ctx, { tokenStart: c.start, tokenEnd: c.end, sentence: si }, c.source, unless, requires, adjust);
            if (!hit) continue;
            const { stance: st, why } = stance(ctx, si, c);
            hit.trace.push(stanceLine(st, why));
            // Reported speech the author endorses later in its own sentence ("…, and they are
            // right"): read here, where the sentence's tokens are at hand.
            hit.data = st === "reported" && endorsedInSentence(ctx, si, hit.end) ? { stance: st, endorsed: "1" } : { stance: st };
            hit.data["claim"] = c.claim;
            if (why === "quoted") hit.data["quoted"] = "1";
            if (why === "assertive question") hit.data["assertive"] = "1";
            hits.push(hit);
          }
        });
        return hits;
      },
      paragraphFacts: facts,
      finalize(doc, all) {
        let hits = all;
        if (hits.length === 0) return hits;
        // One refutation settles the draft's stance on this myth: it is being busted. In a generic
        // rule, only on the claim refuted: "I'm not saying ditch the Ritalin" does not refute "the
        // oils work as well as Ritalin".
        const refuted = new Set(hits.filter((h) => h.data?.["stance"] === "refuted").map((h) => h.data?.["claim"]));
        if (refuted.size > 0) hits = params.settles === "rule" ? [] : hits.filter((h) => !refuted.has(h.data?.["claim"]));
        if (hits.length === 0) return hits;
        if (hasMythHeading(doc)) return [];
        const order = sentenceOrder(doc);
        return hits.filter((h) => {
          const st = h.data?.["stance"];
          // A draft that is nothing but the quoted claim relays it: there is no one else's voice to
          // set it against, and no answer.
          if (st === "reported") return endorsedAfter(doc, order, h) || (h.data?.["quoted"] === "1" && aloneInDraft(order, h));
          const window = st === "question" ? ANSWER_WINDOW : ASSERTION_WINDOW;
          // After "Saviez-vous que…?", a "Non." answers for the reader ("Ben non, personne n'en parle").
          if (refutedAfter(doc, order, h, window, st === "asserted", h.data?.["assertive"] === "1")) return false;
          // A question asserts nothing: a tip at most.
          if (st === "question") h.severity = "info";
          return true;
        });
      },
    };

    function hasMythHeading(doc: DocumentContext): boolean {
      return doc.paragraphs.some((p) => p.facts(facts).heading);
    }

    /** Whether one of the `window` sentences after the hit refutes it ("Non.", "Faux!", "My answer: no"). */
    function refutedAfter(doc: DocumentContext, order: SentenceRef[], h: DocumentHit, window: number, strongOnly: boolean, noAnswer = false): boolean {
      const i = sentenceOf(order, h);
      if (i < 0) return false;
      for (const r of order.slice(i + 1, i + 1 + window)) {
        const cue = doc.paragraphs[r.paragraph]?.facts(facts).sentences[r.sentence] ?? 0;
        if ((cue & (noAnswer ? DEBUNKS : ANSWERS_NO | DEBUNKS)) !== 0) return true;
        if (!strongOnly && (cue & REFUTES) !== 0) return true;
      }
      return false;
    }

    /** Whether the author endorses reported speech in the rest of its sentence or just after. */
    function endorsedAfter(doc: DocumentContext, order: SentenceRef[], h: DocumentHit): boolean {
      if (h.data?.["endorsed"] === "1") return true;
      const i = sentenceOf(order, h);
      if (i < 0) return false;
      return order.slice(i + 1, i + 1 + ENDORSE_WINDOW).some((r) => ((doc.paragraphs[r.paragraph]?.facts(facts).sentences[r.sentence] ?? 0) & ENDORSES) !== 0);
    }

    /** Whether an endorsement follows the end of a hit in its own sentence. */
    function endorsedInSentence(ctx: ParagraphContext, si: number, end: number): boolean {
      const s = ctx.sentences[si];
      if (!s) return false;
      let from = s.tokenStart;
      while (from < s.tokenEnd && (ctx.tokens[from] as Token).start < end) from++;
      return cues.endorsement.occursIn(ctx.tokens, from, s.tokenEnd);
    }

    /** A sentence that opens with a bare "Non." / "No," / "Faux!" (not "No side effects"). */
    function answersNo(p: ParagraphContext, from: number, to: number): boolean {
      return cues.answer.findAll(p.tokens, from, Math.min(to, from + 6)).some(([a, b]) => {
        if (a !== from) return false;
        const next = p.tokens[b];
        return b >= to || next === undefined || next.kind === "punct";
      });
    }
  },
});

/** A paragraph's claim cues: a myth-busting heading, and each sentence's cues as bits. */
interface ClaimFacts {
  heading: boolean;
  sentences: readonly number[];
}

/** The sentence opens with a bare answer ("Non.", "No,", "Faux!"). */
const ANSWERS_NO = 1;
/** It holds a debunking frame ("C'est un mythe"). */
const DEBUNKS = 2;
/** It holds a weaker refutation ("ce n'est pas prouvé"). */
const REFUTES = 4;
/** It holds an endorsement of reported speech ("Ils ont raison."). */
const ENDORSES = 8;

interface SentenceRef {
  paragraph: number;
  sentence: number;
  docStart: number;
  docEnd: number;
}

// Every claim rule with hits reads the draft's sentences in order: list them once per analysis.
const orders = new WeakMap<DocumentContext, SentenceRef[]>();

function sentenceOrder(doc: DocumentContext): SentenceRef[] {
  const known = orders.get(doc);
  if (known) return known;
  const out: SentenceRef[] = [];
  doc.paragraphs.forEach((p, pi) => {
    p.sentences.forEach((s, si) => out.push({ paragraph: pi, sentence: si, docStart: p.offset + s.start, docEnd: p.offset + s.end }));
  });
  orders.set(doc, out);
  return out;
}

/** Whether the hit's sentence is the draft's only one (a closing quotation mark left alone does
 *  not count). */
function aloneInDraft(order: readonly SentenceRef[], h: DocumentHit): boolean {
  const i = sentenceOf(order, h);
  return i >= 0 && order.every((r, k) => k === i || r.docEnd - r.docStart <= 2);
}

/** Index in `order` of the sentence that holds the hit's start (binary search), or -1. */
function sentenceOf(order: readonly SentenceRef[], h: DocumentHit): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((order[mid] as SentenceRef).docEnd <= h.start) lo = mid + 1;
    else hi = mid;
  }
  const r = order[lo];
  return r !== undefined && r.paragraph === h.paragraph && r.docStart <= h.start && h.start < r.docEnd ? lo : -1;
}

function lastBefore(matches: ReadonlyArray<Range>, at: number, gap: number): Range | undefined {
  let best: Range | undefined;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k] as Range;
    if (m[1] <= at && at - m[1] <= gap) best = m;
  }
  return best;
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

const NO_CLAIMS: readonly CompiledClaim[] = [];

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

function firstPunct(ctx: ParagraphContext, from: number, to: number): number {
  for (let i = from; i < to; i++) if (ctx.tokens[i]?.kind === "punct") return i;
  return to;
}

const QUOTES = new Set(["»", "«", '"', "”", "“", "'", ")"]);

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
