// North American phone numbers (NANP), digits or vanity letters. A patient's number identifies
// them (Code de déontologie, art. 20); a helpline, a toll-free line, 811/911/988 or the clinic's own
// number in an announcement does not, so those are dropped.
import { cues, INSTITUTIONAL, NOT_PERSONAL_NUMBER, PATIENT } from "./lib/context.js";
import { defineIdentifier, type Found, type Verdict } from "./lib/recognizer.js";
import { NUMBER_TRIGGERS } from "./lib/triggers.js";
import { identifierWords } from "../privacy/identifier-words.js";

/** Toll-free and premium area codes: services, never a patient's own line. */
const SERVICE_AREA_CODES = new Set(identifierWords("phone-number", "service-area-codes"));

const SERVICE_WORDS = cues(...identifierWords("phone-number", "service-words"));
/** The author's or the clinic's own line: "appelez-nous au", "call us at", "mon cell". */
const OWN_LINE = cues(...identifierWords("phone-number", "own-line"));
const PHONE_WORDS = cues(...identifierWords("phone-number", "keywords"));

const KEYPAD: Record<string, string> = { a: "2", b: "2", c: "2", d: "3", e: "3", f: "3", g: "4", h: "4", i: "4", j: "5", k: "5", l: "5", m: "6", n: "6", o: "6", p: "7", q: "7", r: "7", s: "7", t: "8", u: "8", v: "8", w: "9", x: "9", y: "9", z: "9" };

export function keypadDigits(text: string): string {
  return text.toLowerCase().replace(/[a-z]/g, (c) => KEYPAD[c] ?? c).replace(/\D/g, "");
}

/** Why a 10-digit NANP number cannot be a patient's line, or null. */
export function notAPersonalLine(area: string, exchange: string): string | null {
  if (SERVICE_AREA_CODES.has(area)) return `toll-free or premium area code ${area}`;
  if (!/^[2-9]\d\d$/.test(area) || /^[2-9]11$/.test(area)) return `no such area code ${area}`;
  if (!/^[2-9]\d\d$/.test(exchange) || /^[2-9]11$/.test(exchange)) return `no such exchange ${exchange}`;
  return null;
}

interface PhoneShape {
  /** Area code and the first three digits of the number ("514", "555"). */
  area: string;
  exchange: string;
  /** The number is shown as such only next to a word for a phone ("tél.", "cell"). */
  needsPhoneWord: boolean;
  /** The vanity letters read on a keypad. */
  digits?: string;
}

const BARE = /^\+?\d{10,11}$/;
const CAPITAL = /[A-Z]/g;
const COUNTRY_CODE_SEPARATED = /^\+?1[ .-]/;
const AREA_HYPHENATED = /^\(?\d{3}\)?-/;
const ASSIGNABLE = /^[2-9]\d\d$/;
const N11 = /^[2-9]11$/;

/** "1 866 APPELLE", "514-JOE-BLOW"; not two capitalised words after a number ("514 AND MORE"). */
function readVanity(m: RegExpMatchArray): PhoneShape | null {
  if ((m[2]?.match(CAPITAL) ?? []).length < 3) return null;
  if (!COUNTRY_CODE_SEPARATED.test(m[0]) && !AREA_HYPHENATED.test(m[0])) return null;
  const digits = keypadDigits(m[2] as string);
  if (digits.length !== 7) return null;
  return { area: m[1] as string, exchange: digits.slice(0, 3), needsPhoneWord: false, digits };
}

/** A 7-digit local number whose exchange can be assigned. */
function readLocal(m: RegExpMatchArray): PhoneShape | null {
  const exchange = m[1] as string;
  if (!ASSIGNABLE.test(exchange) || N11.test(exchange)) return null;
  return { area: "", exchange, needsPhoneWord: true };
}

/** Whose line it is: a patient's (kept), or the author's, the clinic's or a service's (dropped). */
function personalLine({ shape, near }: Found<PhoneShape>): Verdict | null {
  if (shape.needsPhoneWord && !near.before(6, PHONE_WORDS)) return null;
  const own = near.before(3, OWN_LINE);
  if (own && !near.before(4, PATIENT)) return null; // the author's or the clinic's line
  const personal = near.withPrevious(PATIENT);
  const service = near.before(6, SERVICE_WORDS) ?? near.withPrevious(INSTITUTIONAL);
  if (service && !personal) return null;
  const trace: string[] = [];
  if (personal) trace.push(`context: ${personal}`);
  if (service) trace.push(`service word outweighed: ${service}`);
  trace.push(personal ? "score: high" : "score: medium");
  return { trace };
}

export default defineIdentifier<PhoneShape>({
  id: "phone-number",
  description: "North American phone numbers that are not helplines, toll-free, service or clinic lines.",
  // A phone number starts with a group of digits.
  triggers: NUMBER_TRIGGERS,
  patterns: [
    {
      regex: /(?<![\p{L}\p{N}+]|\d[ .-])(?:\+?1[ .-]?)?(?:\((\d{3})\)[ .-]?|(\d{3})[ .-]?)(\d{3})[ .-]?(\d{4})(?![\p{L}\p{N}]|[-.]\d)/gu,
      read: (m) => ({ area: (m[1] ?? m[2]) as string, exchange: m[3] as string, needsPhoneWord: BARE.test(m[0]) }),
      describe: (m) => `pattern: NANP number «${m[0]}»`,
      validate: ({ area, exchange }) => (notAPersonalLine(area, exchange) ? null : `validator: area ${area}, exchange ${exchange} assignable`),
    },
    {
      regex: /(?<![\p{L}\p{N}+])(?:\+?1[ .-]?)?\(?(\d{3})\)?[ .-]([A-Z0-9]{3}[ .-]?[A-Z0-9]{4}|[A-Z]{4,8})(?![\p{L}\p{N}])/gu,
      read: readVanity,
      describe: (m, s) => `pattern: vanity number «${m[0]}» = ${s.area}-${s.digits}`,
      validate: ({ area, exchange }) => (notAPersonalLine(area, exchange) ? null : undefined),
    },
    {
      regex: /(?<![\p{L}\p{N}+-]|\d[ .-])(\d{3})-(\d{4})(?![\p{L}\p{N}]|[-.]\d)/gu,
      read: readLocal,
      describe: (m) => `pattern: 7-digit local number «${m[0]}»`,
    },
  ],
  // A number read as one shape is not read again as another (a vanity tail, a local number).
  claims: "read",
  exclude: { words: NOT_PERSONAL_NUMBER, before: 4 },
  score: personalLine,
});
