// Room, bed, bay and stretcher numbers ("chambre 218", "lit 3", "civière 14", "room 12B", "ER
// stretcher C", "OR 4"): with the unit they point to one patient on one day. Code de déontologie,
// art. 20; the report lists room numbers among details that identify.
import { z } from "zod";
import { cues, findCue, windowsAt } from "./lib/context.js";
import { triggersOf } from "./lib/triggers.js";
import type { Token } from "../text/tokenize.js";
import { defineDetector, NO_PARAMS, type Hit, type ParagraphContext } from "./types.js";
import { identifierWords } from "../privacy/identifier-words.js";

/** Folded keyword → whether a bare capital letter can follow ("civière C", "bay B"). ("box" is
 *  left out: "check box 3" and "box 2 of the form" outnumber ER boxes.) */
const LETTER_AFTER = new Set(identifierWords("room-bed", "keywords-before-a-letter"));
const KEYWORDS = new Map<string, boolean>(identifierWords("room-bed", "keywords").map((k) => [k, LETTER_AFTER.has(k)]));
const FILLERS = new Set(identifierWords("room-bed", "fillers"));
// After the number, these make it a count or a duration, not a room ("au lit 3 jours").
const UNITS = new Set(identifierWords("room-bed", "units"));
// Words that may follow a bed number in a sentence ("lit 3 de l'urgence", "bed 4 in the ER").
const CONNECTORS = new Set(identifierWords("room-bed", "connectors"));
const SUBJECTS = new Set(identifierWords("room-bed", "subjects"));
/** A room in a hotel, school or conference centre is not a patient's. */
const NOT_CARE_ROOM = cues(...identifierWords("room-bed", "not-care-room"));
// "salle d'op 4", "salle d'accouchement 3", "salle d'isolement 2": halls of care, not of lectures.
const CARE_HALLS = identifierWords("room-bed", "care-halls");
// "Bed 4 is free": a vacant bed or room points to nobody.
const VACANT = new Set(identifierWords("room-bed", "vacant"));
const LINKS = new Set(identifierWords("room-bed", "vacant-links"));
const ID_WORD = /^(?:\d{1,4}[a-z]{1,2}|[a-z]\d{1,3})$/;
const UP_TO_4_DIGITS = /^\d{1,4}$/;
const CAPITAL_LETTER = /^[A-Z]$/;

function idAt(ctx: ParagraphContext, i: number, letterAllowed: boolean): number {
  const t = ctx.tokens[i];
  if (!t) return -1;
  const ok = (t.kind === "num" && UP_TO_4_DIGITS.test(t.norm)) || (t.kind === "word" && ID_WORD.test(t.norm)) || (letterAllowed && CAPITAL_LETTER.test(t.raw));
  if (!ok) return -1;
  // "6B-214", "C-3": a hyphenated second part belongs to the number.
  const next = ctx.tokens[i + 1];
  if (next && ctx.text.slice(t.end, next.start) === "-" && (next.kind === "num" || ID_WORD.test(next.norm)) && next.norm.length <= 4) return i + 2;
  return i + 1;
}

export default defineDetector({
  id: "room-bed",
  description: "Room, bed, bay, stretcher and operating-room numbers in a care setting.",
  params: NO_PARAMS,
  create() {
    return {
      // No room, bed or stretcher word, no room number.
      triggers: triggersOf(KEYWORDS.keys()),
      detect(ctx) {
        const hits: Hit[] = [];
        const tokens = ctx.tokens;
        tokens.forEach((t, i) => {
          let keyword = t.norm;
          let after = i + 1;
          if (!KEYWORDS.has(keyword)) return;
          if (keyword === "or" && t.raw !== "OR") return; // the operating room, not the conjunction
          if (keyword === "ch" && tokens[i + 1]?.raw !== ".") return;
          if (keyword === "salle") {
            // "salle d'op 4", "salle d'accouchement 4"; a bare "salle 204" is usually a lecture hall.
            if (tokens[i + 1]?.norm !== "d'" || !CARE_HALLS.some((h) => (tokens[i + 2]?.norm ?? "").startsWith(h))) return;
            after = i + 3;
            keyword = "salle d'op";
          }
          if (keyword === "ch") after = i + 2;
          if ((keyword === "lit" || keyword === "bed") && SUBJECTS.has(tokens[i - 1]?.norm ?? "")) return; // "elle lit 3 livres"
          while (after < tokens.length && after - i < 4 && FILLERS.has((tokens[after] as Token).norm)) after++;
          const end = idAt(ctx, after, KEYWORDS.get(t.norm) ?? false);
          if (end < 0) return;
          const next = tokens[end];
          if (next && (next.kind === "word" || next.kind === "punct") && UNITS.has(next.norm)) return;
          if (next && next.kind === "num") return;
          const state = next && LINKS.has(next.norm) ? tokens[end + 1] : next;
          if (state && VACANT.has(state.norm)) return;
          // "elle lit 3 romans", "the OR 2 renovation": a lower-case noun right after makes it something else.
          if ((keyword === "lit" || keyword === "bed" || keyword === "or") && next && next.kind === "word" && !next.cap && !CONNECTORS.has(next.norm)) return;
          const w = windowsAt(ctx, i, end);
          const elsewhere = findCue(ctx, ...w.sentenceRange, NOT_CARE_ROOM);
          if (elsewhere && ["room", "rm", "chambre", "ch", "salle d'op"].includes(keyword)) return;
          const start = t.start;
          const stop = (tokens[end - 1] as Token).end;
          const keywordEnd = (tokens[keyword === "salle d'op" ? i + 2 : keyword === "ch" ? i + 1 : i] as Token).end;
          hits.push({
            start,
            end: stop,
            trace: [`pattern: ${keyword} + number «${ctx.text.slice(start, stop)}»`],
            fix: { replacement: ctx.text.slice(start, keywordEnd) },
          });
        });
        return hits;
      },
    };
  },
});
