// Street addresses, French ("12, rang Saint-Joseph", "450, boul. Laurier, app. 3") and English
// ("47 Maple Crescent", "123 Main St., apt 4"). A patient's address is a direct identifier (Code de
// déontologie, art. 20); a clinic's own address in an announcement is public. A street named
// without a house number, in a patient's story, narrows the patient down to a few neighbours.
import { z } from "zod";
import { cues, findCue, INSTITUTIONAL, OWN_HOME, PATIENT, windowsAt } from "./lib/context.js";
import { staffDetail } from "./lib/staff.js";
import type { Token } from "../text/tokenize.js";
import { defineDetector, NO_PARAMS, type Hit, type ParagraphContext } from "./types.js";
import { identifierWords } from "../privacy/identifier-words.js";

// Street types written before the name (French usage).
const TYPE_BEFORE = new Set(identifierWords("street-address", "type-before"));
// Street types written after the name (English usage).
const TYPE_AFTER = new Set(identifierWords("street-address", "type-after"));
// Types that also name regions or landmarks ("la Côte-Nord", "Place des Arts", "Supreme Court"):
// without a house number they are not read as a street.
const AMBIGUOUS_WITHOUT_NUMBER = new Set(identifierWords("street-address", "ambiguous-without-number"));
const PARTICLES = new Set(identifierWords("street-address", "particles"));
const UNIT_WORDS = new Set(identifierWords("street-address", "unit-words"));
const HOUSE_NUMBER = /^\d{1,5}[a-z]?$/;
const UP_TO_5_DIGITS = /^\d{1,5}$/;
const ORDINAL = /^\d{1,3}(?:e|er|re|eme|st|nd|rd|th)$/;
const NUMBER_REFERENCE = cues(...identifierWords("street-address", "number-reference"));
const STREET_PREPOSITIONS = new Set(identifierWords("street-address", "street-prepositions"));

interface Street {
  start: number;
  end: number;
  numbered: boolean;
  tokenStart: number;
}

function isName(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && (t.cap || ORDINAL.test(t.norm));
}

/** Adjacent in the text: one space or a joining hyphen between them. */
function adjacent(ctx: ParagraphContext, a: Token, b: Token): boolean {
  const gap = ctx.text.slice(a.end, b.start);
  return gap === "" || gap === " " || gap === "-" || gap === "\u00a0";
}

/** Index after a capitalised name starting at i (up to 4 words, particles inside allowed), or -1. */
function nameEnd(ctx: ParagraphContext, i: number): number {
  let j = i;
  while (j < ctx.tokens.length && PARTICLES.has((ctx.tokens[j] as Token).norm) && j - i < 2) j++;
  if (!isName(ctx.tokens[j])) return -1;
  let end = j + 1;
  while (end < ctx.tokens.length && end - j < 5) {
    const prev = ctx.tokens[end - 1] as Token;
    const next = ctx.tokens[end] as Token;
    if (!adjacent(ctx, prev, next)) break;
    if (isName(next)) end++;
    else if (PARTICLES.has(next.norm) && isName(ctx.tokens[end + 1])) end += 2;
    else break;
  }
  return end;
}

/** Token index after "." of an abbreviation, if any. */
function skipDot(ctx: ParagraphContext, i: number): number {
  return ctx.tokens[i]?.raw === "." ? i + 1 : i;
}

/** Extends an address over ", app. 3", "apt 4B", "suite 200". */
function unitEnd(ctx: ParagraphContext, i: number): number {
  let j = i;
  if (ctx.tokens[j]?.raw === ",") j++;
  if (!UNIT_WORDS.has(ctx.tokens[j]?.norm ?? "") && ctx.tokens[j]?.raw !== "#") return i;
  j = skipDot(ctx, j + 1);
  if (ctx.tokens[j]?.norm === "no" || ctx.tokens[j]?.raw === "#") j = skipDot(ctx, j + 1);
  const t = ctx.tokens[j];
  return t && (t.kind === "num" || HOUSE_NUMBER.test(t.norm)) ? j + 1 : i;
}

function findStreets(ctx: ParagraphContext): Street[] {
  const out: Street[] = [];
  const tokens = ctx.tokens;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    const isNumber = (t.kind === "num" && UP_TO_5_DIGITS.test(t.norm)) || (t.kind === "word" && HOUSE_NUMBER.test(t.norm) && !ORDINAL.test(t.norm));
    if (isNumber) {
      // French: 12, rang Saint-Joseph / 1234 rue Sherbrooke Est
      let j = i + 1;
      if (tokens[j]?.raw === ",") j++;
      if (TYPE_BEFORE.has(tokens[j]?.norm ?? "")) {
        const end = nameEnd(ctx, skipDot(ctx, j + 1));
        if (end > 0) {
          const last = unitEnd(ctx, end);
          out.push({ start: t.start, end: (tokens[last - 1] as Token).end, numbered: true, tokenStart: i });
          i = last;
          continue;
        }
      }
      // English: 47 Maple Crescent / 123 Main St.; also "1234, 3e Avenue".
      let k = tokens[i + 1]?.raw === "," && ORDINAL.test(tokens[i + 2]?.norm ?? "") ? i + 2 : i + 1;
      const nameStart = k;
      while (k < tokens.length && k - i <= 3 && isName(tokens[k]) && !TYPE_AFTER.has((tokens[k] as Token).norm)) k++;
      if (k > nameStart && TYPE_AFTER.has(tokens[k]?.norm ?? "")) {
        const afterType = skipDot(ctx, k + 1);
        const last = unitEnd(ctx, afterType);
        const endToken = last > afterType ? (tokens[last - 1] as Token) : (tokens[k] as Token);
        out.push({ start: t.start, end: endToken.end, numbered: true, tokenStart: i });
        i = last;
        continue;
      }
    }
    // A street without a number: "sur la rue Principale", "on Maple Crescent".
    if (t.kind === "word" && TYPE_BEFORE.has(t.norm) && !AMBIGUOUS_WITHOUT_NUMBER.has(t.norm)) {
      const end = nameEnd(ctx, skipDot(ctx, i + 1));
      if (end > 0) {
        out.push({ start: t.start, end: (tokens[end - 1] as Token).end, numbered: false, tokenStart: i });
        i = end;
        continue;
      }
    }
    // English street without a number needs a preposition before it ("lives on Elm Street"), so that
    // a person named Lane or Court is not read as a street.
    if (isName(t) && !TYPE_AFTER.has(t.norm) && STREET_PREPOSITIONS.has(tokens[i - 1]?.norm ?? "")) {
      let k = i + 1;
      while (k < tokens.length && k - i < 3 && isName(tokens[k]) && !TYPE_AFTER.has((tokens[k] as Token).norm)) k++;
      const type = tokens[k];
      if (type && TYPE_AFTER.has(type.norm) && !AMBIGUOUS_WITHOUT_NUMBER.has(type.norm) && adjacent(ctx, tokens[k - 1] as Token, type)) {
        out.push({ start: t.start, end: type.end, numbered: false, tokenStart: i });
        i = k + 1;
        continue;
      }
    }
    i++;
  }
  return out;
}

export default defineDetector({
  id: "street-address",
  description: "Street addresses (French and English forms) of a patient, not of a clinic.",
  params: NO_PARAMS,
  create() {
    return {
      detect(ctx) {
        const streets = findStreets(ctx);
        if (streets.length === 0) return [];
        const hits: Hit[] = [];
        let namedStreet = false;
        for (const s of streets) {
          const w = windowsAt(ctx, s.tokenStart, s.tokenStart + 1);
          const patient = findCue(ctx, ...w.withPrevious, PATIENT) ?? findCue(ctx, ...w.withNext, PATIENT);
          const institutional = findCue(ctx, ...w.withPrevious, INSTITUTIONAL);
          const trace = [`pattern: ${s.numbered ? "house number + street" : "named street"} «${ctx.text.slice(s.start, s.end)}»`];
          // The clinic's own address; unnumbered, a street next to a clinic or a shop is theirs even in a story.
          if (institutional && (!patient || !s.numbered)) continue;
          if (s.numbered && staffDetail(ctx, w.sentenceRange, s.tokenStart, s.tokenStart + 1)) continue; // a doctor's office
          if (findCue(ctx, ...w.before(6), OWN_HOME)) continue; // the author's own home
          if (!s.numbered && !patient) continue; // a street in the news, a landmark
          if (patient) trace.push(`context: ${patient}`);
          if (institutional) trace.push(`institutional word outweighed: ${institutional}`);
          namedStreet = true;
          hits.push(s.numbered ? { start: s.start, end: s.end, trace, group: "address" } : { start: s.start, end: s.end, trace: [...trace, "score: medium"], severity: "warning", group: "address" });
        }
        // "at number 47" once the street has been named: the house number completes the address.
        if (namedStreet) {
          ctx.tokens.forEach((t, i) => {
            if (t.kind !== "num" || !UP_TO_5_DIGITS.test(t.norm)) return;
            const ref = findCue(ctx, i - 1, i, NUMBER_REFERENCE);
            if (!ref || hits.some((h) => h.start <= t.start && h.end >= t.end)) return;
            const from = ctx.tokens[i - 1] as Token;
            hits.push({ start: from.start, end: t.end, group: "address", trace: [`pattern: «${ref} ${t.raw}» with a street named in the paragraph`] });
          });
          if (hits.some((h) => h.severity === undefined)) for (const h of hits) delete h.severity;
        }
        return hits;
      },
    };
  },
});
