// Social insurance numbers: Canadian SIN (9 digits, Luhn, never starting with 0 or 8) and US SSN
// (3-2-4, no 000/666/9xx area, no 00 group, no 0000 serial). Code de déontologie, art. 20.
import { z } from "zod";
import { digitsOf, luhnValid } from "./lib/luhn.js";
import { cues, findCue, NOT_PERSONAL_NUMBER, tokenSpan, windowsAt } from "./lib/context.js";
import { NUMBER_TRIGGERS } from "./lib/triggers.js";
import { defineDetector, NO_PARAMS, type Hit } from "./types.js";

const SIN_WORDS = cues("nas", "sin", "assurance sociale", "social insurance", "numero d'assurance sociale", "social insurance number");
const SSN_WORDS = cues("ssn", "social security", "social security number", "securite sociale");

/** SSA rules for a valid-looking SSN. */
export function ssnValid(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  return a !== 0 && a !== 666 && a < 900 && group !== "00" && serial !== "0000";
}

export function sinValid(digits: string): boolean {
  return /^[1-79]\d{8}$/.test(digits) && luhnValid(digits);
}

export default defineDetector({
  id: "sin-number",
  description: "Canadian SIN (Luhn) and US SSN numbers, raised by a keyword nearby.",
  params: NO_PARAMS,
  create() {
    // Not inside a longer run of digit groups ("1 234 567 890 $").
    const sin = /(?<![\p{L}\p{N}-]|\d[ .,])(\d{3})([ -]?)(\d{3})\2(\d{3})(?![\p{L}\p{N}]|[-. ,]\d)/gu;
    const ssn = /(?<![\p{L}\p{N}-]|\d[ .,])(\d{3})([ -])(\d{2})\2(\d{4})(?![\p{L}\p{N}]|[-. ,]\d)/gu;
    return {
      // A SIN or an SSN is groups of digits, each a number token.
      triggers: NUMBER_TRIGGERS,
      detect(ctx) {
        const hits: Hit[] = [];
        const consider = (start: number, end: number, trace: string[], words: typeof SIN_WORDS, separated: boolean) => {
          const [a, b] = tokenSpan(ctx, start, end);
          const w = windowsAt(ctx, a, b);
          if (findCue(ctx, ...w.before(4), NOT_PERSONAL_NUMBER)) return;
          const keyword = findCue(ctx, ...w.before(8), words) ?? findCue(ctx, ...w.after(3), words);
          if (keyword) hits.push({ start, end, trace: [...trace, `context: ${keyword}`, "score: high"] });
          else if (separated) hits.push({ start, end, severity: "warning", trace: [...trace, "no keyword; grouped like the card", "score: medium"] });
        };
        for (const m of ctx.text.matchAll(sin)) {
          const digits = digitsOf(m[0]);
          if (!sinValid(digits)) continue; // validator failed
          consider(m.index, m.index + m[0].length, [`pattern: SIN «${m[0]}»`, "validator: Luhn ok"], SIN_WORDS, (m[2] as string) === "-");
        }
        for (const m of ctx.text.matchAll(ssn)) {
          if (!ssnValid(m[1] as string, m[3] as string, m[4] as string)) continue;
          consider(m.index, m.index + m[0].length, [`pattern: SSN «${m[0]}»`, "validator: SSA area/group/serial ok"], SSN_WORDS, (m[2] as string) === "-");
        }
        return hits;
      },
    };
  },
});
