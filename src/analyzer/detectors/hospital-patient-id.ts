// French hospital patient identifiers: IPP (identifiant permanent du patient), NIP (numéro
// d'identification permanent), "n° d'identification patient", "identifiant patient", numéro de
// séjour / de venue. Each points to one patient in a hospital's records (Code de déontologie,
// art. 20). The keyword comes first; the number is 6 to 12 digits (a bank-card NIP is 4 to 6, a
// year is 4, so neither is read as one), or a short letter prefix and digits.
import { CueList, cues } from "./lib/context.js";
import { triggersOf } from "./lib/triggers.js";
import type { Token } from "../text/tokenize.js";
import { defineDetector, NO_PARAMS, type Hit, type ParagraphContext } from "./types.js";

const KEYWORDS = cues(
  "ipp", "nip", "nip patient", "numero ipp", "n ipp", "identifiant permanent", "identifiant patient", "identifiant du patient",
  "numero d' identification", "no d' identification", "n d' identification", "n ° d' identification", "numero d' identification patient",
  "identification patient", "identification du patient", "id patient", "numero de sejour", "no de sejour", "n de sejour", "numero de venue",
  "n de venue", "numero d' admission", "no d' admission", "id", "identifiant",
);
/** What may sit between the keyword and the number: "n°", ":", "(IPP)", "du patient". */
const FILLERS = new Set(["n", "no", "°", "º", "nº", "#", ":", "(", ")", ".", "-", "ipp", "nip", "patient", "du", "de", "la", "l'", "="]);
const ID = /^(?:[a-z]{1,3})?\d{6,12}$/;
/** "identification" or "ID" alone also heads a car's, a device's or an account's number: it needs
 *  a patient (or a record's "Nom :") nearby. */
const NEEDS_PATIENT = new Set(["numero d' identification", "no d' identification", "n d' identification", "n ° d' identification", "id", "identifiant"]);
const PATIENTISH = cues("patient", "patiente", "dossier", "ipp", "nom", "ne le", "nee", "naissance", "ddn", "madame", "monsieur", "mme", "mr", "mlle");

function patientNearby(ctx: ParagraphContext, from: number): boolean {
  for (let i = Math.max(0, from - 12); i < Math.min(ctx.tokens.length, from + 6); i++) {
    for (const cue of PATIENTISH.startingWith((ctx.tokens[i] as Token).norm)) if (i + cue.words.length <= ctx.tokens.length && CueList.matchesAt(ctx, i, cue)) return true;
  }
  return false;
}

export default defineDetector({
  id: "hospital-patient-id",
  description: "French hospital patient identifiers (IPP, NIP, identification or stay numbers) after their keyword.",
  params: NO_PARAMS,
  create() {
    return {
      // Every identifier follows one of the keywords.
      triggers: triggersOf(["ipp", "nip", "identifiant", "identification", "id", "numero", "no", "n"]),
      detect(ctx) {
        const hits: Hit[] = [];
        const tokens = ctx.tokens;
        for (let i = 0; i < tokens.length; i++) {
          const keyword = KEYWORDS.longestAt(ctx, i);
          if (!keyword) continue;
          const kwEnd = i + keyword.words.length;
          const kw = keyword.text;
          let j = kwEnd;
          while (j < tokens.length && j - kwEnd < 5 && FILLERS.has((tokens[j] as Token).norm)) j++;
          const id = tokens[j];
          if (!id || !(id.kind === "num" || id.kind === "word") || !ID.test(id.norm)) continue;
          if (NEEDS_PATIENT.has(kw) && !patientNearby(ctx, i)) continue;
          const start = (tokens[i] as Token).start;
          hits.push({
            start,
            end: id.end,
            trace: [`pattern: keyword «${kw}» + identifier «${id.raw}»`, `validator: ${id.norm.length} characters, not a year or a PIN`],
            // The keyword stays ("son IPP"): only the number goes.
            fix: { replacement: ctx.text.slice(start, (tokens[kwEnd - 1] as Token).end) },
          });
          i = j;
        }
        return hits;
      },
    };
  },
});
