// Quebec health-insurance number (RAMQ, "NAM"): 3 letters of the surname, 1 of the given name, then
// YYMMDD of the birth date (month + 50 for women) and 2 administrative digits. Code de déontologie,
// art. 20: the number alone names the patient and gives their date of birth.
import { validDay } from "./lib/dates.js";
import { cues, NOT_PERSONAL_NUMBER } from "./lib/context.js";
import { contextScore, defineIdentifier, medium } from "./lib/recognizer.js";
import { identifierWords } from "../privacy/identifier-words.js";

const HEALTH_CARD_CONTEXT = cues(...identifierWords("ramq-number", "context"));

export interface RamqDate {
  year2: number;
  month: number;
  day: number;
  female: boolean;
}

/** Reads the birth date coded in digits 1–6; null when no such date exists (the match is dropped). */
export function ramqBirthDate(digits: string): RamqDate | null {
  if (!/^\d{8}$/.test(digits)) return null;
  const year2 = Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const female = month > 50;
  if (female) month -= 50;
  // With a two-digit year, 29 February is possible only in a year divisible by 4 (1900 is never a
  // patient's birth year; 2000 was a leap year).
  if (!validDay(day, month, year2 % 4 === 0 ? 2000 : 2001)) return null;
  return { year2, month, day, female };
}

/** The validator: the coded birth date exists. */
function birthDateExists(m: RegExpMatchArray): string | null {
  const date = ramqBirthDate(`${m[2]}${m[3]}`);
  if (!date) return null;
  return `validator: birth date ${String(date.year2).padStart(2, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")} (${date.female ? "female" : "male"}) exists`;
}

const ASCII_LETTERS = /^[A-Za-z]{4}$/;

export default defineIdentifier({
  id: "ramq-number",
  description: "Quebec health-insurance numbers (4 letters + 8 digits) whose coded birth date exists.",
  prefilter: /\d{4}/,
  patterns: [
    {
      regex: /(?<![\p{L}\p{N}])(\p{L}{4})[ \u00a0-]?(\d{4})[ \u00a0-]?(\d{4})(?![\p{L}\p{N}])/gu,
      read: (m) => (ASCII_LETTERS.test(m[1] as string) ? m : null),
      describe: (m) => `pattern: 4 letters + 8 digits «${m[0]}»`,
      validate: birthDateExists,
    },
  ],
  exclude: { words: NOT_PERSONAL_NUMBER, before: 4 },
  context: { words: HEALTH_CARD_CONTEXT, paragraph: true },
  // Without a context word, only capitals written like the card.
  score: ({ shape, context }) => contextScore(context, () => ((shape[1] as string) === (shape[1] as string).toUpperCase() ? medium("no context word") : null)),
});
