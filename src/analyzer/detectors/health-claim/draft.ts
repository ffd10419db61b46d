// Draft-level decisions on a claim rule's hits. A claim refuted anywhere settles the draft's stance
// on it (a myth-busting post quotes the myth several times); reported speech is kept only when the
// author endorses it; a question or assertion refuted within a few sentences is dropped. What this
// reads of other paragraphs is a few cue bits a sentence, worked out in each paragraph's pass.
import type { DocumentContext, DocumentHit, ParagraphContext, ParagraphFacts } from "../types.js";
import type { ClaimCues } from "./cues.js";
import type { CueNames } from "./params.js";
import { assertiveQuestion, claimOf, endorsedInItsSentence, ironic, quoted, stanceOf } from "./findings.js";

/** Sentences after a question or reported claim in which an answer can refute it. */
const ANSWER_WINDOW = 4;
/** Sentences after reported speech in which the author can endorse it ("Ils ont raison."). */
const ENDORSE_WINDOW = 3;
/** Sentences after a plain assertion in which "Faux." / "That's a myth." can refute it. */
const ASSERTION_WINDOW = 1;
/** Sentences after a plain assertion in which a short verdict ("Le reste, aucune preuve.") can refute it. */
const VERDICT_WINDOW = 2;
/** A paragraph this short that names myths is a heading over a myth-busting list. */
const HEADING_MAX_TOKENS = 14;

/** A paragraph's claim cues: a myth-busting heading, and each sentence's cues as bits. */
export interface ClaimFacts {
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
/** It holds an eye-roll, a facepalm or a clown: after sarcastic agreement, the author mocks the claim. */
const MOCKS = 16;
/** It is short: a verdict of its own ("Le reste, aucune preuve.", "It doesn't."). */
const SHORT = 32;
const SHORT_TOKENS = 10;
/** Sentences after a claim in which a mocking emoji still reads as the author's comment on it. */
const MOCK_WINDOW = 2;
// Emoji are not tokens the pattern language can name; one test on the sentence's text.
const MOCKING_EMOJI = /[\u{1F644}\u{1F926}\u{1F921}]/u;

/** What the draft-level pass reads of every paragraph. The claim rules of a rule set naming the
 *  same cue families share them. */
export function claimFacts(ruleSetId: string, names: CueNames, cues: ClaimCues): ParagraphFacts<ClaimFacts> {
  return {
    key: `health-claim ${ruleSetId} ${JSON.stringify(names)}`,
    compute: (p) => ({
      heading: p.tokens.length <= HEADING_MAX_TOKENS && cues.heading.occursIn(p.tokens, 0, p.tokens.length),
      sentences: p.sentences.map(
        (s) =>
          (answersNo(cues, p, s.tokenStart, s.tokenEnd) ? ANSWERS_NO : 0) |
          (cues.debunk.occursIn(p.tokens, s.tokenStart, s.tokenEnd) ? DEBUNKS : 0) |
          (cues.refutation.occursIn(p.tokens, s.tokenStart, s.tokenEnd) ? REFUTES : 0) |
          (cues.endorsement.occursIn(p.tokens, s.tokenStart, s.tokenEnd) ? ENDORSES : 0) |
          (MOCKING_EMOJI.test(p.text.slice(s.start, s.end)) ? MOCKS : 0) |
          (s.tokenEnd - s.tokenStart <= SHORT_TOKENS ? SHORT : 0),
      ),
    }),
  };
}

/** The rule's hits that stand once the whole draft is read. */
export function settleDraft(doc: DocumentContext, all: DocumentHit[], facts: ParagraphFacts<ClaimFacts>, settles: "rule" | "claim"): DocumentHit[] {
  let hits = all;
  if (hits.length === 0) return hits;
  // One refutation settles the draft's stance on this myth: it is being busted. In a generic
  // rule, only on the claim refuted: "I'm not saying ditch the Ritalin" does not refute "the
  // oils work as well as Ritalin".
  const refuted = new Set(hits.filter((h) => stanceOf(h) === "refuted").map(claimOf));
  if (refuted.size > 0) hits = settles === "rule" ? [] : hits.filter((h) => !refuted.has(claimOf(h)));
  if (hits.length === 0) return hits;
  if (doc.paragraphs.some((p) => p.facts(facts).heading)) return [];
  const order = sentenceOrder(doc);
  return hits.filter((h) => {
    // "Ah oui, le curcuma remplace la chimio. 🙄" mocks the claim.
    if (ironic(h) && mockedAt(doc, facts, order, h)) return false;
    const st = stanceOf(h);
    // A draft that is nothing but the quoted claim relays it: there is no one else's voice to
    // set it against, and no answer.
    if (st === "reported") return endorsedAfter(doc, facts, order, h) || (quoted(h) && aloneInDraft(order, h));
    const window = st === "question" ? ANSWER_WINDOW : VERDICT_WINDOW;
    // After "Saviez-vous que…?", a "Non." answers for the reader ("Ben non, personne n'en parle").
    if (refutedAfter(doc, facts, order, h, window, st === "asserted", assertiveQuestion(h))) return false;
    // A question asserts nothing: a tip at most.
    if (st === "question") h.severity = "info";
    return true;
  });
}

/** A sentence that opens with a bare "Non." / "No," / "Faux!" (not "No side effects"). */
function answersNo(cues: ClaimCues, p: ParagraphContext, from: number, to: number): boolean {
  return cues.answer.findAll(p.tokens, from, Math.min(to, from + 6)).some(([a, b]) => {
    if (a !== from) return false;
    const next = p.tokens[b];
    return b >= to || next === undefined || next.kind === "punct";
  });
}

/** Whether one of the `window` sentences after the hit refutes it ("Non.", "Faux!", "My answer: no"). */
function refutedAfter(doc: DocumentContext, facts: ParagraphFacts<ClaimFacts>, order: SentenceRef[], h: DocumentHit, window: number, strongOnly: boolean, noAnswer = false): boolean {
  const i = sentenceOf(order, h);
  if (i < 0) return false;
  for (const [k, r] of order.slice(i + 1, i + 1 + window).entries()) {
    const cue = doc.paragraphs[r.paragraph]?.facts(facts).sentences[r.sentence] ?? 0;
    // After an assertion, only the next sentence answers it with a bare "Faux." or a frame.
    if ((!strongOnly || k < ASSERTION_WINDOW) && (cue & (noAnswer ? DEBUNKS : ANSWERS_NO | DEBUNKS)) !== 0) return true;
    // A weaker refutation answers an assertion when it stands as a short verdict of its own.
    if ((cue & REFUTES) !== 0 && (!strongOnly || (cue & SHORT) !== 0)) return true;
  }
  return false;
}

/** Whether the hit's sentence or the one after holds a mocking emoji. */
function mockedAt(doc: DocumentContext, facts: ParagraphFacts<ClaimFacts>, order: SentenceRef[], h: DocumentHit): boolean {
  const i = sentenceOf(order, h);
  if (i < 0) return false;
  return order.slice(i, i + 1 + MOCK_WINDOW).some((r) => ((doc.paragraphs[r.paragraph]?.facts(facts).sentences[r.sentence] ?? 0) & MOCKS) !== 0);
}

/** Whether the author endorses reported speech in the rest of its sentence or just after. */
function endorsedAfter(doc: DocumentContext, facts: ParagraphFacts<ClaimFacts>, order: SentenceRef[], h: DocumentHit): boolean {
  if (endorsedInItsSentence(h)) return true;
  const i = sentenceOf(order, h);
  if (i < 0) return false;
  return order.slice(i + 1, i + 1 + ENDORSE_WINDOW).some((r) => ((doc.paragraphs[r.paragraph]?.facts(facts).sentences[r.sentence] ?? 0) & ENDORSES) !== 0);
}

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
