// Exact calendar dates of care ("vue le 12 novembre à l'urgence", "admitted on March 4"): with the
// place of care, the day of a visit lets staff, neighbours and relatives recognise the patient
// (Code de déontologie, art. 20; report, Part 2). Dates in announcements (moves, hours, talks) are
// not about a patient, so a care verb and a particular person must be in the sentence.
import { z } from "zod";
import { ENGLISH_MONTHS, FRENCH_MONTHS, MONTHS } from "./lib/dates.js";
import { triggersOf } from "./lib/triggers.js";
import { dateAt, DATE_START } from "./lib/date-expressions.js";
import { cues, findCue, PATIENT, tokenSpan, windowsAt } from "./lib/context.js";
import { defineDetector, NO_PARAMS, type Hit, type ParagraphContext } from "./types.js";
import { identifierWords } from "../privacy/identifier-words.js";

const CARE = cues(...identifierWords("care-date", "care"));
// "l'" only as an object pronoun before an auxiliary ("je l'ai vue"), never the article ("l'urgence").
const PERSON = cues(...identifierWords("care-date", "person"));
/** Dates that schedule something (moves, hours, talks), or fall in the future, are not care dates. */
const SCHEDULE = cues(...identifierWords("care-date", "schedule"));
/** Birth dates belong to the birth-date rule. */
const BIRTH = cues(...identifierWords("care-date", "birth"));

// "un camionneur de 58 ans", "a 17-year-old": an age makes the sentence about one person.
const AGE = /(?<![\p{L}\p{N}])\d{1,3}(?:[ \u00a0-]?(?:ans|an|years?|yrs?|y\.?o)|-year-old)(?![\p{L}])/iu;

function ageIn(ctx: ParagraphContext, [from, to]: [number, number]): string | null {
  const first = ctx.tokens[from];
  const last = ctx.tokens[to - 1];
  if (!first || !last) return null;
  const m = AGE.exec(ctx.text.slice(first.start, last.end));
  return m ? `age «${m[0]}»` : null;
}

export default defineDetector({
  id: "care-date",
  description: "A calendar date (day and month) of a visit, an admission or an operation of a particular patient.",
  params: NO_PARAMS,
  create() {
    const starts = new RegExp(DATE_START.source, DATE_START.flags);
    return {
      // A date with its day holds a number or a month's name ("le 1er mars").
      triggers: triggersOf(MONTHS.keys(), { numbers: true }),
      detect(ctx) {
        const hits: Hit[] = [];
        let after = 0;
        for (const s of ctx.folded.matchAll(starts)) {
          if (s.index < after) continue;
          const date = dateAt(ctx.text, ctx.folded, s.index);
          if (!date || date.day === undefined) continue;
          after = date.end;
          // "le 12 novembre", "on March 4": the article belongs to the span the fix replaces.
          const before = ctx.folded.slice(Math.max(0, date.start - 5), date.start);
          const lead = /(?<![\p{L}])(?:le|on)\s{1,2}$/u.exec(before);
          const start = lead ? date.start - (before.length - lead.index) : date.start;
          const [a, b] = tokenSpan(ctx, start, date.end);
          const w = windowsAt(ctx, a, b);
          if (findCue(ctx, ...w.before(3), BIRTH)) continue;
          // "du 24 décembre au 2 janvier": a range is a schedule.
          if (/^\s{0,2}(au|to|-|–)\s{0,2}\d/u.test(ctx.folded.slice(date.end, date.end + 6))) continue;
          const schedule = findCue(ctx, ...w.sentenceRange, SCHEDULE);
          if (schedule) continue;
          const care = findCue(ctx, ...w.sentenceRange, CARE);
          if (!care) continue;
          const person = findCue(ctx, ...w.withPrevious, PATIENT) ?? findCue(ctx, ...w.sentenceRange, PERSON) ?? ageIn(ctx, w.withPrevious);
          if (!person) continue;
          const english = ctx.sentences[w.sentence]?.lang === "en" || (ctx.sentences[w.sentence]?.lang !== "fr" && ctx.lang === "en");
          const original = ctx.text.slice(start, date.end);
          const monthName = english ? (ENGLISH_MONTHS[date.month - 1] as string) : (FRENCH_MONTHS[date.month - 1] as string);
          let replacement = english ? `in ${monthName}` : `en ${monthName}`;
          if (!english && !lead) replacement = monthName;
          if (english && !lead) replacement = monthName;
          if (/^\p{Lu}/u.test(original)) replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
          hits.push({
            start,
            end: date.end,
            trace: [`pattern: date «${original}»`, "validator: the day exists", `context: care «${care}», person «${person}»`],
            fix: { replacement },
          });
        }
        return hits;
      },
    };
  },
});
