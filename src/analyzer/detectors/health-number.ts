// Health numbers of the other provinces, validated where a check digit is public: Ontario (OHIP,
// 10 digits, Luhn, optional 2-letter version code) and British Columbia (PHN, 10 digits from 9,
// mod 11). Other provinces have no public check digit: their numbers need a keyword right before.
// Code de déontologie, art. 20: a health number points to one patient.
import { z } from "zod";
import { bcPhnValid, digitsOf, luhnValid } from "./lib/luhn.js";
import { cues, findCue, NOT_PERSONAL_NUMBER, tokenSpan, windowsAt } from "./lib/context.js";
import { defineDetector, NO_PARAMS, type Hit } from "./types.js";

const OHIP_WORDS = cues("ohip", "ontario health", "ontario");
const BC_WORDS = cues("phn", "personal health number", "carecard", "care card", "bc services card", "msp");
const HEALTH_NUMBER_WORDS = cues(
  "health card", "health card number", "health number", "health insurance number", "hcn", "medicare", "medicare number",
  "carte sante", "carte d'assurance maladie", "numero d'assurance maladie", "numero de carte", "assurance maladie",
  "carte soleil", "ohip", "phn", "personal health number", "carecard", "care card",
);

// Four digits, single spaces or hyphens between them: every shape below holds such a run.
const DIGIT_RUN = /\d(?:[ -]?\d){3}/;

export default defineDetector({
  id: "health-number",
  description: "Provincial health numbers: OHIP (Luhn), BC PHN (mod 11), others after a health-card keyword.",
  params: NO_PARAMS,
  create() {
    // 8 to 12 digits, single spaces or hyphens between groups, optional OHIP version code.
    const shape = /(?<![\p{L}\p{N}-])\d(?:[ -]?\d){7,11}(?:[ -]?[A-Z]{2})?(?![\p{L}\p{N}])/gu;
    const ramqShape = /^\p{L}{4}[ -]?\d{4}[ -]?\d{4}$/u;
    const phoneGrouping = /^\(?[2-9]\d\d\)?[ .-][2-9]\d\d[ .-]\d{4}$/;
    return {
      detect(ctx) {
        const hits: Hit[] = [];
        // A cheap test first: the Unicode shape is slow to try at every position.
        if (!DIGIT_RUN.test(ctx.text)) return hits;
        for (const m of ctx.text.matchAll(shape)) {
          const start = m.index;
          const end = start + m[0].length;
          // The digits of a RAMQ number ("ABCD 1234 5678") belong to the ramq-number rule.
          if (/(?<!\p{L})\p{L}{4}[ -]?$/u.test(ctx.text.slice(Math.max(0, start - 6), start)) && ramqShape.test(ctx.text.slice(Math.max(0, start - 5), end))) continue;
          if (phoneGrouping.test(m[0].replace(/[ -]?[A-Z]{2}$/, ""))) continue; // a phone number's 3-3-4 grouping
          const digits = digitsOf(m[0]);
          const [a, b] = tokenSpan(ctx, start, end);
          const w = windowsAt(ctx, a, b);
          if (findCue(ctx, ...w.before(4), NOT_PERSONAL_NUMBER)) continue;
          const keyword = findCue(ctx, ...w.before(8), HEALTH_NUMBER_WORDS);
          const trace = [`pattern: ${digits.length} digits «${m[0]}»`];
          const versionCode = /[A-Z]{2}$/.test(m[0]);
          if (digits.length === 10 && (findCue(ctx, ...w.withPrevious, OHIP_WORDS) || versionCode)) {
            if (!luhnValid(digits)) continue; // an OHIP number always passes Luhn
            trace.push("validator: OHIP Luhn check digit ok");
          } else if (digits.length === 10 && digits.startsWith("9") && findCue(ctx, ...w.withPrevious, BC_WORDS)) {
            if (!bcPhnValid(digits)) continue;
            trace.push("validator: BC PHN mod 11 check digit ok");
          } else if (!keyword) {
            continue; // no checksum and no keyword: a number like any other
          } else {
            trace.push("validator: none for this province");
          }
          if (keyword) trace.push(`context: ${keyword}`, "score: high");
          else trace.push("no keyword before the number", "score: medium");
          hits.push(keyword ? { start, end, trace } : { start, end, trace, severity: "warning" });
        }
        return hits;
      },
    };
  },
});
