// French postal addresses: house number (in digits or words, "bis"/"ter"), street type and name,
// then the five-digit code postal and the town ("12 rue des Lilas 75011 Paris", "sept allée des
// Roses, 77500 Chelles"). A patient's home is a direct identifier (Code de déontologie, art. 20);
// a doctor's office, a hospital's "Cedex" address or a clinic announcing its own is not.
import { findCue, INSTITUTIONAL, OWN_HOME, PATIENT, tokenSpan, windowsAt } from "./lib/context.js";
import { PATIENT_STRONG, staffDetail } from "./lib/staff.js";
import { triggersOf } from "./lib/triggers.js";
import { defineDetector, NO_PARAMS, type Hit } from "./types.js";
import { identifierAlternatives } from "../privacy/identifier-words.js";

const STREET_TYPES = identifierAlternatives("fr-postal-address", "street-types");
const NUMBER_WORDS = identifierAlternatives("fr-postal-address", "number-words");

// On the folded text (same offsets). The street name is bounded and stops at a digit, a comma or
// a line break, so the code postal that follows is found without backtracking blow-up.
export const ADDRESS = new RegExp(
  `(?<![\\p{N}])(?:\\d{1,4}|(?<![\\p{L}])(?:${NUMBER_WORDS.join("|")}))(?:[ ]?(?:bis|ter|b))?,?[ ]{1,3}(?:${STREET_TYPES.join("|")})\\.?[ ]{1,3}[^\\n,\\d]{2,60}?(?:,[ ]?|[ ]{1,3})(\\d{2}[ ]?\\d{3})(?:,?[ ]{1,3}(\\p{L}[\\p{L}'-]{1,30}))?(?![\\p{L}\\p{N}])`,
  "gu",
);

/** A département a code postal can start with: 01–95, or overseas 97x/98x. */
export function codePostalValid(code: string): boolean {
  if (!/^\d{5}$/.test(code)) return false;
  const dept = Number(code.slice(0, 2));
  return (dept >= 1 && dept <= 95) || dept === 97 || dept === 98;
}

export default defineDetector({
  id: "fr-postal-address",
  description: "French postal addresses (number, street, code postal, town) of a patient, not of staff or a clinic.",
  params: NO_PARAMS,
  create() {
    const address = new RegExp(ADDRESS.source, ADDRESS.flags);
    return {
      // The street type is a word of the paragraph.
      triggers: triggersOf(STREET_TYPES),
      detect(ctx) {
        const hits: Hit[] = [];
        for (const m of ctx.folded.matchAll(address)) {
          const code = (m[1] as string).replace(" ", "");
          if (!codePostalValid(code)) continue; // validator failed
          const start = m.index;
          const end = start + m[0].length;
          const [a, b] = tokenSpan(ctx, start, end);
          const w = windowsAt(ctx, a, b);
          const trace = [`pattern: number + street + code postal «${ctx.text.slice(start, end)}»`, `validator: code postal ${code} in département ${code.slice(0, 2)}`];
          const staff = staffDetail(ctx, w.sentenceRange, a, b);
          if (staff) continue; // a doctor's office, a hospital's mail address
          if (findCue(ctx, ...w.before(6), OWN_HOME)) continue; // the author's own home
          const patient = findCue(ctx, ...w.withPrevious, PATIENT_STRONG) ?? findCue(ctx, ...w.withPrevious, PATIENT);
          const institutional = findCue(ctx, ...w.withPrevious, INSTITUTIONAL);
          if (institutional && !patient) continue; // the clinic's own address
          if (patient) trace.push(`context: ${patient}`);
          trace.push(patient ? "score: high" : "score: medium");
          hits.push(patient ? { start, end, trace, group: "address" } : { start, end, trace, severity: "warning", group: "address" });
        }
        return hits;
      },
    };
  },
});
