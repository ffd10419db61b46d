// Quebec health-insurance number (RAMQ, "NAM"): 3 letters of the surname, 1 of the given name, then
// YYMMDD of the birth date (month + 50 for women) and 2 administrative digits. Code de déontologie,
// art. 20: the number alone names the patient and gives their date of birth.
import { z } from "zod";
import { validDay } from "./lib/dates.js";
import { cues, findCue, NOT_PERSONAL_NUMBER, tokenSpan, windowsAt } from "./lib/context.js";
import { defineDetector, NO_PARAMS, type Hit } from "./types.js";

const HEALTH_CARD_CONTEXT = cues(
  "ramq", "nam", "carte", "carte soleil", "assurance maladie", "assurance-maladie", "health card", "health insurance",
  "medicare", "card", "numero d'assurance maladie", "regie",
);

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

const FOUR_DIGITS = /\d{4}/;

export default defineDetector({
  id: "ramq-number",
  description: "Quebec health-insurance numbers (4 letters + 8 digits) whose coded birth date exists.",
  params: NO_PARAMS,
  create() {
    const shape = /(?<![\p{L}\p{N}])(\p{L}{4})[ \u00a0-]?(\d{4})[ \u00a0-]?(\d{4})(?![\p{L}\p{N}])/gu;
    return {
      detect(ctx) {
        const hits: Hit[] = [];
        // The Unicode shape is slow to try at every position; most paragraphs hold no 4 digits.
        if (!FOUR_DIGITS.test(ctx.text)) return hits;
        for (const m of ctx.text.matchAll(shape)) {
          const letters = m[1] as string;
          if (!/^[A-Za-z]{4}$/.test(letters)) continue;
          const start = m.index;
          const end = start + m[0].length;
          const trace = [`pattern: 4 letters + 8 digits «${m[0]}»`];
          const date = ramqBirthDate(`${m[2]}${m[3]}`);
          if (!date) continue; // validator failed: not a RAMQ number
          trace.push(`validator: birth date ${String(date.year2).padStart(2, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")} (${date.female ? "female" : "male"}) exists`);
          const [a, b] = tokenSpan(ctx, start, end);
          const w = windowsAt(ctx, a, b);
          const notPersonal = findCue(ctx, ...w.before(4), NOT_PERSONAL_NUMBER);
          if (notPersonal) continue;
          const context = findCue(ctx, 0, ctx.tokens.length, HEALTH_CARD_CONTEXT);
          const upper = letters === letters.toUpperCase();
          if (context) {
            trace.push(`context: ${context}`, "score: high");
            hits.push({ start, end, trace });
          } else if (upper) {
            trace.push("no context word", "score: medium");
            hits.push({ start, end, trace, severity: "warning" });
          }
        }
        return hits;
      },
    };
  },
});
