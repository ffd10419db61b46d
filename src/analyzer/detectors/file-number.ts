// Chart, file and record numbers introduced by their keyword ("dossier no 552190", "NDA 12345678",
// "MRN 00451236", "chart #88123"): each points to exactly one patient in a hospital's records
// (Code de déontologie, art. 20).
import { z } from "zod";
import { cues } from "./lib/context.js";
import { triggersOf } from "./lib/triggers.js";
import type { Token } from "../text/tokenize.js";
import { defineDetector, NO_PARAMS, type Hit } from "./types.js";

const KEYWORDS = cues(
  "dossier", "dossier medical", "no de dossier", "numero de dossier", "nda", "numero d'usager", "no d'usager", "numero d'hospitalisation",
  "no d'hospitalisation", "chart", "mrn", "medical record", "medical record number", "record number", "file number", "file no",
  "file", "patient id", "patient number", "hospital number", "numero de patient", "id patient",
);
const FILLERS = new Set(["no", "n", "°", "º", "nº", "#", "number", "numero", "num", ":", "(", "."]);
const ID_WORD = /^[a-z]{0,3}\d{3,12}$/;
const ID_DIGITS = /^\d{3,12}$/;
const YEAR = /^(19|20)\d\d$/;
const SHORT_PREFIX = /^(?:[a-z]{1,3}|\d{1,4})$/;

export default defineDetector({
  id: "file-number",
  description: "File, chart and record numbers after their keyword.",
  params: NO_PARAMS,
  create() {
    return {
      // Every file number follows one of the keywords.
      triggers: triggersOf(KEYWORDS.entries.map((e) => e.words[0] as string)),
      detect(ctx) {
        const hits: Hit[] = [];
        const tokens = ctx.tokens;
        for (let i = 0; i < tokens.length; i++) {
          const keyword = KEYWORDS.longestAt(ctx, i);
          if (!keyword) continue;
          const kwEnd = i + keyword.words.length;
          const kw = keyword.text;
          // "file" alone must be followed by a number sign ("file #123"), not a verb's object.
          let j = kwEnd;
          let filled = false;
          while (j < tokens.length && j - kwEnd < 3 && FILLERS.has((tokens[j] as Token).norm)) {
            j++;
            filled = true;
          }
          const first = tokens[j];
          if (!first) continue;
          // "18-00372", "#A-449021": a prefix joined by a hyphen to the number; the number is the id.
          const joined = tokens[j + 1];
          const prefixed = joined !== undefined && joined.kind === "num" && ID_DIGITS.test(joined.norm) && ctx.text.charAt(first.end) === "-" && joined.start === first.end + 1 && SHORT_PREFIX.test(first.norm);
          const id = prefixed ? joined : first;
          if (prefixed) j++;
          const hashtagged = (id.hashtag || first.hashtag) && (id.kind === "num" || prefixed);
          const isId = (id.kind === "num" && ID_DIGITS.test(id.norm)) || (id.kind === "word" && ID_WORD.test(id.norm));
          if (!isId) continue;
          if (kw === "file" && !filled && !hashtagged) continue;
          // "le dossier 2024": a year, unless a number sign says otherwise.
          if (!filled && !hashtagged && YEAR.test(id.norm)) continue;
          const start = (tokens[i] as Token).start;
          hits.push({
            start,
            end: id.end,
            trace: [`pattern: keyword «${kw}» + number «${id.raw}»`],
            // The fix keeps the keyword ("Son dossier traînait"): only the number goes.
            fix: { replacement: ctx.text.slice(start, (tokens[kwEnd - 1] as Token).end) },
          });
          i = j;
        }
        return hits;
      },
    };
  },
});
