// Ages in a patient's story ("87 ans", "une fillette de 3 ans", "a 101-year-old", "Tom, 61",
// "in her nineties"). An exact or extreme age is a quasi-identifier (report, Part 2: indirect
// identification); a duration ("30 ans de pratique", "il y a 15 ans") is not.
import type { Token } from "../text/tokenize.js";
import { gazetteers } from "./gazetteers.js";

export interface AgeMatch {
  /** Token range [start, end). */
  start: number;
  end: number;
  /** The age in years (decades give their lower bound); NaN when unknown. */
  years: number;
  /** The span begins with "de"/"d'" ("de 87 ans"), so a fix replaces the whole phrase. */
  withDe: boolean;
  /** Feminine person noun before the age (for the French fix). */
  feminine: boolean;
  /** A generalisation reads well in place of the span. */
  fixable: boolean;
  /** Describes someone ("un pêcheur de 52 ans", "a 5-year-old"), not the author's own kin: in a
   *  physician's post such a phrase introduces a patient. */
  person?: boolean;
  /** A decade ("in his sixties", "la soixantaine"): already a range. */
  decade?: boolean;
  /** The span starts with "aged" ("a man aged 61"): the fix keeps the word. */
  aged?: boolean;
}

// Module constants: a regular expression literal in a function is a new object each time it runs.
const UP_TO_3_DIGITS = /^\d{1,3}$/;
const DECADE = /^\d0s$/;
const ORDINAL_AGE = /^\d{2,3}(th|st|nd|rd|e|eme)$/;
const AGENTIVE = /(eur|euse|ier|iere|ien|ienne|ant|ante|iste)$/;

const FR_PERSON = new Set(
  "infirmiere infirmier preposee prepose medecin pharmacienne pharmacien homme femme monsieur madame dame garcon gars fille fillette bebe enfant ado adolescent adolescente jeune patient patiente aine ainee nourrisson poupon jumeau jumelle jumeaux jumelles gamin gamine petit petite bambin bambine mere pere maman papa grand-mere grand-pere grand mere pere veuve veuf retraite retraitee residente resident citoyen citoyenne octogenaire nonagenaire centenaire bonhomme poupon poupee bambin".split(" "),
);
const FR_FEMININE = new Set("femme madame dame fille fillette adolescente patiente ainee jumelle jumelles gamine petite bambine mere maman grand-mere veuve retraitee residente citoyenne".split(" "));
const EN_PERSON = new Set("man woman boy girl baby infant toddler child kid teen teenager guy gal lady gentleman patient mom mother dad father grandmother grandfather grandma grandpa son daughter twin twins widow widower veteran preemie newborn".split(" "));
// Maps, not object literals: a draft's word ("constructor") must never reach Object.prototype.
const EN_TENS = numbers({ twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 });
const FR_DECADE = numbers({ vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, septantaine: 70, octogenaire: 80, nonagenaire: 90, centenaire: 100, septuagenaire: 70, sexagenaire: 60, quinquagenaire: 50, quadragenaire: 40 });
const EN_AGE_WORDS = numbers({ centenarian: 100, nonagenarian: 90, octogenarian: 80, septuagenarian: 70 });
const FR_HAS_AGE = new Set(["a", "avait", "aura", "aurait", "fete", "fetait", "celebre", "celebrait", "atteint", "avoir", "eu"]);
const EN_SUBJECT = new Set(["he", "she", "who", "they", "he's", "she's", "you", "you're"]);
const EN_BE = new Set(["was", "is", "are", "'re", "turns", "turned", "'s", "just", "will", "had"]);
// "He's 17", "you're 92" written as one token.
const CONTRACTED_BE = new Set(["he's", "she's", "you're"]);
// "il a juste 19 ans", "elle a presque 90 ans": an adverb between the verb and the age.
const FR_AGE_ADVERBS = new Set(["juste", "seulement", "deja", "presque", "bientot", "maintenant", "pas"]);
const DURATION_NOUNS = new Set("experience pratique carriere metier service services mariage anciennete travail exercice sobriete vie medecine residence garde gardes enseignement recherche benevolat attente".split(" "));
const JOINED_YO = /^[0-9]{1,3}yo$/;
const FIRST_PERSON = new Set(["mon", "ma", "mes", "notre", "nos", "my", "our"]);
const ARTICLES = new Set(["a", "an", "the", "this", "that", "un", "une"]);
const UNITS_AFTER = new Set(["minutes", "minute", "min", "hours", "hour", "h", "km", "kg", "lb", "lbs", "percent", "%", "times", "fois", "points", "mg", "ml", "cm", "mm", "weeks", "days", "months", "dollars", "$"]);

function numbers(entries: Record<string, number>): ReadonlyMap<string, number> {
  return new Map(Object.entries(entries));
}

function isNum(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "num" && UP_TO_3_DIGITS.test(t.norm);
}

function word(t: Token | undefined): string {
  return t ? t.norm : "";
}

// The patient context and the patient-details rule both read a sentence's ages: read them once.
let memoTokens: readonly Token[] | undefined;
const memo = new Map<number, readonly AgeMatch[]>();

/** Finds ages in tokens [from, to) of one sentence (the list is shared: read it, do not change it). */
export function findAges(tokens: readonly Token[], from: number, to: number): readonly AgeMatch[] {
  if (memoTokens !== tokens) {
    memoTokens = tokens;
    memo.clear();
  }
  // Sentence bounds stay far below 2^21 tokens (a 1 MB paragraph holds about 250,000).
  const key = from * 2097152 + to;
  let found = memo.get(key);
  if (!found) memo.set(key, (found = readAges(tokens, from, to)));
  return found;
}

function readAges(tokens: readonly Token[], from: number, to: number): AgeMatch[] {
  const out: AgeMatch[] = [];
  const push = (m: AgeMatch) => {
    const last = out[out.length - 1];
    if (last && m.start < last.end) return;
    out.push(m);
  };
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    const prev = i > from ? tokens[i - 1] : undefined;
    const prev2 = i - 1 > from ? tokens[i - 2] : undefined;
    // "23yo", written as one word: someone's age, as "23 yo" is.
    if (t.kind === "word" && JOINED_YO.test(t.norm)) {
      const years = Number.parseInt(t.norm, 10);
      if (years <= 115) push({ start: i, end: i + 1, years, withDe: false, feminine: false, fixable: true, person: !FIRST_PERSON.has(word(prev)) });
      continue;
    }
    if (isNum(t)) {
      const years = Number(t.norm);
      if (years > 115) continue;
      // "Deux gars de Jonquière, 22 et 24 ans": two ages after a comma.
      if (prev && word(prev) === "," && (word(next) === "et" || word(next) === "and") && isNum(tokens[i + 2]) && word(tokens[i + 3]) === "ans" && i + 3 < to) {
        push({ start: i, end: i + 4, years, withDe: false, feminine: false, fixable: false });
        continue;
      }
      // French "N ans"
      if (i + 1 < to && word(next) === "ans") {
        const after = word(tokens[i + 2]);
        if (after === "et" || after === "plus" || after === "ou") continue; // "65 ans et plus"
        // "25 ans d'expérience", "une infirmière de 30 ans de métier": a career, not an age.
        if ((after === "de" || after === "d'") && DURATION_NOUNS.has(word(tokens[i + 3]))) continue;
        // "un enfant de plus de 5 ans": a range of ages, as advice is written, not someone's age.
        if (prev && word(prev) === "de" && (word(prev2) === "plus" || word(prev2) === "moins")) continue;
        if (prev && (word(prev) === "de" || word(prev) === "d'")) {
          // "une fillette de 3 ans", "âgée de 87 ans", "un pêcheur de homard de 52 ans": the noun
          // before "de" (or before one "de X" complement) must be a person.
          let nounAt = i - 2;
          let noun = word(tokens[nounAt]);
          const isPerson = (w: string, t: Token | undefined) => FR_PERSON.has(w) || w.startsWith("age") || isOccupationLike(w) || (t !== undefined && t.cap && t.kind === "word");
          if (!(nounAt >= from && isPerson(noun, tokens[nounAt])) && nounAt - 2 >= from && (word(tokens[nounAt - 1]) === "de" || word(tokens[nounAt - 1]) === "d'") && isPerson(word(tokens[nounAt - 2]), undefined)) {
            nounAt -= 2; // "un pêcheur de homard de 52 ans"
            noun = word(tokens[nounAt]);
          } else if (!(nounAt >= from && isPerson(noun, tokens[nounAt])) && nounAt - 1 >= from && isPerson(word(tokens[nounAt - 1]), undefined)) {
            nounAt -= 1; // "une infirmière auxiliaire de 52 ans"
            noun = word(tokens[nounAt]);
          }
          if (nounAt >= from && isPerson(noun, tokens[nounAt])) {
            const aged = noun.startsWith("age");
            const owner = word(tokens[nounAt - 1]);
            const person = !aged && !FIRST_PERSON.has(owner) && (FR_PERSON.has(noun) || isOccupationLike(noun));
            push({ start: aged ? i - 2 : i - 1, end: i + 2, years, withDe: true, feminine: FR_FEMININE.has(noun) || noun === "agee" || noun === "agees", fixable: true, person });
            continue;
          }
          continue;
        }
        // "30 ans de pratique", "20 ans d'expérience": a duration, not an age.
        if (after === "de" || after === "d'") continue;
        // "52 ans." or "40 ans, trois chimios…" opening a sentence: the age of the one just told of.
        if (i === from && (after === "." || after === "," || after === "!" || after === "")) {
          push({ start: i, end: i + 2, years, withDe: false, feminine: false, fixable: false });
          continue;
        }
        if (prev && (word(prev) === "," || word(prev) === "(")) {
          push({ start: i, end: i + 2, years, withDe: false, feminine: false, fixable: false }); // "Nathalie, 52 ans"
          continue;
        }
        if (prev && FR_AGE_ADVERBS.has(word(prev)) && prev2 && FR_HAS_AGE.has(word(prev2))) {
          const subject = word(tokens[i - 3]);
          if (subject === "il" || subject === "elle" || subject === "qui") {
            push({ start: i, end: i + 2, years, withDe: false, feminine: false, fixable: true, person: true }); // "il a juste 19 ans"
            continue;
          }
        }
        if (prev && FR_HAS_AGE.has(word(prev)) && word(prev2) !== "y" && word(prev2) !== "j'" && word(prev2) !== "je" && word(prev2) !== "on") {
          const subject = word(prev2);
          push({ start: i, end: i + 2, years, withDe: false, feminine: false, fixable: true, person: subject === "il" || subject === "elle" || subject === "qui" }); // "elle a 94 ans"
          continue;
        }
        if (prev && (word(prev) === "ses" || word(prev) === "ces") && word(prev2) !== "mes") {
          push({ start: i, end: i + 2, years, withDe: false, feminine: false, fixable: false }); // "fête ses 100 ans"
          continue;
        }
        continue;
      }
      // "un bébé de 3 mois", "un petit bonhomme de 6 semaines": an infant's age.
      if ((word(next) === "mois" || word(next) === "semaines") && word(prev) === "de" && FR_PERSON.has(word(prev2)) && word(tokens[i + 2]) !== "de" && word(tokens[i + 2]) !== "d'") {
        push({ start: i - 1, end: i + 2, years: 0, withDe: true, feminine: FR_FEMININE.has(word(prev2)), fixable: true, person: !FIRST_PERSON.has(word(tokens[i - 3])) });
        continue;
      }
      // English "N-year-old", "N years old", "N yo"
      if (i + 2 < to + 1 && (word(next) === "year" || word(next) === "years" || word(next) === "yr" || word(next) === "month" || word(next) === "week") && word(tokens[i + 2]) === "old") {
        const months = word(next) === "month" || word(next) === "week";
        const owner = word(prev);
        push({ start: i, end: i + 3, years: months ? 0 : years, withDe: false, feminine: false, fixable: true, person: ARTICLES.has(owner) || word(tokens[i + 3]) === "patient" || (EN_PERSON.has(word(tokens[i + 3])) && !FIRST_PERSON.has(owner)) });
        continue;
      }
      // "23 yo" is always someone's age; a person unless the author's ("my 23 yo").
      if (word(next) === "yo" || word(next) === "y/o") {
        push({ start: i, end: i + 2, years, withDe: false, feminine: false, fixable: true, person: !FIRST_PERSON.has(word(prev)) });
        continue;
      }
      if (word(next) === "something") {
        push({ start: i, end: i + 2, years, withDe: false, feminine: false, fixable: true }); // "40-something guy"
        continue;
      }
      // "aged 61", "age 61"
      if (prev && (word(prev) === "aged" || word(prev) === "age") && !UNITS_AFTER.has(word(next))) {
        push({ start: i - 1, end: i + 1, years, withDe: false, feminine: false, fixable: true, aged: word(prev) === "aged", person: word(prev) === "aged" && !FIRST_PERSON.has(word(prev2)) });
        continue;
      }
      // "he was 81", "turns 90"
      if (prev && (word(prev) === "turns" || word(prev) === "turned" || word(prev) === "turning" || (EN_BE.has(word(prev)) && EN_SUBJECT.has(word(prev2))) || CONTRACTED_BE.has(word(prev)))) {
        if (years >= 1 && !UNITS_AFTER.has(word(next)) && word(next) !== "years" && (next === undefined || next.kind === "punct" || word(next) === "and" || word(next) === "this" || word(next) === "today" || word(next) === "on" || word(next) === "next")) {
          const turns = word(prev).startsWith("turn");
          push({ start: turns ? i - 1 : i, end: i + 1, years, withDe: false, feminine: false, fixable: !turns });
          continue;
        }
      }
      // "Tom, 61," — a capitalised name, a comma, an age, a comma
      if (prev && word(prev) === "," && prev2 && prev2.kind === "word" && (prev2.cap || EN_PERSON.has(prev2.norm) || isOccupationLike(prev2.norm) || gazetteers().occupations.has(prev2.norm)) && next && (word(next) === "," || word(next) === ")") && years >= 1) {
        push({ start: i, end: i + 1, years, withDe: false, feminine: false, fixable: false });
        continue;
      }
      continue;
    }
    if (t.kind !== "word") continue;
    // "in her nineties", "in his 80s"
    if ((word(t) === "his" || word(t) === "her" || word(t) === "their") && word(prev) === "in") {
      const n = word(next);
      const late = n === "late" || n === "early" || n === "mid";
      const d = late ? word(tokens[i + 2]) : n;
      const tens = EN_TENS.get(d) ?? (DECADE.test(d) ? Number(d.slice(0, 2)) : undefined);
      if (tens !== undefined) {
        push({ start: i - 1, end: late ? i + 3 : i + 2, years: tens, withDe: false, feminine: false, fixable: false, decade: true });
        continue;
      }
    }
    const fr = FR_DECADE.get(word(t));
    if (fr !== undefined && (word(prev) === "la" || word(prev) === "une" || word(prev) === "un" || fr >= 80)) {
      push({ start: i, end: i + 1, years: fr, withDe: false, feminine: false, fixable: false, decade: true });
      continue;
    }
    const en = EN_AGE_WORDS.get(word(t));
    if (en !== undefined) {
      push({ start: i, end: i + 1, years: en, withDe: false, feminine: false, fixable: false });
      continue;
    }
    // "100th birthday", "101st" (a word starting with a digit: most words are looked at no further)
    const c = t.norm.charCodeAt(0);
    if (c >= 48 && c <= 57 && ORDINAL_AGE.test(t.norm) && (word(next) === "birthday" || word(next) === "anniversaire")) {
      push({ start: i, end: i + 2, years: Number.parseInt(word(t), 10), withDe: false, feminine: false, fixable: false });
    }
  }
  return out;
}

// Nouns of occupation often precede "de N ans" ("un pompier de 51 ans"); the gazetteer is checked
// by the caller, this catches the common agentive endings.
function isOccupationLike(w: string): boolean {
  return AGENTIVE.test(w) && w.length >= 5;
}

// The decade an adult's age falls in: it keeps what the story needs (a frail octogenarian, a
// young adult) and leaves ten possible birth years instead of one.
const FR_DECADE_NOUN = ["", "", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine", "soixante-dizaine", "quatre-vingtaine", "quatre-vingt-dizaine"];
const EN_TENS_WORD = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** A generalisation for an age, in the draft's language: an adult's decade ("une patiente de 87
 *  ans" → "une patiente dans la quatre-vingtaine", "elle a 94 ans" → "elle a plus de 90 ans", "a
 *  34-year-old woman" → "a thirty-something woman"); a child's or a centenarian's stage of life. */
export function ageFix(m: AgeMatch, lang: "fr" | "en"): string {
  const y = m.years;
  const decade = Math.floor(y / 10);
  const adult = y >= 20 && y < 100;
  if (lang === "en") {
    if (Number.isNaN(y)) return "";
    if (adult) return `${m.aged === true ? "aged " : ""}${EN_TENS_WORD[decade]}-something`;
    if (y >= 80) return "elderly";
    if (y >= 65) return "older";
    if (y >= 40) return "middle-aged";
    if (y >= 18) return "young adult";
    if (y >= 13) return "teenage";
    return "young";
  }
  const f = m.feminine;
  if (adult) return m.withDe ? `dans la ${FR_DECADE_NOUN[decade]}` : `plus de ${decade * 10} ans`;
  if (y >= 80) return m.withDe ? (f ? "très âgée" : "très âgé") : "un âge avancé";
  if (y >= 65) return m.withDe ? (f ? "âgée" : "âgé") : "un certain âge";
  if (y >= 18) return m.withDe ? "d'âge adulte" : "l'âge adulte";
  if (y >= 13) return m.withDe ? "d'âge adolescent" : "l'adolescence";
  return m.withDe ? "en bas âge" : "un jeune âge";
}
