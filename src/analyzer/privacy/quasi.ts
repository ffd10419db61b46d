// Quasi-identifiers that come from the gazetteers and from the text's shape rather than from
// phrase patterns: named places and institutions, occupations, rare diseases, a patient's words
// quoted verbatim. Report, Part 2 (indirect identification): each is harmless alone, together they
// point to one person.
import type { ParagraphContext } from "../contract.js";
import { ParagraphMemo } from "../paragraph-memo.js";
import type { Token } from "../text/tokenize.js";
import { gazetteers, tokenKey, type PhraseSet } from "./gazetteers.js";

export interface QuasiMatch {
  kind: string;
  /** Paragraph offsets. */
  start: number;
  end: number;
  /** Extra data for scoring and fixes (e.g. the preposition before a place). */
  note?: string;
}

const FR_PLACE_PREP = new Set(["a", "au", "aux", "en", "dans"]);
const FR_FROM_PREP = new Set(["de", "d", "du", "des"]);
const EN_PLACE_PREP = new Set(["in", "at", "near", "outside", "on"]);
const EN_FROM_PREP = new Set(["from"]);
// Prefixes of Quebec place names: a hyphenated capitalised compound that starts so is a place.
const PLACE_PREFIX = new Set(["saint", "sainte", "st", "ste", "lac", "mont", "riviere", "port", "pointe", "baie", "cap", "grand", "grande", "petit", "petite", "notre", "val", "ville", "fort", "ile", "isle", "les", "la", "l", "havre", "anse"]);

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === "word";
}

/** True when tokens a and b are written joined by a hyphen ("Saint-Jérôme"). */
export function hyphenJoined(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === "-" || gap === "\u2011" || gap === "\u2010";
}

/** End of the capitalised hyphenated compound starting at i ("Baie-Saint-Paul" → 3 tokens). */
export function compoundEnd(ctx: ParagraphContext, i: number, limit: number): number {
  let j = i + 1;
  while (j < limit && isWord(ctx.tokens[j]) && hyphenJoined(ctx.text, ctx.tokens[j - 1] as Token, ctx.tokens[j] as Token)) j++;
  return j;
}

function lookup(set: PhraseSet, tokens: readonly Token[], i: number, limit: number): number {
  return set.longestAt(tokens, i, limit);
}

// The names finder and the patient-details rule both read each sentence's gazetteer matches in
// one engine pass: computed once per paragraph and sentence range.
const gazetteerMemo = new ParagraphMemo<ParagraphContext, Map<number, QuasiMatch[]>>();
const newRangeMap = (): Map<number, QuasiMatch[]> => new Map();

/** Places, regions, institutions, occupations and rare diseases in tokens [from, to). */
export function gazetteerMatches(ctx: ParagraphContext, from: number, to: number): QuasiMatch[] {
  const byRange = gazetteerMemo.get(ctx, newRangeMap);
  const key = from * 65536 + to;
  let found = byRange.get(key);
  if (!found) {
    found = findGazetteerMatches(ctx, from, to);
    byRange.set(key, found);
  }
  return found;
}

function findGazetteerMatches(ctx: ParagraphContext, from: number, to: number): QuasiMatch[] {
  const g = gazetteers();
  const out: QuasiMatch[] = [];
  const tokens = ctx.tokens;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") continue;
    // Rare diseases first: "maladie de Fabry" must not read as a place or a name.
    const rare = lookup(g.rareDiseases, tokens, i, to);
    if (rare > i && (t.cap || tokenKey(t).length > 3 || rare - i > 1 || t.raw === t.raw.toUpperCase())) {
      if (!(rare - i === 1 && t.raw.length <= 3 && t.raw !== t.raw.toUpperCase())) {
        out.push({ kind: "rare-condition", start: t.start, end: (tokens[rare - 1] as Token).end });
        i = rare - 1;
        continue;
      }
    }
    if (t.cap) {
      const care = lookup(g.carePlaces, tokens, i, to);
      const place = lookup(g.places, tokens, i, to);
      const region = lookup(g.regions, tokens, i, to);
      const compound = compoundEnd(ctx, i, to);
      const prefixed = compound > i + 1 && PLACE_PREFIX.has(tokenKey(t));
      const best = Math.max(care, place, region, prefixed ? compound : -1);
      if (best > i) {
        const end = Math.max(best, compound > best && best > i ? compound : best);
        const key = tokens.slice(i, end).map(tokenKey).join(" ");
        const kind = care === best ? "care-place" : g.largePlaces.has(key) ? "large-place" : region === best ? "region" : "place";
        // Take the preposition in, so that the fix reads well ("à Matane" → "dans la région").
        let s = i;
        let note: string | undefined;
        const prev = tokens[i - 1];
        if (i - 1 >= from && prev && prev.kind === "word") {
          const p = tokenKey(prev);
          if (FR_PLACE_PREP.has(p) || EN_PLACE_PREP.has(p)) {
            s = i - 1;
            note = FR_PLACE_PREP.has(p) && p !== "on" ? "fr-in" : "en-in";
            if (p === "on") note = "en-on";
          } else if (FR_FROM_PREP.has(p) || EN_FROM_PREP.has(p)) {
            s = i - 1;
            note = p === "from" ? "en-from" : "fr-from";
          }
        }
        const m: QuasiMatch = { kind, start: (tokens[s] as Token).start, end: (tokens[end - 1] as Token).end };
        if (note !== undefined && kind !== "care-place") m.note = note;
        out.push(m);
        i = end - 1;
        continue;
      }
    }
    const occ = lookup(g.occupations, tokens, i, to);
    const joined = (i > from && hyphenJoined(ctx.text, tokens[i - 1] as Token, t)) || (occ < to && occ > i && tokens[occ] !== undefined && hyphenJoined(ctx.text, tokens[occ - 1] as Token, tokens[occ] as Token));
    // "chef-d'œuvre" is no chef: an occupation word inside a hyphenated compound is something else.
    if (occ > i && !t.cap && !joined) {
      out.push({ kind: "occupation", start: t.start, end: (tokens[occ - 1] as Token).end });
      i = occ - 1;
      continue;
    }
  }
  return out;
}

// A patient's own words quoted: a vivid, memorable detail. Scanned by hand rather than with regular
// expressions so that the cost stays linear in the quote's bounded length.
const MAX_QUOTE = 200;
const PAIRS: ReadonlyArray<[string, string]> = [["«", "»"], ["“", "”"], ["\"", "\""]];
const SINGLE_OPEN = new Set(["'", "‘"]);
const SINGLE_CLOSE = new Set(["'", "’"]);
const ALNUM = /[\p{L}\p{N}]/u;

/** Quoted speech in [start, end) of the paragraph text. */
const CLOSER = new Map<string, string>(PAIRS.map(([open, close]) => [open, close]));

export function quoteMatches(ctx: ParagraphContext, start: number, end: number): QuasiMatch[] {
  const text = ctx.text;
  const out: QuasiMatch[] = [];
  for (let i = start; i < end; i++) {
    const ch = text.charAt(i);
    const closer = CLOSER.get(ch);
    let close = -1;
    if (closer !== undefined) {
      for (let j = i + 1; j < end && j - i <= MAX_QUOTE; j++) {
        const c = text.charAt(j);
        if (c === "\n") break;
        if (c === closer || (ch === "“" && c === "\"")) {
          close = j;
          break;
        }
      }
    } else if (SINGLE_OPEN.has(ch) && !ALNUM.test(text.charAt(i - 1))) {
      for (let j = i + 1; j < end && j - i <= MAX_QUOTE; j++) {
        const c = text.charAt(j);
        if (c === "\n") break;
        // An apostrophe inside a word ("don't", "l'urgence") does not close the quote.
        if (SINGLE_CLOSE.has(c) && !ALNUM.test(text.charAt(j + 1)) && !(ALNUM.test(text.charAt(j - 1)) && ALNUM.test(text.charAt(j + 1)))) {
          close = j;
          break;
        }
      }
    }
    if (close > i + 3) {
      out.push({ kind: "quote", start: i, end: close + 1 });
      i = close;
    }
  }
  return out;
}
