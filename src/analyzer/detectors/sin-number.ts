// Social insurance numbers: Canadian SIN (9 digits, Luhn, never starting with 0 or 8) and US SSN
// (3-2-4, no 000/666/9xx area, no 00 group, no 0000 serial). Code de déontologie, art. 20.
import { digitsOf, luhnValid } from "./lib/luhn.js";
import { cues, NOT_PERSONAL_NUMBER } from "./lib/context.js";
import { asMatched, contextScore, defineIdentifier, medium } from "./lib/recognizer.js";
import { NUMBER_TRIGGERS } from "./lib/triggers.js";
import { identifierWords } from "../privacy/identifier-words.js";

const SIN_WORDS = cues(...identifierWords("sin-number", "sin-keywords"));
const SSN_WORDS = cues(...identifierWords("sin-number", "ssn-keywords"));

/** SSA rules for a valid-looking SSN. */
export function ssnValid(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  return a !== 0 && a !== 666 && a < 900 && group !== "00" && serial !== "0000";
}

export function sinValid(digits: string): boolean {
  return /^[1-79]\d{8}$/.test(digits) && luhnValid(digits);
}

export default defineIdentifier({
  id: "sin-number",
  description: "Canadian SIN (Luhn) and US SSN numbers, raised by a keyword nearby.",
  // A SIN or an SSN is groups of digits, each a number token.
  triggers: NUMBER_TRIGGERS,
  patterns: [
    {
      // Not inside a longer run of digit groups ("1 234 567 890 $").
      regex: /(?<![\p{L}\p{N}-]|\d[ .,])(\d{3})([ -]?)(\d{3})\2(\d{3})(?![\p{L}\p{N}]|[-. ,]\d)/gu,
      read: asMatched,
      describe: (m) => `pattern: SIN «${m[0]}»`,
      validate: (m) => (sinValid(digitsOf(m[0])) ? "validator: Luhn ok" : null),
      context: { words: SIN_WORDS, before: 8, after: 3 },
    },
    {
      regex: /(?<![\p{L}\p{N}-]|\d[ .,])(\d{3})([ -])(\d{2})\2(\d{4})(?![\p{L}\p{N}]|[-. ,]\d)/gu,
      read: asMatched,
      describe: (m) => `pattern: SSN «${m[0]}»`,
      validate: (m) => (ssnValid(m[1] as string, m[3] as string, m[4] as string) ? "validator: SSA area/group/serial ok" : null),
      context: { words: SSN_WORDS, before: 8, after: 3 },
    },
  ],
  exclude: { words: NOT_PERSONAL_NUMBER, before: 4 },
  // Without a keyword, only the hyphenated grouping printed on the card.
  score: ({ shape, context }) => contextScore(context, () => ((shape[2] as string) === "-" ? medium("no keyword; grouped like the card") : null)),
});
