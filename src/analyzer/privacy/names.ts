// Person names in a draft, with how they were found. French and Quebec names come from the
// gazetteers and from triggers (titles, kinship, "mon patient …", "@Prénom Nom" replies), English
// ones from the same gazetteers and triggers. Colleagues ("Dre
// Tremblay", "Dr. Lee"), eponyms (Crohn, Down) and places (Saint-Jérôme) are told apart here;
// whether a name is a patient's is decided at document level (art. 20: revealing that a named
// person consulted).
import type { ParagraphContext, SentenceView } from "../contract.js";
import type { Token } from "../text/tokenize.js";
import { gazetteers, tokenKey } from "./gazetteers.js";
import { compoundEnd, gazetteerMatches, hyphenJoined } from "./quasi.js";
import { identifierWords } from "./identifier-words.js";

export type NameSource = "title" | "patient-trigger" | "kin" | "handle" | "given" | "initials";

export interface NameMatch {
  /** Token range [start, end) of the name itself (title excluded). */
  tokenStart: number;
  tokenEnd: number;
  /** Paragraph offsets of the span to flag (title included). */
  start: number;
  end: number;
  source: NameSource;
  /** Folded words of the name, for matching other mentions. */
  keys: string[];
}

export interface DoctorMatch {
  start: number;
  end: number;
  keys: string[];
}

export const PATIENT_TITLES: ReadonlySet<string> = new Set(identifierWords("person-name", "patient-titles"));
const DOCTOR_TITLES = new Set(identifierWords("person-name", "doctor-titles"));
// Words before a name that make it a colleague's or a teammate's, not a patient's.
const COLLEAGUE_CUES = new Set(identifierWords("person-name", "colleague-words"));
// Kinship words after a third-person or second-person possessive: the patient's relative.
const KIN = new Set(identifierWords("person-name", "kin"));
// Nouns that make the next capitalised words a place or an institution ("lac Simon", "rue
// Sainte-Catherine", "école Marie-Victorin").
const PLACE_NOUNS = new Set(identifierWords("person-name", "place-nouns"));
const THIRD_POSSESSIVE = new Set(["son", "sa", "ses", "his", "her", "their", "votre", "vos", "your", "leur", "leurs"]);
const PATIENT_NOUNS = new Set(["patient", "patiente", "patients", "patientes"]);
const FIRST_POSSESSIVE = new Set(["mon", "ma", "my", "notre", "our"]);
// Capitalised words that start sentences or salute and are never names.
const NEVER_NAMES = new Set(identifierWords("person-name", "never-names"));

// Words right before a titled name that make it a colleague, a guest or a donor rather than a
// patient ("Bienvenue à Mme…", "Welcome Ms.…", "Merci à M.…", "co-presenting with…").
const GREETING_CUES = new Set(identifierWords("person-name", "greetings"));
// Words after a titled name and a comma that say who the person is at work ("Mme Cyr,
// inhalothérapeute", "Ms. Raman, our new nurse manager").
const STAFF_APPOSITION = new Set([...COLLEAGUE_CUES, ...identifierWords("person-name", "staff-apposition")]);
const STAFF_HEADS = new Set([...COLLEAGUE_CUES, ...identifierWords("person-name", "staff-heads")]);
// Words before a first name that make the name a child's in care ("bébé Élyane", "little Mia").
const CHILD_TITLES = new Set(identifierWords("person-name", "child-titles"));

/** "Mme Cyr, inhalothérapeute", "Ms. Raman, our new nurse manager", "M. Roy, de la Fondation":
 *  within four tokens after the name, a word of the person's work. */
function staffAfter(tokens: readonly Token[], end: number, limit: number): boolean {
  let k = end;
  if ((tokens[k] as Token | undefined)?.raw === ",") k++;
  else if (!["from", "of", "du", "de"].includes((tokens[k] as Token | undefined)?.norm ?? "")) return false;
  for (let n = 0; n < 4 && k < limit; n++, k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") return false;
    if (STAFF_HEADS.has(t.norm)) return true;
    if (!STAFF_APPOSITION.has(t.norm) && !["la", "le", "l'", "the", "town", "st", "saint", "sainte"].includes(t.norm) && !t.cap) return false;
  }
  return false;
}

/** Whether a word of `cues` stands within `reach` tokens before token `i`, every token between
 *  passing `passes`. */
function cueBefore(tokens: readonly Token[], i: number, from: number, reach: number, cues: ReadonlySet<string>, passes: (t: Token) => boolean): boolean {
  for (let k = i - 1, n = 0; k >= from && n < reach; k--, n++) {
    const t = tokens[k] as Token;
    if (t.kind === "word" && cues.has(t.norm)) return true;
    if (!passes(t)) return false;
  }
  return false;
}

const GREETING_JOINERS: ReadonlySet<string> = new Set(["a", "to", "avec", "with", "you", "et", "and", "de", "m'", "me", "d'"]);

/** Whether the word before a title greets, thanks or presents a guest ("Bienvenue à Mme…"). */
function greetedBefore(tokens: readonly Token[], i: number, from: number): boolean {
  return cueBefore(tokens, i, from, 3, GREETING_CUES, (t) => t.kind !== "word" || GREETING_JOINERS.has(t.norm));
}

// Words that open a congratulation or a welcome to the names after them.
const CONGRATULATIONS: ReadonlySet<string> = new Set(identifierWords("person-name", "congratulations"));
const NAME_JOINERS: ReadonlySet<string> = new Set(["a", "to", "et", "and", "&"]);

/** Whether a word of `cues` opens the run of names before `i`: names joined by "et", "and" or
 *  commas share it. A congratulation or a welcome ("Félicitations Émilie et Jonathan!", "Welcome
 *  Priya and Sam"), a work title ("paramedics Kevin Tran and Julie Hébert", "notre commis Diane"). */
function opensNames(tokens: readonly Token[], i: number, from: number, cues: ReadonlySet<string>): boolean {
  return cueBefore(tokens, i, from, 8, cues, (t) => (t.kind === "word" ? t.cap || NAME_JOINERS.has(t.norm) : t.raw === "," || t.raw === "&"));
}

/** "M.-È. B., 34", "R.T., 45", "J.M. (8)": two or more initials followed by an age. Returns the end
 *  of the initials, or -1. */
function initialsWithAge(tokens: readonly Token[], i: number, limit: number): number {
  let k = i;
  let count = 0;
  while (k < limit && isInitial(tokens, k)) {
    k += 2;
    count++;
    if ((tokens[k] as Token | undefined)?.raw === "-" && isInitial(tokens, k + 1)) k++;
  }
  if (count < 2) return -1;
  let a = k;
  if ((tokens[a] as Token | undefined)?.raw === "," || (tokens[a] as Token | undefined)?.raw === "(") a++;
  const n = tokens[a];
  if (n === undefined || n.kind !== "num") return -1;
  const years = Number(n.raw);
  return years >= 0 && years <= 115 ? k : -1;
}

const HANDLE_SEPARATOR = /[._\d]/;

/** "@sylvie.marchand", "@KarenWhite1972": a handle that starts with a given name of 4+ letters. */
function handleLooksPersonal(norm: string): boolean {
  const g = gazetteers();
  const first = norm.split(HANDLE_SEPARATOR)[0] ?? "";
  if (g.givenNames.has(first)) return true;
  for (let n = Math.min(first.length - 2, 12); n >= 4; n--) if (g.givenNames.has(first.slice(0, n))) return true;
  return false;
}

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === "word";
}

const EPONYM_HEADS = new Set(identifierWords("person-name", "eponym-heads"));
const EPONYM_TAILS = new Set(identifierWords("person-name", "eponym-tails"));

/** "maladie de Crohn", "Down syndrome", "Crohn's disease": the surname names a disease or sign. */
function eponymContext(tokens: readonly Token[], a: number, b: number): boolean {
  const p1 = tokens[a - 1];
  const p2 = tokens[a - 2];
  const n1 = tokens[b];
  if (p1 && (p1.norm === "de" || p1.norm === "d'" || p1.norm === "du") && p2 && EPONYM_HEADS.has(p2.norm)) return true;
  if (n1 && EPONYM_TAILS.has(n1.norm)) return true;
  const last = tokens[b - 1];
  return last !== undefined && last.norm.endsWith("'s") && n1 !== undefined && EPONYM_TAILS.has(n1.norm);
}

/** "ma fille Emma", "my wife Julie": the author's own family, not a patient. */
function authorsKin(prev: Token | undefined, prev2: Token | undefined): boolean {
  return prev !== undefined && KIN.has(prev.norm) && prev2 !== undefined && FIRST_POSSESSIVE.has(prev2.norm);
}

function isInitial(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const dot = tokens[i + 1];
  return t !== undefined && t.kind === "word" && t.raw.length === 1 && t.cap && dot !== undefined && dot.raw === ".";
}

export function isNameWord(t: Token | undefined): t is Token {
  if (!isWord(t) || !t.cap) return false;
  if (NEVER_NAMES.has(t.norm)) return false;
  // All-caps words of 3+ letters are acronyms (CHUM, RAMQ), not names.
  if (t.raw.length >= 3 && t.raw === t.raw.toUpperCase()) return false;
  return true;
}

/** End of a name starting at i: capitalised words and initials ("R. Côté", "Jean-Guy Bérubé"). */
function nameEnd(tokens: readonly Token[], i: number, limit: number, allowInitials: boolean): number {
  let j = i;
  let words = 0;
  while (j < limit && words < 4) {
    if (allowInitials && isInitial(tokens, j)) {
      j += 2;
      words++;
      continue;
    }
    if (isNameWord(tokens[j])) {
      j++;
      words++;
      continue;
    }
    break;
  }
  // An initial alone ("J." at the end) is kept only if followed by nothing else: "J.M."
  return j;
}

function keysOf(tokens: readonly Token[], a: number, b: number): string[] {
  const out: string[] = [];
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "word" && t.raw.length > 1) out.push(tokenKey(t));
  }
  return out;
}

function firstWordIndex(tokens: readonly Token[], s: SentenceView): number {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if ((tokens[k] as Token).kind === "word") return k;
  return s.tokenStart;
}

/** Token index just before i, skipping a period ("M. Tremblay", "Dr. Lee"). */
function before(tokens: readonly Token[], i: number, from: number): number {
  let k = i - 1;
  if (k >= from && (tokens[k] as Token).raw === ".") k--;
  return k;
}

export interface SentenceNames {
  names: NameMatch[];
  doctors: DoctorMatch[];
}

/** Names and doctors' names in one sentence. Tokens of places, eponyms and rare diseases are never
 *  names. */
/** Token indexes of a sentence marked (blocked by a place, taken by a name): nothing is allocated
 *  until the first mark, and most sentences get none. */
class Marks {
  private marked: Set<number> | undefined;
  add(k: number): void {
    (this.marked ??= new Set()).add(k);
  }
  has(k: number): boolean {
    return this.marked !== undefined && this.marked.has(k);
  }
}

export function findNames(ctx: ParagraphContext, si: number): SentenceNames {
  const s = ctx.sentences[si] as SentenceView;
  const tokens = ctx.tokens;
  const g = gazetteers();
  const names: NameMatch[] = [];
  const doctors: DoctorMatch[] = [];
  const blocked = new Marks();
  for (const m of gazetteerMatches(ctx, s.tokenStart, s.tokenEnd)) {
    if (m.kind === "occupation") continue;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = tokens[k] as Token;
      if (t.start >= m.start && t.end <= m.end) blocked.add(k);
    }
  }
  const taken = new Marks();
  const add = (a: number, b: number, spanStart: number, source: NameSource) => {
    if (b <= a) return;
    for (let k = a; k < b; k++) if (taken.has(k)) return;
    for (let k = a; k < b; k++) taken.add(k);
    names.push({ tokenStart: a, tokenEnd: b, start: spanStart, end: (tokens[b - 1] as Token).end, source, keys: keysOf(tokens, a, b) });
  };
  const first = firstWordIndex(tokens, s);

  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i] as Token;
    // Doctors and other titled professionals: recorded so that other mentions are recognised.
    if (t.kind === "word" && DOCTOR_TITLES.has(t.norm) && (t.cap || t.norm.length > 3)) {
      let j = i + 1;
      if ((tokens[j] as Token | undefined)?.raw === ".") j++;
      const end = nameEnd(tokens, j, s.tokenEnd, true);
      if (end > j) {
        doctors.push({ start: t.start, end: (tokens[end - 1] as Token).end, keys: keysOf(tokens, j, end) });
        for (let k = i; k < end; k++) taken.add(k);
        i = end - 1;
      }
      continue;
    }
    // Initials with an age: "M.-È. B., 34 ans", "R.T., 45".
    if (t.kind === "word" && isInitial(tokens, i)) {
      const end = initialsWithAge(tokens, i, s.tokenEnd);
      if (end > i) {
        add(i, end, t.start, "initials");
        i = end - 1;
        continue;
      }
    }
    // Titles: "M. Tremblay", "Mme R. Côté", "Mrs. Evelyn Hartley".
    if (t.kind === "word" && PATIENT_TITLES.has(t.norm) && (t.norm !== "m" || (tokens[i + 1] as Token | undefined)?.raw === ".") && (t.cap || t.norm.length > 2)) {
      let j = i + 1;
      if ((tokens[j] as Token | undefined)?.raw === ".") j++;
      const end = nameEnd(tokens, j, s.tokenEnd, true);
      if (end > j && !blocked.has(j)) {
        // A titled colleague, guest or donor: recorded like a doctor, so no mention is a patient's.
        if (greetedBefore(tokens, i, s.tokenStart) || staffAfter(tokens, end, s.tokenEnd)) {
          doctors.push({ start: t.start, end: (tokens[end - 1] as Token).end, keys: keysOf(tokens, j, end) });
          for (let k = i; k < end; k++) taken.add(k);
        } else add(j, end, t.start, "title");
        i = end - 1;
      }
      continue;
    }
    // "bébé Élyane", "little Mia", "le petit Xavier": a child named in a care story.
    // "mon petit Léo", "my baby Noah": the author's own child.
    if (t.kind === "word" && CHILD_TITLES.has(t.norm) && FIRST_POSSESSIVE.has((tokens[i - 1] as Token | undefined)?.norm ?? "") && i > s.tokenStart) continue;
    if (t.kind === "word" && CHILD_TITLES.has(t.norm) && isNameWord(tokens[i + 1]) && !blocked.has(i + 1) && !g.eponyms.has(tokenKey(tokens[i + 1] as Token))) {
      const end = nameEnd(tokens, i + 1, Math.min(s.tokenEnd, i + 3), false);
      if (end > i + 1) {
        add(i + 1, end, (tokens[i + 1] as Token).start, "title");
        i = end - 1;
        continue;
      }
    }
    // Replies: "@Sylvie Marchand", "@sylvie.marchand".
    if (t.kind === "handle") {
      const end = nameEnd(tokens, i + 1, s.tokenEnd, false);
      const handleName = handleLooksPersonal(t.norm) || end > i + 1;
      if (handleName) {
        add(i, end, t.start, "handle");
        i = end - 1;
      }
      continue;
    }
    if (t.kind !== "word") continue;
    const prevIdx = before(tokens, i, s.tokenStart);
    const prev = prevIdx >= s.tokenStart ? (tokens[prevIdx] as Token) : undefined;
    const prev2 = prevIdx - 1 >= s.tokenStart ? (tokens[prevIdx - 1] as Token) : undefined;
    // "mon patient Jacques", "my patient J.M.", "ma patiente, Louise,"
    if (PATIENT_NOUNS.has(t.norm) && prev && (FIRST_POSSESSIVE.has(prev.norm) || prev.norm === "le" || prev.norm === "la" || prev.norm === "the")) {
      let j = i + 1;
      if ((tokens[j] as Token | undefined)?.raw === ",") j++;
      // "my patient Mrs. Barrett": the title is not the name; flag from the title on.
      const titleAt = j;
      if (PATIENT_TITLES.has((tokens[j] as Token | undefined)?.norm ?? "")) {
        j++;
        if ((tokens[j] as Token | undefined)?.raw === ".") j++;
      }
      const end = nameEnd(tokens, j, s.tokenEnd, true);
      if (end > j && !blocked.has(j)) {
        add(j, end, (tokens[titleAt] as Token).start, "patient-trigger");
        i = end - 1;
      }
      continue;
    }
    // "la famille Bélanger", "the Henderson family": a patient's family named in a care story.
    if (t.norm === "famille" && prev !== undefined && (prev.norm === "la" || prev.norm === "de" || prev.norm === "votre") && isNameWord(tokens[i + 1]) && !blocked.has(i + 1)) {
      const end = nameEnd(tokens, i + 1, Math.min(s.tokenEnd, i + 3), false);
      add(i + 1, end, (tokens[i + 1] as Token).start, "kin");
      i = end - 1;
      continue;
    }
    if (t.norm === "the" && isNameWord(tokens[i + 1]) && (tokens[i + 2] as Token | undefined)?.norm === "family" && !blocked.has(i + 1)) {
      add(i + 1, i + 2, (tokens[i + 1] as Token).start, "kin");
      i += 1;
      continue;
    }
    // "son fils Kevin", "her son Kevin", "la petite Léa Lavoie"
    const kinTrigger = (KIN.has(t.norm) && prev !== undefined && THIRD_POSSESSIVE.has(prev.norm)) || ((t.norm === "petite" || t.norm === "petit") && prev !== undefined && (prev.norm === "la" || prev.norm === "le"));
    if (kinTrigger) {
      const end = nameEnd(tokens, i + 1, s.tokenEnd, false);
      if (end > i + 1 && !blocked.has(i + 1)) {
        add(i + 1, end, (tokens[i + 1] as Token).start, "kin");
        i = end - 1;
      }
      continue;
    }
    if (!t.cap || taken.has(i) || blocked.has(i)) continue;
    // Gazetteer given names ("Thérèse", "Jean-Guy Bérubé"), optionally followed by a surname.
    const given = g.givenNames.longestAt(tokens, i, s.tokenEnd);
    if (given > i && (tokens.slice(i, given).every((x) => x.cap))) {
      // A given name inside a place ("Saint-Jérôme", "Ville-Marie") is part of the place.
      if (prev && (prev.end === t.start - 1) && ctx.text.charAt(t.start - 1) === "-") continue;
      const end = Math.max(given, nameEnd(tokens, given, Math.min(s.tokenEnd, given + 1), false));
      const atStart = i === first;
      const nextTok = tokens[end];
      if (atStart && !(nextTok && (nextTok.raw === "," || isWord(nextTok))) && end === given) continue;
      if (prev && COLLEAGUE_CUES.has(prev.norm)) continue;
      if (prev && PLACE_NOUNS.has(prev.norm)) continue;
      // "Hôpital Européen Georges-Pompidou": a hyphenated name after a place noun names the place.
      const joinedNext = tokens[i + 1];
      if (joinedNext && hyphenJoined(ctx.text, t, joinedNext) && (PLACE_NOUNS.has(prev2?.norm ?? "") || PLACE_NOUNS.has(prev?.norm ?? ""))) continue;
      if (prev2 && COLLEAGUE_CUES.has(prev2.norm) && prev?.kind === "punct") continue;
      if (authorsKin(prev, prev2) || eponymContext(tokens, i, end)) continue;
      // "Chantal Lévesque, inf.", "paramedics Kevin Tran and Julie Hébert", "Félicitations Émilie
      // et Jonathan": colleagues at work, a couple congratulated: recorded like a doctor, so no
      // mention is a patient's.
      if (staffAfter(tokens, end, s.tokenEnd) || opensNames(tokens, i, s.tokenStart, CONGRATULATIONS) || opensNames(tokens, i, s.tokenStart, COLLEAGUE_CUES)) {
        doctors.push({ start: t.start, end: (tokens[end - 1] as Token).end, keys: keysOf(tokens, i, end) });
        for (let k = i; k < end; k++) taken.add(k);
        i = end - 1;
        continue;
      }
      add(i, end, t.start, "given");
      i = end - 1;
      continue;
    }
    // A given name that is also a word, before a listed surname: "Pierre Lachance", "Rose Gagnon".
    const surnameAt = tokens[i + 1];
    if (g.wordNames.longestAt(tokens, i, s.tokenEnd) === i + 1 && isNameWord(surnameAt) && !hyphenJoined(ctx.text, t, surnameAt) && g.surnames.has(tokenKey(surnameAt)) && !(prev && (COLLEAGUE_CUES.has(prev.norm) || PLACE_NOUNS.has(prev.norm))) && !authorsKin(prev, prev2)) {
      const end = nameEnd(tokens, i + 1, s.tokenEnd, false);
      add(i, Math.max(end, i + 2), t.start, "given");
      i = Math.max(end, i + 2) - 1;
      continue;
    }
    // Initial and surname: "K. Olsen", "R. Côté".
    if (isInitial(tokens, i) && isNameWord(tokens[i + 2]) && !blocked.has(i + 2)) {
      const end = nameEnd(tokens, i, s.tokenEnd, true);
      if (end > i + 2 || g.surnames.has(tokenKey(tokens[i + 2] as Token))) {
        add(i, end, t.start, "initials");
        i = end - 1;
      }
      continue;
    }
  }

  return { names, doctors };
}

