// What a claim hit carries: the stance line of its trace, and the data the draft-level pass
// (draft.ts) reads back — its stance, its claim, and whether it was quoted, endorsed or an
// assertive question.
import { TraceLines } from "../../trace-lines.js";
import type { DocumentHit, Hit } from "../types.js";
import type { Stance, StanceReading } from "./stance.js";

// A line per stance and reason, shared by the hits it explains.
const STANCE_LINES: Record<Stance, TraceLines> = {
  asserted: new TraceLines("stance: asserted (", ")"),
  question: new TraceLines("stance: question (", ")"),
  reported: new TraceLines("stance: reported (", ")"),
  refuted: new TraceLines("stance: refuted (", ")"),
};

/** Writes the stance reading onto a hit; `endorsed`: reported speech the author adopts later in
 *  its own sentence. */
export function writeClaimHit(hit: Hit, { stance, why }: StanceReading, claim: string, endorsed: boolean, ironic = false): void {
  hit.trace.push(STANCE_LINES[stance].of(why));
  hit.data = endorsed ? { stance, endorsed: "1" } : { stance };
  hit.data["claim"] = claim;
  if (ironic) hit.data["ironic"] = "1";
  if (why === "quoted") hit.data["quoted"] = "1";
  if (why === "assertive question") hit.data["assertive"] = "1";
}

export function stanceOf(h: DocumentHit): string | undefined {
  return h.data?.["stance"];
}

export function claimOf(h: DocumentHit): string | undefined {
  return h.data?.["claim"];
}

export function endorsedInItsSentence(h: DocumentHit): boolean {
  return h.data?.["endorsed"] === "1";
}

export function quoted(h: DocumentHit): boolean {
  return h.data?.["quoted"] === "1";
}

export function assertiveQuestion(h: DocumentHit): boolean {
  return h.data?.["assertive"] === "1";
}

/** The claim follows a sarcastic opener ("Ah oui, …"). */
export function ironic(h: DocumentHit): boolean {
  return h.data?.["ironic"] === "1";
}
