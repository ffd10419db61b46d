// Calendar dates written in French or English ("3 avril 1941", "le 1er mars", "March 3, 1941",
// "1941-04-03", "03/04/1941"), read from the folded paragraph at a given offset. Sticky regular
// expressions, one per form, each linear.
import { MONTH_ALTERNATION, MONTHS, validDay } from "./dates.js";

export interface DateExpression {
  start: number;
  end: number;
  day?: number;
  month: number;
  year?: number;
  form: "day-month" | "month-day" | "numeric" | "month-year";
}

const DAY = "(1er|1re|premier|\\d{1,2})(?:er|st|nd|rd|th)?";
const MONTH = `(${MONTH_ALTERNATION})\\.?`;
const YEAR = "(\\d{4})";

const DAY_MONTH = new RegExp(`${DAY}\\s{1,2}${MONTH}(?:,?\\s{1,2}${YEAR})?(?![\\p{L}\\p{N}])`, "uy");
const MONTH_DAY = new RegExp(`${MONTH}\\s{1,2}${DAY}(?:,?\\s{1,2}${YEAR})?(?![\\p{L}\\p{N}])`, "uy");
const MONTH_YEAR = new RegExp(`${MONTH}\\s{1,2}(?:de\\s{1,2}|of\\s{1,2})?${YEAR}(?![\\p{L}\\p{N}])`, "uy");
const ISO = /(\d{4})-(\d{1,2})-(\d{1,2})(?![\p{L}\p{N}])/uy;
// Forms print "12|03|1950" too.
const NUMERIC = /(\d{1,2})([/.|-])(\d{1,2})\2(\d{4})(?![\p{L}\p{N}])/uy;

function dayNumber(s: string): number {
  return s === "1er" || s === "1re" || s === "premier" ? 1 : Number(s);
}

function exec(re: RegExp, folded: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(folded);
}

// English month names that are also words ("these 3 may help", "mar") count only when capitalised.
const NEEDS_CAPITAL = new Set(["may", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb", "apr", "sept"]);

function monthWritten(original: string, folded: string, from: number, name: string): boolean {
  if (!NEEDS_CAPITAL.has(name)) return true;
  const at = folded.indexOf(name, from);
  const ch = original.charAt(at);
  return at >= 0 && ch !== ch.toLowerCase();
}

/** A date starting exactly at `at` in the folded text, or null when none or impossible. */
export function dateAt(original: string, folded: string, at: number): DateExpression | null {
  const d = readDate(folded, at);
  if (!d || d.form === "numeric") return d;
  const name = MONTH_NAME.exec(folded.slice(d.start, d.end));
  return name && monthWritten(original, folded, d.start, name[1] as string) ? d : null;
}

const MONTH_NAME = new RegExp(`(?<![\\p{L}])(${MONTH_ALTERNATION})(?![\\p{L}])`, "u");

function readDate(folded: string, at: number): DateExpression | null {
  let m = exec(DAY_MONTH, folded, at);
  if (m) {
    const month = MONTHS.get(m[2] as string) as number;
    const day = dayNumber(m[1] as string);
    const year = m[3] ? Number(m[3]) : undefined;
    return validDay(day, month, year) ? { start: at, end: at + m[0].length, day, month, ...(year ? { year } : {}), form: "day-month" } : null;
  }
  m = exec(MONTH_DAY, folded, at);
  if (m) {
    const month = MONTHS.get(m[1] as string) as number;
    const day = dayNumber(m[2] as string);
    const year = m[3] ? Number(m[3]) : undefined;
    return validDay(day, month, year) ? { start: at, end: at + m[0].length, day, month, ...(year ? { year } : {}), form: "month-day" } : null;
  }
  m = exec(MONTH_YEAR, folded, at);
  if (m) return { start: at, end: at + m[0].length, month: MONTHS.get(m[1] as string) as number, year: Number(m[2]), form: "month-year" };
  m = exec(ISO, folded, at);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDay(day, month, year) ? { start: at, end: at + m[0].length, day, month, year, form: "numeric" } : null;
  }
  m = exec(NUMERIC, folded, at);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    // Day/month in Quebec usage, month/day in American usage: either reading must exist.
    if (validDay(a, b, year)) return { start: at, end: at + m[0].length, day: a, month: b, year, form: "numeric" };
    if (validDay(b, a, year)) return { start: at, end: at + m[0].length, day: b, month: a, year, form: "numeric" };
  }
  return null;
}

/** Offsets where a date may start: a digit or a month name at a word start. */
export const DATE_START = new RegExp(`(?<![\\p{L}\\p{N}])(?:\\d|(?:${MONTH_ALTERNATION})(?![\\p{L}]))`, "gu");
