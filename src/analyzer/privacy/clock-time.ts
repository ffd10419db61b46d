// An exact clock time of care ("à 3 h 40", "at 2:15 a.m.") dates the visit to the minute: with the
// day it is enough for a colleague to find the chart. Its part of the day keeps the story ("in the
// middle of the night") and drops the minute. Times without a readable hour keep the rule's fix.
import type { Token } from "../text/tokenize.js";

const PARTS = {
  night: { fr: "pendant la nuit", en: "overnight" },
  morning: { fr: "le matin", en: "in the morning" },
  day: { fr: "en journée", en: "during the day" },
  evening: { fr: "en soirée", en: "in the evening" },
} as const;

const MORNING_WORDS = new Set(["am", "a", "matin", "morning"]);
const EVENING_WORDS = new Set(["pm", "p", "soir", "evening", "night", "nuit", "apres-midi", "afternoon"]);
const HOUR = /^(\d{1,2})(?:h\d{0,2}|:\d{2})?$/;
const CLOCK = /^(\d{1,2})[h:](\d{2})?$/;
/** What a clock-time span may start with: the fix replaces the preposition too. */
const LEADS = new Set(["a", "à", "vers", "at", "around", "about", "by", "des", "dès", "depuis"]);

const CLOCK_MARKS = new Set(["h", ":", "am", "pm", "o'clock", "oclock"]);
const DAY_PARTS = new Set(["matin", "soir", "nuit", "morning", "evening", "night", "afternoon", "apres-midi"]);

/** Whether the tokens after a number make it an hour: "3 h", "2:15", "11 pm", "2 a.m.", "3 du
 *  matin", "3 in the morning" (and not "3 heures", "3 jours": durations). */
function clockAfter(tokens: readonly Token[], i: number, b: number): boolean {
  const n = tokens[i]?.norm;
  if (i >= b || n === undefined) return false;
  if (CLOCK_MARKS.has(n)) return true;
  if ((n === "a" || n === "p") && tokens[i + 1]?.norm === ".") return true;
  for (let k = i; k < Math.min(b, i + 3); k++) if (DAY_PARTS.has((tokens[k] as Token).norm)) return true;
  return false;
}

/** The part of the day of a clock time in tokens [a, b), or undefined when no hour is read. */
export function partOfDay(tokens: readonly Token[], a: number, b: number): keyof typeof PARTS | undefined {
  let hour: number | undefined;
  let marker: "am" | "pm" | undefined;
  for (let i = a; i < b; i++) {
    const t = tokens[i] as Token;
    const n = t.norm;
    if ((n === "minuit" || n === "midnight") && i > a && LEADS.has((tokens[i - 1] as Token).norm)) hour = 0;
    else if (hour === undefined && CLOCK.test(n)) hour = Number((CLOCK.exec(n) as RegExpExecArray)[1]);
    else if (hour === undefined && t.kind === "num" && HOUR.test(n) && clockAfter(tokens, i + 1, b)) {
      hour = Number((HOUR.exec(n) as RegExpExecArray)[1]);
    } else if (hour !== undefined && MORNING_WORDS.has(n)) marker ??= "am";
    else if (hour !== undefined && EVENING_WORDS.has(n)) marker ??= n === "nuit" || n === "night" ? (hour >= 8 && hour <= 11 ? "pm" : "am") : "pm";
  }
  if (hour === undefined || hour > 24) return undefined;
  if (marker === "pm" && hour < 12) hour += 12;
  if (marker === "am" && hour === 12) hour = 0;
  if (hour >= 22 || hour < 5) return "night";
  if (hour < 11) return "morning";
  if (hour < 17) return "day";
  return "evening";
}

/** The fix for a clock-time span, in both languages; null when the span is a clock time that no
 *  phrase can replace (a preposition before it stays outside: "at [11 pm]" would read "at
 *  overnight"); undefined when it is not a clock time (the rule's own fix applies). */
export function clockTimeFix(tokens: readonly Token[], a: number, b: number): { fr: string; en: string } | null | undefined {
  const part = partOfDay(tokens, a, b);
  if (part === undefined) return undefined;
  const first = tokens[a] as Token;
  if (first.kind === "num" && a > 0 && LEADS.has((tokens[a - 1] as Token).norm)) return null;
  return PARTS[part];
}
