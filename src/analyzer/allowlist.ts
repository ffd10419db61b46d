// What the user's "never flag these names" list may silence. An entry is a name as written: it
// silences a patient-privacy finding only when it covers the whole flagged name ("Tremblay" alone
// does not silence "Marie Tremblay"), and never a name a patient title introduces ("Mme Tremblay"
// in a care story is a patient whoever else bears the name). Other findings it silences where
// it overlaps them (a clinic's name in an advertising phrase).
import type { Finding } from "./types.js";
import { PATIENT_TITLES } from "./privacy/names.js";

export interface Span {
  start: number;
  end: number;
}

function patientTitled(flagged: string): boolean {
  const m = /^([\p{L}]+)(\.?)/u.exec(flagged);
  if (!m) return false;
  const word = (m[1] as string).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return PATIENT_TITLES.has(word) && (word !== "m" || m[2] === ".");
}

export function silencedBy(allowed: readonly Span[], f: Finding, text: string): boolean {
  if (f.category !== "patient-privacy") return allowed.some((a) => f.start < a.end && a.start < f.end);
  if (patientTitled(text.slice(f.start, f.end))) return false;
  return allowed.some((a) => a.start <= f.start && a.end >= f.end);
}
