// Calendar helpers shared by the date detectors: month names in French and English, and a check
// that a day exists (Presidio's validator step: an impossible date drops the match).

/** Month names and abbreviations, folded (lower case, no accents), to month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map<string, number>([
  ["janvier", 1], ["janv", 1], ["january", 1], ["jan", 1],
  ["fevrier", 2], ["fevr", 2], ["fev", 2], ["february", 2], ["feb", 2],
  ["mars", 3], ["march", 3], ["mar", 3],
  ["avril", 4], ["avr", 4], ["april", 4], ["apr", 4],
  ["mai", 5], ["may", 5],
  ["juin", 6], ["june", 6], ["jun", 6],
  ["juillet", 7], ["juil", 7], ["july", 7], ["jul", 7],
  ["aout", 8], ["august", 8], ["aug", 8],
  ["septembre", 9], ["sept", 9], ["september", 9], ["sep", 9],
  ["octobre", 10], ["oct", 10], ["october", 10],
  ["novembre", 11], ["nov", 11], ["november", 11],
  ["decembre", 12], ["dec", 12], ["december", 12],
]);

/** Alternation of month names for regular expressions over folded text (longest first). */
export const MONTH_ALTERNATION = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join("|");

export const FRENCH_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
export const ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function leap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; with an unknown year February has 29. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || leap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function validDay(day: number, month: number, year?: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

/** A birth year a living patient can have (a DOB of 1850 is a historical figure, not a patient). */
export function plausibleBirthYear(year: number, now: Date = new Date()): boolean {
  const current = now.getFullYear();
  return year <= current && year >= current - 115;
}

/** "19" + "41" → 1941 for a two-digit year in a birth date: the most recent past year. */
export function expandBirthYear(yy: number, now: Date = new Date()): number {
  const current = now.getFullYear();
  const century = Math.floor(current / 100) * 100;
  return century + yy > current ? century - 100 + yy : century + yy;
}
