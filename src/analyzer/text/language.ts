// Language of a draft and of each sentence. franc's trigram statistics need a few dozen words;
// tweets are shorter, and Quebec drafts mix French and English, so a stop-word vote decides short
// text and breaks ties.
import type { franc as francType } from "franc-min";
import type { Token } from "./tokenize.js";

// franc, loaded on first use rather than with the analyzer: at load it builds the trigram tables
// of every language it knows, while most drafts are settled by their stop words. A synchronous
// `require` is bundled as a lazily evaluated module (service workers forbid dynamic import).
declare const require: (id: string) => unknown;
let francFn: typeof francType | undefined;

function franc(text: string, options: { only: string[]; minLength: number }): string {
  francFn ??= (require("franc-min") as { franc: typeof francType }).franc;
  return francFn(text, options);
}

/** Whether franc has been loaded (tests show that clear drafts never load it). */
export function francLoaded(): boolean {
  return francFn !== undefined;
}

/** Whether a stop-word vote settles the language by itself (franc could not overturn it). */
export function decisiveVote(vote: { fr: number; en: number }): boolean {
  const high = Math.max(vote.fr, vote.en);
  const low = Math.min(vote.fr, vote.en);
  return (high >= 4 && low === 0) || (high >= 8 && high >= 5 * low);
}

export type Lang = "fr" | "en" | "und";

const FR = new Set(
  "le la les un une des du de et est sont pas ne je tu il elle nous vous ils elles on au aux ce cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs qui que quoi dans pour avec sur par mais ou donc car très plus moins aussi comme si ça c' j' l' d' qu' n' s' m' t' y en été avoir être fait hier aujourd'hui demain ici chez patient patiente médecin".split(" ").map((w) => w.normalize("NFD").replace(/\p{M}/gu, "")),
);
const EN = new Set(
  "the a an and is are was were not no i you he she we they it my your his her our their who what which in on at for with by but or so very more less also as if this that these those be been have has had do does did today yesterday tomorrow here to of from my me him them doctor patient".split(" "),
);

/** Words that vote for a language but are not common enough to be poor evidence that a pattern
 *  could match: in a physician's post "patient" or "hier" is far rarer than "the" or "de". */
const VOTING_ONLY = new Set(["patient", "patiente", "medecin", "doctor", "hier", "aujourd'hui", "demain", "today", "yesterday", "tomorrow"]);

/** The commonest words of both languages: poor evidence that a pattern could match. */
export function isStopWord(norm: string): boolean {
  return (FR.has(norm) || EN.has(norm)) && !VOTING_ONLY.has(norm);
}

export function voteLanguage(tokens: readonly Token[], from = 0, to = tokens.length): { fr: number; en: number } {
  let fr = 0;
  let en = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") continue;
    // "a" is the English article and the French "has"; "à", which folds to it, is French only.
    if (t.norm === "a") {
      if (t.raw !== "a" && t.raw !== "A") fr++;
      continue;
    }
    if (FR.has(t.norm)) fr++;
    if (EN.has(t.norm)) en++;
  }
  return { fr, en };
}

/** The language of a paragraph (or sample): stop words, then franc when they leave it unclear.
 *  `vote` is `voteLanguage(tokens)` when the caller has it already. */
export function detectLanguage(text: string, tokens: readonly Token[], vote = voteLanguage(tokens)): Lang {
  // franc costs more than the rest of a paragraph's reading: skip it when stop words are clear.
  if (decisiveVote(vote)) return vote.fr > vote.en ? "fr" : "en";
  if (text.length >= 120) {
    const code = franc(text, { only: ["fra", "eng"], minLength: 60 });
    const guess: Lang = code === "fra" ? "fr" : code === "eng" ? "en" : "und";
    // Trust franc unless the stop words clearly disagree.
    if (guess === "fr" && vote.en <= vote.fr * 2) return "fr";
    if (guess === "en" && vote.fr <= vote.en * 2) return "en";
  }
  if (vote.fr === 0 && vote.en === 0) return "und";
  return vote.fr >= vote.en ? "fr" : "en";
}

/** The language of tokens [from, to) of a paragraph whose language is `fallback`. */
export function sentenceLanguage(tokens: readonly Token[], fallback: Lang, from = 0, to = tokens.length): Lang {
  const vote = voteLanguage(tokens, from, to);
  if (vote.fr === vote.en) return fallback;
  return vote.fr > vote.en ? "fr" : "en";
}
