// A patient's name written as charts and lab sheets print it: the surname in capitals next to the
// given name ("TREMBLAY Ginette", "Ginette TREMBLAY", "DE LA FONTAINE Marc-André"). The shape is
// a chart's, and pasted into a post beside care words it names the patient (Code de déontologie,
// art. 20). Colleagues ("Dr GAGNON Luc") are left alone, and so are acronyms ("CHU", "IRM").
// Pattern: capitalised surname + given name; validator: the given name is a known one (the Quebec
// gazetteer, or the rule's list) and the capitals are not an acronym; context: a care word in the
// paragraph.
import { z } from "zod";
import { foldPhrase, gazetteers, PhraseSet } from "../privacy/gazetteers.js";
import { CueList, cues, findCue, windowsAt } from "./lib/context.js";
import type { Token } from "../text/tokenize.js";
import type { Triggers } from "../patterns/matcher.js";
import { defineDetector, type Hit, type ParagraphContext } from "./types.js";
import { identifierWords } from "../privacy/identifier-words.js";

const paramsSchema = z.lazy(() =>
  z
    .object({
      /** Given names beside the gazetteer's (common in France, Italy, Spain, Portugal). */
      givenNames: z.array(z.string().min(1)),
      /** Capitalised words that are not surnames (acronyms, units, drug forms). */
      notSurnames: z.array(z.string().min(1)),
      /** Care words one of which the paragraph must hold ("word*" is a prefix). */
      careWords: z.array(z.string().min(1)).min(1),
      /** Titles of staff written just before the name. */
      staffTitles: z.array(z.string().min(1)),
      /** Words that head a list of colleagues, anywhere in the sentence before the name. */
      staffLists: z.array(z.string().min(1)),
    })
    .strict(),
);

const PARTICLES = new Set(identifierWords("chart-header-name", "particles"));
const LETTERS = /^\p{Lu}[\p{Lu}'’]{1,29}$/u;

function allCaps(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && LETTERS.test(t.raw);
}
function titleCase(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && t.cap && t.raw.length >= 2 && t.raw.slice(1) !== t.raw.slice(1).toUpperCase();
}
/** Joined by a hyphen with nothing around it ("GAY-PARA", "Jean-Claude"). */
function hyphenated(ctx: ParagraphContext, a: Token, b: Token | undefined): boolean {
  return !!b && ctx.text.slice(a.end, b.start) === "-";
}
/** Separated by spaces only (no comma, no line break). */
function spaced(ctx: ParagraphContext, a: Token, b: Token | undefined): boolean {
  return !!b && /^[ \t\u00a0]{1,3}$/.test(ctx.text.slice(a.end, b.start));
}

export default defineDetector({
  id: "chart-header-name",
  description: "Names written as a chart prints them (SURNAME Given or Given SURNAME) beside care words.",
  params: paramsSchema,
  create(params) {
    const extra = new PhraseSet(params.givenNames);
    const acronyms = new Set(params.notSurnames.map(foldPhrase));
    // Cue lists match folded tokens: the rule's words are folded the way drafts are.
    const fold = (w: string) => foldPhrase(w.replace(/\*$/, "")) + (w.endsWith("*") ? "*" : "");
    const care = new CueList(params.careWords.map(fold));
    const staff = cues(...params.staffTitles.map(fold));
    const staffList = cues(...params.staffLists.map(fold));
    const triggers: Triggers = { words: new Set(), prefixes: [], classes: new Set() };
    for (const w of params.careWords) {
      const f = foldPhrase(w.replace(/\*$/, "")).split(" ")[0] as string;
      if (w.endsWith("*")) triggers.prefixes.push(f);
      else triggers.words.add(f);
    }
    const given = (t: Token | undefined): boolean => !!t && t.kind === "word" && (extra.has(t.norm) || gazetteers().givenNames.has(t.norm));
    /** End of the longest known given name from token i ("Jean-Claude" is two tokens), or -1. */
    const givenAt = (ctx: ParagraphContext, i: number): number => {
      const limit = Math.min(ctx.tokens.length, i + 4);
      return Math.max(extra.longestAt(ctx.tokens, i, limit), gazetteers().givenNames.longestAt(ctx.tokens, i, limit));
    };

    /** End (token index) of a capitalised surname from i: "DUPONT", "DE LUCA", "GAY-PARA"; or -1. */
    function surnameEnd(ctx: ParagraphContext, i: number): number {
      const tokens = ctx.tokens;
      let j = i;
      while (j < tokens.length && j - i < 2 && allCaps(tokens[j]) && PARTICLES.has((tokens[j] as Token).norm) && spaced(ctx, tokens[j] as Token, tokens[j + 1])) j++;
      const core = tokens[j];
      if (!allCaps(core) || acronyms.has((core as Token).norm) || (core as Token).raw.length < 2) return -1;
      // A care word shouted in capitals ("URGENCES Sophie") is a heading, not a surname.
      if (care.startingWith((core as Token).norm).some((c) => c.words.length === 1)) return -1;
      let end = j + 1;
      while (end < tokens.length && end - j < 3 && hyphenated(ctx, tokens[end - 1] as Token, tokens[end]) && allCaps(tokens[end])) end++;
      return end;
    }
    /** End of a given name from i, Title-case or capitals, hyphenated parts allowed; or -1. */
    function givenEnd(ctx: ParagraphContext, i: number, capitals: boolean): number {
      const t = ctx.tokens[i];
      if (!(capitals ? allCaps(t) : titleCase(t))) return -1;
      let end = givenAt(ctx, i);
      if (end < 0) return -1;
      // The parts of a compound name are joined by hyphens ("Jean-Claude"), not spaces.
      for (let k = i + 1; k < end; k++) if (!hyphenated(ctx, ctx.tokens[k - 1] as Token, ctx.tokens[k])) return -1;
      while (end < ctx.tokens.length && end - i < 3 && hyphenated(ctx, ctx.tokens[end - 1] as Token, ctx.tokens[end]) && given(ctx.tokens[end])) end++;
      return end;
    }
    function staffBefore(ctx: ParagraphContext, i: number): string | null {
      for (let k = Math.max(0, i - 3); k < i; k++) {
        for (const cue of staff.startingWith((ctx.tokens[k] as Token).norm)) if (k + cue.words.length <= i && CueList.matchesAt(ctx, k, cue)) return cue.text;
      }
      return null;
    }
    function careWord(ctx: ParagraphContext): string | null {
      for (let k = 0; k < ctx.tokens.length; k++) {
        for (const cue of care.startingWith((ctx.tokens[k] as Token).norm)) if (k + cue.words.length <= ctx.tokens.length && CueList.matchesAt(ctx, k, cue)) return cue.text;
      }
      return null;
    }

    return {
      triggers,
      detect(ctx) {
        const hits: Hit[] = [];
        const tokens = ctx.tokens;
        let context: string | null | undefined;
        for (let i = 0; i < tokens.length; i++) {
          const t = tokens[i] as Token;
          if (t.kind !== "word" || !t.cap) continue;
          let end = -1;
          let form = "";
          // SURNAME Given (the chart's order), or SURNAME GIVEN in all capitals.
          const s = surnameEnd(ctx, i);
          if (s > 0 && spaced(ctx, tokens[s - 1] as Token, tokens[s])) {
            const g = givenEnd(ctx, s, false);
            const G = g > 0 ? -1 : givenEnd(ctx, s, true);
            // In all capitals, the surname itself must not be a given name ("MARIE LOUISE").
            if (g > 0) [end, form] = [g, "SURNAME Given"];
            else if (G > 0 && !given(tokens[s - 1])) [end, form] = [G, "SURNAME GIVEN"];
          }
          // Given SURNAME, or GIVEN SURNAME in all capitals.
          if (end < 0) {
            const capitals = !titleCase(t);
            const g = givenEnd(ctx, i, capitals);
            if (g > 0 && spaced(ctx, tokens[g - 1] as Token, tokens[g])) {
              const s2 = surnameEnd(ctx, g);
              if (s2 > 0 && !given(tokens[s2 - 1])) [end, form] = [s2, capitals ? "GIVEN SURNAME" : "Given SURNAME"];
            }
          }
          if (end < 0) continue;
          const title = staffBefore(ctx, i) ?? findCue(ctx, windowsAt(ctx, i, end).sentenceRange[0], i, staffList);
          if (title) {
            i = end - 1;
            continue; // a colleague
          }
          context ??= careWord(ctx);
          if (!context) return hits;
          const last = tokens[end - 1] as Token;
          hits.push({
            start: t.start,
            end: last.end,
            trace: [`pattern: ${form} «${ctx.text.slice(t.start, last.end)}»`, "validator: known given name, capitals not an acronym", `context: ${context}`, "score: high"],
          });
          i = end - 1;
        }
        return hits;
      },
    };
  },
});
