// Dates of birth: "né le 3 avril 1941", "née en juillet 1938", "DDN : 1941-04-03", "born March 3,
// 1941", "DOB 03/04/1941". With a name or an age it singles out one person (Code de déontologie,
// art. 20). The author's own birth, or their child's, is not a patient's; a date too old for a
// living person is a historical figure's.
import { z } from "zod";
import { ENGLISH_MONTHS, FRENCH_MONTHS, plausibleBirthYear } from "./lib/dates.js";
import { dateAt } from "./lib/date-expressions.js";
import { triggersOf } from "./lib/triggers.js";
import { cues, findCue, PATIENT, tokenSpan, windowsAt } from "./lib/context.js";
import { defineDetector, NO_PARAMS, type Hit } from "./types.js";
import { identifierWords } from "../privacy/identifier-words.js";

const SELF_OR_FAMILY = cues(...identifierWords("birth-date", "self-or-family"));

const ONE_PERSON = cues(...identifierWords("birth-date", "one-person"));

export default defineDetector({
  id: "birth-date",
  description: "Dates of birth introduced by né/née, born, DOB or date de naissance, validated as real dates.",
  params: NO_PARAMS,
  create() {
    // The trigger, then what may sit between it and the date (": ", "le ", "on ", "en ").
    const trigger = /(?<![\p{L}])(ne\(e\)s?|nee?s?|born|date de naissance|date de nais(?:s)?\.?|date de mise au monde|mise? au monde|date of birth|birth ?date|ddn|d\.o\.b\.?|dob)(?![\p{L}])[ \t]{0,3}(?::[ \t]{0,3})?(?:(le|on|en|in|the)[ \t]{1,3})?/gu;
    return {
      // The words of the trigger expression: né(e), born, date de naissance, DDN, DOB.
      triggers: triggersOf(["ne", "nee", "nes", "nees", "born", "date", "birth", "birthdate", "ddn", "d", "dob", "mis", "mise"]),
      detect(ctx) {
        const hits: Hit[] = [];
        for (const m of ctx.folded.matchAll(trigger)) {
          const word = m[1] as string;
          const connector = m[2];
          const date = dateAt(ctx.text, ctx.folded, m.index + m[0].length);
          if (!date) continue;
          // "né en juillet 1938" needs "en"; "né le 1938-…" is not French: the connector must fit the form.
          if (date.form === "month-year" && connector !== "en" && connector !== "in" && !/^(ddn|dob|d\.o\.b|date|birth|mise? au)/.test(word)) continue;
          if (date.form !== "month-year" && (connector === "en" || connector === "in")) continue;
          const label = /^(ddn|dob|d\.o\.b|date|birth|mise? au)/.test(word);
          const start = m.index;
          const end = date.end;
          const trace = [`pattern: birth trigger «${ctx.text.slice(start, m.index + word.length)}» + date «${ctx.text.slice(date.start, date.end)}»`];
          if (date.year !== undefined) {
            if (!plausibleBirthYear(date.year)) continue; // a historical figure, not a patient
            trace.push(`validator: ${date.year}-${String(date.month).padStart(2, "0")}${date.day ? `-${String(date.day).padStart(2, "0")}` : ""} exists and fits a living person`);
          } else {
            trace.push("validator: day and month exist (no year)");
          }
          const [a, b] = tokenSpan(ctx, start, end);
          const w = windowsAt(ctx, a, b);
          const self = findCue(ctx, ...w.before(8), SELF_OR_FAMILY);
          if (self) continue; // the author's own birth or their family's
          // "born in May 2020" often describes a cohort; a month and year need one person in view.
          if (date.form === "month-year" && !label) {
            const person = findCue(ctx, ...w.withPrevious, PATIENT) ?? findCue(ctx, ...w.sentenceRange, ONE_PERSON);
            if (!person) continue;
            trace.push(`context: ${person}`);
          }
          const english = /^(born|date of|birth|dob|d\.o\.b)/.test(word);
          const raw = ctx.text.slice(start, m.index + word.length);
          let replacement = "";
          if (date.year !== undefined && !label) replacement = english ? `${raw} in ${date.year}` : `${raw} en ${date.year}`;
          const hit: Hit = { start, end, trace, fix: { replacement } };
          if (date.year === undefined) {
            hit.severity = "warning";
            trace.push("score: medium (no year)");
            const monthName = english ? ENGLISH_MONTHS[date.month - 1] : FRENCH_MONTHS[date.month - 1];
            hit.fix = { replacement: english ? `${raw} in ${monthName}` : `${raw} en ${monthName}` };
          } else {
            trace.push("score: high");
          }
          hits.push(hit);
        }
        return hits;
      },
    };
  },
});
