// A fix that removes words must leave the sentence whole: the space, comma pair, brackets or colon
// that only framed the removed words go with them, so that no double space, no space before a
// period and no empty "()" is left behind in the post.

import { z } from "zod";
import fixWords from "./fix-words.json";

const PREPOSITIONS = new Set(z.object({ note: z.string(), prepositions: z.array(z.string().min(1)) }).parse(fixWords).prepositions);

export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

const SPACE = /[^\S\n]/;
const OPENERS: Record<string, string> = { "(": ")", "[": "]", "«": "»" };
/** Marks a removed phrase can be followed by without a space before them. */
const CLOSING = /[,.)\]»…]/;
/** French puts a space before these; a removal keeps the one on its left. */
const SPACED = /[;:!?]/;

const isSpace = (ch: string | undefined): boolean => ch !== undefined && SPACE.test(ch);

function skipLeft(text: string, i: number): number {
  while (i > 0 && isSpace(text[i - 1])) i--;
  return i;
}

function skipRight(text: string, i: number): number {
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

/** The word that ends at `k`, read in a short window: the whole text before it would make every
 *  fix cost the length of the draft (a document pass runs this for each finding). */
function wordBefore(text: string, k: number): RegExpExecArray | null {
  const from = Math.max(0, k - 64);
  const m = /(?:^|[\s(])([\p{L}]+)$/u.exec(text.slice(from, k));
  if (!m) return null;
  // Matched at the window's start: a word only if the text had a boundary there too.
  return m[0].length > (m[1] as string).length || from === 0 || /[\s(]/.test(text[from - 1] ?? "") ? m : null;
}

/** The same edit, narrowed to what it changes and, when that is a removal, widened over what
 *  only framed the removed words. */
export function tidyEdit(text: string, edit: TextEdit): TextEdit {
  let { start, end, replacement } = edit;
  // "chambre 218" → "chambre": only "218" (and its space) is removed.
  const old = text.slice(start, end);
  let head = 0;
  while (head < replacement.length && head < old.length && replacement[head] === old[head]) head++;
  // Keep whole words on the kept side: cut after a space or at a word's end only.
  if (head < old.length && head === replacement.length && !/[\p{L}\p{N}]/u.test(old[head] ?? "")) {
    start += head;
    replacement = "";
  }
  if (replacement.trim() !== "" || start === end) return { start, end, replacement };
  replacement = "";

  let s = start;
  let e = end;
  // "attend au 819 555-0147." → "attend." (the preposition only introduced the number)
  const word = wordBefore(text, skipLeft(text, s));
  if (word && skipLeft(text, s) < s && PREPOSITIONS.has((word[1] as string).toLowerCase())) s = skipLeft(text, s) - (word[1] as string).length;
  // "(BOUC 6907 0811)" and ", 269 920 575," go with their brackets or their pair of commas.
  const before = skipLeft(text, s);
  const after = skipRight(text, e);
  const opener = text[before - 1];
  if (opener !== undefined && OPENERS[opener] !== undefined && text[after] === OPENERS[opener]) {
    s = before - 1;
    e = after + 1;
  } else if (text[before - 1] === "," && text[after] === ",") {
    s = before - 1;
    e = after + 1;
  } else if (text[before - 1] === ":" && (after === text.length || text[after] === "\n" || CLOSING.test(text[after] ?? "") || SPACED.test(text[after] ?? ""))) {
    // "Son numéro : 819 555-0147." → "Son numéro."
    s = before - 1;
  }

  // The spaces around the removed words, then what goes in their place.
  const a = skipLeft(text, s);
  const b = skipRight(text, e);
  const spaced = /\s/.test(text.slice(a, b));
  const next = text[b] ?? "";
  const edge = a === 0 || text[a - 1] === "\n" || b === text.length || next === "\n";
  // Before ";", ":", "!" or "?", one space only if the draft had one there (French spacing).
  const glue = CLOSING.test(next) || (SPACED.test(next) && !isSpace(text[b - 1]));
  let fill = edge || glue || !spaced ? "" : " ";
  s = a;
  e = b;
  // Keep the edit minimal: a space that stays is not replaced by itself.
  if (fill === " " && isSpace(text[s])) {
    s++;
    fill = "";
  } else if (fill === " " && isSpace(text[e - 1])) {
    e--;
    fill = "";
  }
  return { start: s, end: e, replacement: fill };
}
