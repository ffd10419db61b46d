// French phone numbers: ten digits starting with 0 ("06 12 34 56 78", "01.42.00.00.00",
// "0612345678") or the international form ("+33 6 12 34 56 78", "(33) 1 20 00 00 00", "0033 …").
// A patient's or a relative's number identifies them (Code de déontologie, art. 20); a ward's,
// a secretariat's or a doctor's line in a staff list does not, nor a fax.
import { cues, PATIENT } from "./lib/context.js";
import { asMatched, defineIdentifier, type Found, type Verdict } from "./lib/recognizer.js";
import { PATIENT_STRONG, staffDetail } from "./lib/staff.js";
import { NUMBER_TRIGGERS } from "./lib/triggers.js";
import { identifierWords } from "../privacy/identifier-words.js";

/** Lines that are not a person's: services, premium numbers, and a number given to call or fax. */
const SERVICE_WORDS = cues(...identifierWords("fr-phone-number", "service-words"));
/** A directory of wards or services: its numbers are theirs, unless a patient is named in it. */
const DIRECTORY = cues(...identifierWords("fr-phone-number", "directory"));

/** Words that introduce a number to call back or to reach someone. */
const PHONE_WORDS = cues(...identifierWords("fr-phone-number", "keywords"));
/** 08 (shared-cost and premium) and 09 with a service word are not personal; 08 never is. */
const PREMIUM = /^(?:\+33|0033|\(33\))?[ .-]?\(?0?\)?[ .-]?8/;

const BARE = /^\+?\d+$/;

/** Whose line it is: a patient's or a relative's (kept), or a service's or a colleague's. */
function personalLine({ match, near }: Found<RegExpMatchArray>): Verdict | null {
  const ctx = near.ctx;
  const strong = near.withPrevious(PATIENT_STRONG);
  const staff = staffDetail(ctx, near.windows.sentenceRange, near.first, near.last);
  if (staff) return null; // a colleague's or a service's line
  if (!near.inParagraph(PATIENT_STRONG) && near.inParagraph(DIRECTORY)) return null;
  const personal = strong ?? near.before(8, PATIENT);
  const service = near.before(5, SERVICE_WORDS) ?? near.after(5, SERVICE_WORDS);
  if (service && !personal) return null;
  const phoneWord = near.before(6, PHONE_WORDS);
  if (!personal && BARE.test(match[0]) && !phoneWord) return null; // ten bare digits can be any number
  const trace: string[] = [];
  if (personal) trace.push(`context: ${personal}`);
  if (service) trace.push(`service word outweighed: ${service}`);
  trace.push(personal ? "score: high" : "score: medium");
  return personal ? { trace } : { trace, severity: "warning" };
}

/** 08 numbers (shared-cost and premium) are never a person's. */
function notPremium(m: RegExpMatchArray): undefined | null {
  return PREMIUM.test(m[0]) ? null : undefined;
}

const describe = (m: RegExpMatchArray) => `pattern: French phone number «${m[0]}»`;

export default defineIdentifier({
  id: "fr-phone-number",
  description: "French phone numbers (0X XX XX XX XX, +33) of a patient or a relative, not of a service or staff.",
  // A phone number is digits.
  triggers: NUMBER_TRIGGERS,
  // International: +33, 0033 or (33), an optional (0), then 9 digits; national: 0 + 9 digits, in
  // pairs with the same or no separator.
  patterns: [
    { regex: /(?<![\p{L}\p{N}])(?:\+33|0033|\(33\))[ .-]?(?:\(0\)[ .-]?)?[1-79](?:[ .-]?\d{2}){4}(?![\p{L}\p{N}]|[ .-]\p{N})/gu, read: asMatched, describe, validate: notPremium },
    { regex: /(?<![\p{L}\p{N}+]|\p{N}[ .-])0[1-79](?:[ .-]?\d{2}){4}(?![\p{L}\p{N}]|[ .-]\p{N})/gu, read: asMatched, describe, validate: notPremium },
  ],
  claims: "found",
  score: personalLine,
});
