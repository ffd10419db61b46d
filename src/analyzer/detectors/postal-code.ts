// Canadian postal codes (A1A 1A1) with Canada Post's letters only: no D, F, I, O, Q or U anywhere,
// and no W or Z in first place. A full code narrows a home to a few dozen doors (Code de
// déontologie, art. 20); a clinic's own code in an announcement is public.
import { INSTITUTIONAL, PATIENT } from "./lib/context.js";
import { defineIdentifier } from "./lib/recognizer.js";

export const POSTAL_CODE = /(?<![\p{L}\p{N}])([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])[ \u00a0-]?(\d[ABCEGHJ-NPRSTV-Z]\d)(?![\p{L}\p{N}])/giu;

/** Lower-case codes are accepted only when written like one ("h2x 1y4"), not a word run. */
function oneCase(m: RegExpMatchArray): RegExpMatchArray | null {
  return m[0] !== m[0].toUpperCase() && m[0] !== m[0].toLowerCase() ? null : m;
}

export default defineIdentifier({
  id: "postal-code",
  description: "Canadian postal codes with valid letters, unless they are a clinic's own in an announcement.",
  // The shape's look-arounds are slow to try at every position.
  prefilter: /\p{L}\d\p{L}/u,
  patterns: [
    {
      regex: POSTAL_CODE,
      read: oneCase,
      describe: (m) => `pattern: postal code «${m[0]}»`,
      // The expression holds Canada Post's letters.
      validate: () => "validator: Canada Post letters ok",
    },
  ],
  context: { words: PATIENT, withPrevious: true },
  score: ({ near, context }) => {
    if (!context && near.withPrevious(INSTITUTIONAL)) return null; // the clinic's own address
    return { trace: context ? [`context: ${context}`] : [] };
  },
});
