// French social-security numbers (NIR, "numéro de sécurité sociale", carte Vitale): sex, year and
// month of birth, département, commune, order number, then a key = 97 − (number mod 97). The
// number alone gives the patient's sex, birth month and birthplace (Code de déontologie, art. 20).
// Written whole ("185057512345678"), in its printed groups ("1 85 05 75 123 456 78") or digit by
// digit as forms print it. A valid key is enough; a number whose key does not match (a typo, or a
// made-up example) counts only when a keyword says it is a NIR.
import { cues, findCue, NOT_PERSONAL_NUMBER, tokenSpan, windowsAt } from "./lib/context.js";
import { NUMBER_TRIGGERS } from "./lib/triggers.js";
import { defineDetector, NO_PARAMS, type Hit } from "./types.js";

const NIR_WORDS = cues(
  "nir", "secu", "securite sociale", "secu sociale", "numero de securite sociale", "n ss", "no ss", "nss", "insee", "numero insee",
  "immatriculation", "immatricule", "assure", "assuree", "assure social", "carte vitale", "vitale", "social security",
  "identification", "id", "id national", "identifiant national",
);

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

export default defineDetector({
  id: "nir-number",
  description: "French social-security numbers (NIR) with a valid key, or after their keyword.",
  params: NO_PARAMS,
  create() {
    // Whole (the key may stand apart), in printed groups, or one digit at a time; never inside a
    // longer run of digits or digit groups.
    const whole = /(?<![\p{L}\p{N}]|\p{N}[ .])[1-478]\d{4}(?:\d{2}|2[AB])\d{6}(?: ?\d{2})?(?![\p{L}\p{N}]|[ .]\p{N})/gu;
    const grouped = /(?<![\p{L}\p{N}]|\p{N}[ .])[1-478]([ .])\d{2}\1\d{2}\1(?:\d{2}|2[AB])\1\d{3}\1\d{3}(?:\1\d{2})?(?![\p{L}\p{N}]|[ .]\p{N})/gu;
    const spaced = /(?<![\p{L}\p{N}]|\p{N} )[1-478](?: \d){12}(?: \d \d)?(?![\p{L}\p{N}]| \p{N})/gu;
    return {
      // A NIR is digits.
      triggers: NUMBER_TRIGGERS,
      detect(ctx) {
        const hits: Hit[] = [];
        const taken: Array<[number, number]> = [];
        for (const re of [whole, grouped, spaced]) {
          for (const m of ctx.text.matchAll(re)) {
            const start = m.index;
            const end = start + m[0].length;
            if (taken.some(([s, e]) => start < e && s < end)) continue;
            if (/^[ \u00a0]?[$€£]/.test(ctx.text.slice(end, end + 2))) continue; // an amount
            const nir = readNir(m[0].replace(/[ .]/g, ""));
            if (!nir) continue; // validator failed: no such sex, month or département
            const [a, b] = tokenSpan(ctx, start, end);
            const w = windowsAt(ctx, a, b);
            if (findCue(ctx, ...w.before(4), NOT_PERSONAL_NUMBER)) continue;
            const keyword = findCue(ctx, ...w.before(10), NIR_WORDS) ?? findCue(ctx, ...w.after(3), NIR_WORDS);
            const trace = [`pattern: NIR «${m[0]}»`];
            if (nir.keyValid === true) {
              trace.push(`validator: key ${String(nir.key).padStart(2, "0")} = 97 − (${nir.body} mod 97)`);
              if (keyword) trace.push(`context: ${keyword}`);
              trace.push("score: high");
              hits.push({ start, end, trace });
            } else if (keyword) {
              trace.push(nir.key === undefined ? "validator: sex, month and département fit (no key)" : `validator: key ${nir.key} does not match`, `context: ${keyword}`, "score: medium");
              hits.push({ start, end, trace, severity: "warning" });
            } else continue;
            taken.push([start, end]);
          }
        }
        return hits;
      },
    };
  },
});
