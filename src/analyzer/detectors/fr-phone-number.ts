// French phone numbers: ten digits starting with 0 ("06 12 34 56 78", "01.42.00.00.00",
// "0612345678") or the international form ("+33 6 12 34 56 78", "(33) 1 20 00 00 00", "0033 …").
// A patient's or a relative's number identifies them (Code de déontologie, art. 20); a ward's,
// a secretariat's or a doctor's line in a staff list does not, nor a fax.
import { cues, findCue, PATIENT, tokenSpan, windowsAt } from "./lib/context.js";
import { PATIENT_STRONG, staffDetail } from "./lib/staff.js";
import { NUMBER_TRIGGERS } from "./lib/triggers.js";
import { defineDetector, NO_PARAMS, type Hit, type ParagraphContext } from "./types.js";

/** Lines that are not a person's: services, premium numbers, and a number given to call or fax. */
const SERVICE_WORDS = cues(
  "fax", "faxer", "telecopie", "telecopieur", "standard", "accueil", "secretariat", "service", "services", "urgences", "samu", "sos",
  "numero vert", "numero azur", "ligne", "permanence", "prise de rendez-vous", "rendez-vous", "rdv", "cabinet", "clinique", "hopital",
  "centre", "pharmacie", "laboratoire", "labo", "tel", "telephone", "appelez", "composez", "composer", "contactez-nous", "joignez", "nous", "notre",
);
/** A directory of wards or services: its numbers are theirs, unless a patient is named in it. */
const DIRECTORY = cues("salle", "salles", "unite", "unites", "service", "services", "secretariat", "standard", "accueil", "poste", "postes", "bureau", "bureaux", "annuaire", "garde", "astreinte");

/** Words that introduce a number to call back or to reach someone. */
const PHONE_WORDS = cues("tel", "telephone", "telephonie", "portable", "mobile", "cell", "numero", "joindre", "contacter", "contact", "rappeler", "appeler", "sms", "texto");
/** 08 (shared-cost and premium) and 09 with a service word are not personal; 08 never is. */
const PREMIUM = /^(?:\+33|0033|\(33\))?[ .-]?\(?0?\)?[ .-]?8/;

export default defineDetector({
  id: "fr-phone-number",
  description: "French phone numbers (0X XX XX XX XX, +33) of a patient or a relative, not of a service or staff.",
  params: NO_PARAMS,
  create() {
    // National form: 0 + 9 digits, in pairs with the same or no separator; international: +33,
    // 0033 or (33), an optional (0), then 9 digits.
    const national = /(?<![\p{L}\p{N}+]|\p{N}[ .-])0[1-79](?:[ .-]?\d{2}){4}(?![\p{L}\p{N}]|[ .-]\p{N})/gu;
    const international = /(?<![\p{L}\p{N}])(?:\+33|0033|\(33\))[ .-]?(?:\(0\)[ .-]?)?[1-79](?:[ .-]?\d{2}){4}(?![\p{L}\p{N}]|[ .-]\p{N})/gu;

    function judge(ctx: ParagraphContext, start: number, end: number, raw: string): Hit | null {
      if (PREMIUM.test(raw)) return null;
      const [a, b] = tokenSpan(ctx, start, end);
      const w = windowsAt(ctx, a, b);
      const trace = [`pattern: French phone number «${raw}»`];
      const strong = findCue(ctx, ...w.withPrevious, PATIENT_STRONG);
      const staff = staffDetail(ctx, w.sentenceRange, a, b);
      if (staff) return null; // a colleague's or a service's line
      if (!findCue(ctx, 0, ctx.tokens.length, PATIENT_STRONG) && findCue(ctx, 0, ctx.tokens.length, DIRECTORY)) return null;
      const personal = strong ?? findCue(ctx, ...w.before(8), PATIENT);
      const service = findCue(ctx, ...w.before(5), SERVICE_WORDS) ?? findCue(ctx, ...w.after(5), SERVICE_WORDS);
      if (service && !personal) return null;
      const bare = /^\+?\d+$/.test(raw);
      const phoneWord = findCue(ctx, ...w.before(6), PHONE_WORDS);
      if (!personal && bare && !phoneWord) return null; // ten bare digits can be any number
      if (personal) trace.push(`context: ${personal}`);
      if (service) trace.push(`service word outweighed: ${service}`);
      trace.push(personal ? "score: high" : "score: medium");
      return personal ? { start, end, trace } : { start, end, trace, severity: "warning" };
    }

    return {
      // A phone number is digits.
      triggers: NUMBER_TRIGGERS,
      detect(ctx) {
        const hits: Hit[] = [];
        for (const re of [international, national]) {
          for (const m of ctx.text.matchAll(re)) {
            const start = m.index;
            const end = start + m[0].length;
            if (hits.some((h) => start < h.end && h.start < end)) continue;
            const hit = judge(ctx, start, end, m[0]);
            if (hit) hits.push(hit);
          }
        }
        return hits;
      },
    };
  },
});
