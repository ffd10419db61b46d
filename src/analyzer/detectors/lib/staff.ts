// Whose detail is it: a clinician's or a service's (a colleague's line, a ward's fax, a doctor's
// office address — public, or at least not a patient's; LABELS.md excludes colleagues), or a
// patient's. Shared by the French identifier detectors and the contact detectors.
import { cues, findCue } from "./context.js";
import type { ParagraphContext } from "../types.js";
import { identifierWords } from "../../privacy/identifier-words.js";

/** Titles and words that name staff, a service or an institution's mail. */
export const STAFF = cues(...identifierWords("shared", "staff"));

/** Words that leave no doubt the detail is a patient's or their family's (honorifics alone do not:
 *  "Mme" also titles a nurse in a staff list). */
export const PATIENT_STRONG = cues(...identifierWords("shared", "patient-strong"));

/** Whether the detail at tokens [a, b) belongs to staff: a staff word in its sentence before it
 *  (or just after: "… pour le Docteur X"), and no word tying it to a patient in the sentence. */
export function staffDetail(ctx: ParagraphContext, sentence: [number, number], a: number, b: number): string | null {
  const staff = findCue(ctx, sentence[0], a, STAFF) ?? findCue(ctx, b, Math.min(sentence[1], b + 8), STAFF);
  if (!staff) return null;
  if (findCue(ctx, sentence[0], sentence[1], PATIENT_STRONG)) return null;
  return staff;
}
