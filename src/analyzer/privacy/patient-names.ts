// Which names are patients' (art. 20: revealing that a named person consulted). Shared by the
// person-name rule, which reports them, and the patient-details rule, which counts a named patient
// when it scores the rest of the story.
import type { DocumentHit, Hit, ParagraphContext } from "../contract.js";
import type { Token } from "../text/tokenize.js";
import { paragraphsInReach, type SentenceContext } from "./context.js";
import { findNames, type SentenceNames } from "./names.js";
import { ParagraphMemo } from "../paragraph-memo.js";
import { TraceLines } from "../trace-lines.js";

const NAME_LINES = new TraceLines("name (", ")");

// Sources that say by themselves that the person is a patient.
const SELF_EVIDENT = new Set(["patient-trigger"]);
// Sources strong enough to need only a care context somewhere in reach.
const STRONG = new Set(["title", "kin", "handle", "initials"]);

// Both rules ask for the same paragraph in one engine pass.
const memo = new ParagraphMemo<ParagraphContext, SentenceNames[]>();

function namesOf(ctx: ParagraphContext): SentenceNames[] {
  return memo.get(ctx, (c) => c.sentences.map((_, si) => findNames(c, si)));
}

/** Hits for one paragraph: care-context cues, doctors' names and candidate names. `contexts` holds
 *  each sentence's patient context. */
export function nameHits(ctx: ParagraphContext, contexts: readonly SentenceContext[]): Hit[] {
  const all = namesOf(ctx);
  const hits: Hit[] = [];
  contexts.forEach((sc, si) => hits.push(...sentenceHits(ctx, sc, all[si])));
  return hits;
}

function sentenceHits(ctx: ParagraphContext, sc: SentenceContext, found: SentenceNames | undefined): Hit[] {
  const hits: Hit[] = [];
  for (const [a, b] of sc.cues) hits.push({ start: (ctx.tokens[a] as Token).start, end: (ctx.tokens[b - 1] as Token).end, trace: ["care context"], data: { kind: "context" } });
  if (!found) return hits;
  for (const d of found.doctors) hits.push({ start: d.start, end: d.end, trace: ["doctor or titled professional"], data: { kind: "doctor", keys: d.keys.join(" ") } });
  for (const n of found.names) {
    // A public figure or the author's own health: only a patient trigger overrides it.
    if ((sc.notPatient || sc.self) && !SELF_EVIDENT.has(n.source)) continue;
    hits.push({ start: n.start, end: n.end, trace: [NAME_LINES.of(n.source)], data: { kind: "name", source: n.source, keys: n.keys.join(" ") } });
  }
  return hits;
}

/** The name hits that belong to patients, with the reason in their trace. */
export function patientNames(hits: readonly DocumentHit[], reach: number, bareNameReach: number): DocumentHit[] {
  const contextParagraphs = new Set<number>();
  const doctorKeys = new Set<string>();
  for (const h of hits) {
    if (h.data?.kind === "context") contextParagraphs.add(h.paragraph);
    if (h.data?.kind === "doctor") for (const k of (h.data.keys ?? "").split(" ")) if (k !== "") doctorKeys.add(k);
  }
  const near = paragraphsInReach(contextParagraphs, reach);
  const close = paragraphsInReach(contextParagraphs, bareNameReach);
  const patientKeys = new Set<string>();
  const names = hits.filter((h) => h.data?.kind === "name");
  const decide = (h: DocumentHit): string | null => {
    const source = h.data?.source ?? "";
    const keys = (h.data?.keys ?? "").split(" ").filter((k) => k !== "");
    if (keys.some((k) => doctorKeys.has(k))) return null;
    if (SELF_EVIDENT.has(source)) return "named as the author's patient";
    if (STRONG.has(source) && near.has(h.paragraph)) return "titled or introduced name in a care story";
    if (close.has(h.paragraph)) return "name next to a care context";
    if (keys.some((k) => patientKeys.has(k))) return "another mention of a patient's name";
    return null;
  };
  const out: DocumentHit[] = [];
  const kept = new Set<DocumentHit>();
  // Two passes: a bare later mention follows an earlier one that was decided.
  for (let pass = 0; pass < 2; pass++) {
    for (const h of names) {
      if (kept.has(h)) continue;
      const why = decide(h);
      if (why === null) continue;
      for (const k of (h.data?.keys ?? "").split(" ")) if (k !== "") patientKeys.add(k);
      kept.add(h);
      out.push({ ...h, trace: [...h.trace, why] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
