// Chart, file and record numbers introduced by their keyword ("dossier no 552190", "NDA 12345678",
// "MRN 00451236", "chart #88123"): each points to exactly one patient in a hospital's records
// (Code de déontologie, art. 20).
import { cues } from "./lib/context.js";
import { defineKeyedIdentifier, type KeyedId, type KeywordSite } from "./lib/keyed-identifier.js";
import { triggersOf } from "./lib/triggers.js";
import { identifierWords } from "../privacy/identifier-words.js";

const KEYWORDS = cues(...identifierWords("file-number", "keywords"));
const FILLERS = new Set(identifierWords("file-number", "fillers"));
const ID_WORD = /^[a-z]{0,3}\d{3,12}$/;
const ID_DIGITS = /^\d{3,12}$/;
const YEAR = /^(19|20)\d\d$/;
const SHORT_PREFIX = /^(?:[a-z]{1,3}|\d{1,4})$/;

/** The number after the keyword: digits, a short prefix and digits ("ab552190"), or digits joined
 *  by a hyphen to a prefix ("18-00372", "#A-449021": the number is the id). */
function readFileNumber({ ctx, keyword, at, filled }: KeywordSite): KeyedId | null {
  const first = ctx.tokens[at];
  if (!first) return null;
  const joined = ctx.tokens[at + 1];
  const prefixed = joined !== undefined && joined.kind === "num" && ID_DIGITS.test(joined.norm) && ctx.text.charAt(first.end) === "-" && joined.start === first.end + 1 && SHORT_PREFIX.test(first.norm);
  const id = prefixed ? joined : first;
  const hashtagged = (id.hashtag || first.hashtag) && (id.kind === "num" || prefixed);
  const isId = (id.kind === "num" && ID_DIGITS.test(id.norm)) || (id.kind === "word" && ID_WORD.test(id.norm));
  if (!isId) return null;
  // "file" alone must be followed by a number sign ("file #123"), not a verb's object.
  if (keyword === "file" && !filled && !hashtagged) return null;
  // "le dossier 2024": a year, unless a number sign says otherwise.
  if (!filled && !hashtagged && YEAR.test(id.norm)) return null;
  return { token: id, index: prefixed ? at + 1 : at, trace: [`pattern: keyword «${keyword}» + number «${id.raw}»`] };
}

export default defineKeyedIdentifier({
  id: "file-number",
  description: "File, chart and record numbers after their keyword.",
  // Every file number follows one of the keywords.
  triggers: triggersOf(KEYWORDS.entries.map((e) => e.words[0] as string)),
  keywords: KEYWORDS,
  fillers: FILLERS,
  maxFillers: 3,
  read: readFileNumber,
});
