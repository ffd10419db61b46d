// French hospital patient identifiers: IPP (identifiant permanent du patient), NIP (numéro
// d'identification permanent), "n° d'identification patient", "identifiant patient", numéro de
// séjour / de venue. Each points to one patient in a hospital's records (Code de déontologie,
// art. 20). The keyword comes first; the number is 6 to 12 digits (a bank-card NIP is 4 to 6, a
// year is 4, so neither is read as one), or a short letter prefix and digits.
import { CueList, cues } from "./lib/context.js";
import { defineKeyedIdentifier, type KeyedId, type KeywordSite } from "./lib/keyed-identifier.js";
import { triggersOf } from "./lib/triggers.js";
import type { Token } from "../text/tokenize.js";
import type { ParagraphContext } from "./types.js";
import { identifierWords } from "../privacy/identifier-words.js";

const KEYWORDS = cues(...identifierWords("hospital-patient-id", "keywords"));
/** What may sit between the keyword and the number: "n°", ":", "(IPP)", "du patient". */
const FILLERS = new Set(identifierWords("hospital-patient-id", "fillers"));
const ID = /^(?:[a-z]{1,3})?\d{6,12}$/;
/** "identification" or "ID" alone also heads a car's, a device's or an account's number: it needs
 *  a patient (or a record's "Nom :") nearby. */
const NEEDS_PATIENT = new Set(identifierWords("hospital-patient-id", "needs-patient"));
const PATIENTISH = cues(...identifierWords("hospital-patient-id", "patientish"));

function patientNearby(ctx: ParagraphContext, from: number): boolean {
  for (let i = Math.max(0, from - 12); i < Math.min(ctx.tokens.length, from + 6); i++) {
    for (const cue of PATIENTISH.startingWith((ctx.tokens[i] as Token).norm)) if (i + cue.words.length <= ctx.tokens.length && CueList.matchesAt(ctx, i, cue)) return true;
  }
  return false;
}

/** A patient identifier: 6 to 12 digits, or a short prefix and digits; after a keyword that heads
 *  other numbers too, only with a patient nearby. */
function readPatientId({ ctx, keyword, keywordStart, at }: KeywordSite): KeyedId | null {
  const id = ctx.tokens[at];
  if (!id || !(id.kind === "num" || id.kind === "word") || !ID.test(id.norm)) return null;
  if (NEEDS_PATIENT.has(keyword) && !patientNearby(ctx, keywordStart)) return null;
  return { token: id, index: at, trace: [`pattern: keyword «${keyword}» + identifier «${id.raw}»`, `validator: ${id.norm.length} characters, not a year or a PIN`] };
}

export default defineKeyedIdentifier({
  id: "hospital-patient-id",
  description: "French hospital patient identifiers (IPP, NIP, identification or stay numbers) after their keyword.",
  // Every identifier follows one of the keywords.
  triggers: triggersOf(["ipp", "nip", "identifiant", "identification", "id", "numero", "no", "n"]),
  keywords: KEYWORDS,
  fillers: FILLERS,
  maxFillers: 5,
  read: readPatientId,
});
