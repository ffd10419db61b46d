// Health numbers of the other provinces, validated where a check digit is public: Ontario (OHIP,
// 10 digits, Luhn, optional 2-letter version code) and British Columbia (PHN, 10 digits from 9,
// mod 11). Other provinces have no public check digit: their numbers need a keyword right before.
// Code de déontologie, art. 20: a health number points to one patient.
import { bcPhnValid, digitsOf, luhnValid } from "./lib/luhn.js";
import { cues, NOT_PERSONAL_NUMBER } from "./lib/context.js";
import { contextScore, defineIdentifier, medium, type Near } from "./lib/recognizer.js";
import { identifierWords } from "../privacy/identifier-words.js";

const OHIP_WORDS = cues(...identifierWords("health-number", "ohip-keywords"));
const BC_WORDS = cues(...identifierWords("health-number", "bc-keywords"));
const HEALTH_NUMBER_WORDS = cues(...identifierWords("health-number", "keywords"));
const KEYWORD = { words: HEALTH_NUMBER_WORDS, before: 8 };

const RAMQ_LETTERS_BEFORE = /(?<!\p{L})\p{L}{4}[ -]?$/u;
const RAMQ_SHAPE = /^\p{L}{4}[ -]?\d{4}[ -]?\d{4}$/u;
const PHONE_GROUPING = /^\(?[2-9]\d\d\)?[ .-][2-9]\d\d[ .-]\d{4}$/;
const VERSION_CODE = /[A-Z]{2}$/;
const TRAILING_VERSION_CODE = /[ -]?[A-Z]{2}$/;

interface HealthNumber {
  raw: string;
  digits: string;
}

/** The digits, unless they are a RAMQ number's ("ABCD 1234 5678", the ramq-number rule's) or a
 *  phone number's 3-3-4 grouping. */
function readHealthNumber(m: RegExpMatchArray, ctx: { text: string }): HealthNumber | null {
  const start = m.index as number;
  const end = start + m[0].length;
  if (RAMQ_LETTERS_BEFORE.test(ctx.text.slice(Math.max(0, start - 6), start)) && RAMQ_SHAPE.test(ctx.text.slice(Math.max(0, start - 5), end))) return null;
  if (PHONE_GROUPING.test(m[0].replace(TRAILING_VERSION_CODE, ""))) return null;
  return { raw: m[0], digits: digitsOf(m[0]) };
}

/** The province's check digit, chosen by the words near the number: OHIP's Luhn, BC's mod 11, or
 *  none (then only a health-card keyword makes the number one). */
function provinceCheck({ raw, digits }: HealthNumber, near: Near): string | null {
  if (digits.length === 10 && (near.withPrevious(OHIP_WORDS) || VERSION_CODE.test(raw))) {
    return luhnValid(digits) ? "validator: OHIP Luhn check digit ok" : null; // an OHIP number always passes Luhn
  }
  if (digits.length === 10 && digits.startsWith("9") && near.withPrevious(BC_WORDS)) {
    return bcPhnValid(digits) ? "validator: BC PHN mod 11 check digit ok" : null;
  }
  // No checksum and no keyword: a number like any other.
  return near.find(KEYWORD) ? "validator: none for this province" : null;
}

export default defineIdentifier({
  id: "health-number",
  description: "Provincial health numbers: OHIP (Luhn), BC PHN (mod 11), others after a health-card keyword.",
  // Four digits, single spaces or hyphens between them: every shape below holds such a run.
  prefilter: /\d(?:[ -]?\d){3}/,
  patterns: [
    {
      // 8 to 12 digits, single spaces or hyphens between groups, optional OHIP version code.
      regex: /(?<![\p{L}\p{N}-])\d(?:[ -]?\d){7,11}(?:[ -]?[A-Z]{2})?(?![\p{L}\p{N}])/gu,
      read: readHealthNumber,
      describe: (m, n) => `pattern: ${n.digits.length} digits «${m[0]}»`,
      validate: provinceCheck,
    },
  ],
  exclude: { words: NOT_PERSONAL_NUMBER, before: 4 },
  context: KEYWORD,
  score: ({ context }) => contextScore(context, () => medium("no keyword before the number")),
});
