// French social-security numbers (NIR, "numéro de sécurité sociale", carte Vitale): sex, year and
// month of birth, département, commune, order number, then a key = 97 − (number mod 97). The
// number alone gives the patient's sex, birth month and birthplace (Code de déontologie, art. 20).
// Written whole ("185057512345678"), in its printed groups ("1 85 05 75 123 456 78") or digit by
// digit as forms print it. A valid key is enough; a number whose key does not match (a typo, or a
// made-up example) counts only when a keyword says it is a NIR.
import { cues, NOT_PERSONAL_NUMBER } from "./lib/context.js";
import { defineIdentifier, type IdentifierPattern } from "./lib/recognizer.js";
import { NUMBER_TRIGGERS } from "./lib/triggers.js";
import { identifierWords } from "../privacy/identifier-words.js";

const NIR_WORDS = cues(...identifierWords("nir-number", "keywords"));

export interface NirCheck {
  /** The 13 digits the key is computed on (Corsica's 2A/2B read as 19/18). */
  body: string;
  key?: number;
  keyValid?: boolean;
}

/** Reads a NIR's parts (separators removed); null when its sex, month or département cannot be. */
export function readNir(compact: string): NirCheck | null {
  const m = /^([1-478])(\d{2})(\d{2})(\d{2}|2[AB])(\d{3})(\d{3})(\d{2})?$/i.exec(compact);
  if (!m) return null;
  const month = Number(m[3]);
  // 01–12, or 20–42 / 50–99 for a birth month unknown to the registry.
  if (!((month >= 1 && month <= 12) || month >= 20)) return null;
  const dept = (m[4] as string).toUpperCase();
  if (dept === "00") return null;
  if ((m[5] as string) === "000" || (m[6] as string) === "000") return null;
  const body = `${m[1]}${m[2]}${m[3]}${dept === "2A" ? "19" : dept === "2B" ? "18" : dept}${m[5]}${m[6]}`;
  if (m[7] === undefined) return { body };
  const key = Number(m[7]);
  return { body, key, keyValid: nirKey(body) === key };
}

/** The NIR key: 97 − (the 13-digit number mod 97). */
export function nirKey(body13: string): number {
  return 97 - (Number(body13) % 97);
}

const AMOUNT_AFTER = /^[ \u00a0]?[$€£]/;
const SEPARATORS = /[ .]/g;

/** The NIR's parts, unless the digits are an amount ("1 85 05 75 123 456 €"); null when its sex,
 *  month or département cannot be. */
function readNirMatch(m: RegExpMatchArray, ctx: { text: string }): NirCheck | null {
  const end = (m.index as number) + m[0].length;
  if (AMOUNT_AFTER.test(ctx.text.slice(end, end + 2))) return null;
  return readNir(m[0].replace(SEPARATORS, ""));
}

/** The key check: a valid key is enough; a missing or wrong one leaves the keyword to decide. */
function keyCheck(nir: NirCheck): string {
  if (nir.keyValid === true) return `validator: key ${String(nir.key).padStart(2, "0")} = 97 − (${nir.body} mod 97)`;
  return nir.key === undefined ? "validator: sex, month and département fit (no key)" : `validator: key ${nir.key} does not match`;
}

function nirPattern(regex: RegExp): IdentifierPattern<NirCheck> {
  return { regex, read: readNirMatch, describe: (m) => `pattern: NIR «${m[0]}»`, validate: keyCheck };
}

export default defineIdentifier({
  id: "nir-number",
  description: "French social-security numbers (NIR) with a valid key, or after their keyword.",
  // A NIR is digits.
  triggers: NUMBER_TRIGGERS,
  // Whole (the key may stand apart), in printed groups, or one digit at a time; never inside a
  // longer run of digits or digit groups.
  patterns: [
    nirPattern(/(?<![\p{L}\p{N}]|\p{N}[ .])[1-478]\d{4}(?:\d{2}|2[AB])\d{6}(?: ?\d{2})?(?![\p{L}\p{N}]|[ .]\p{N})/gu),
    nirPattern(/(?<![\p{L}\p{N}]|\p{N}[ .])[1-478]([ .])\d{2}\1\d{2}\1(?:\d{2}|2[AB])\1\d{3}\1\d{3}(?:\1\d{2})?(?![\p{L}\p{N}]|[ .]\p{N})/gu),
    nirPattern(/(?<![\p{L}\p{N}]|\p{N} )[1-478](?: \d){12}(?: \d \d)?(?![\p{L}\p{N}]| \p{N})/gu),
  ],
  claims: "found",
  exclude: { words: NOT_PERSONAL_NUMBER, before: 4 },
  context: { words: NIR_WORDS, before: 10, after: 3 },
  score: ({ shape, context }) => {
    if (shape.keyValid === true) return { trace: context ? [`context: ${context}`, "score: high"] : ["score: high"] };
    return context ? { trace: [`context: ${context}`, "score: medium"], severity: "warning" } : null;
  },
});
