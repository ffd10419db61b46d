// The phrase-pattern language of rules/*.json. A pattern is a sequence of elements matched on
// tokens of one sentence:
//   word       a folded word ("arretez" matches "Arrêtez")
//   word*      any word starting with it ("vaccin*" matches "vaccins", "vaccination")
//   @family    any entry of a word family of the rule set (entries are patterns themselves)
//   (a b|c)    alternatives, each a sequence
//   X?         X is optional
//   ~N         up to N tokens of anything (N ≤ 8)
//   #num #word #cap #any   a number, any word, a capitalised word, any token
//   : ? ! % $ / + = #  punctuation, literally (a lone #; \\? \\( \\) \\| escape)
// Patterns compile to sets of reachable positions, so matching is polynomial whatever the pattern.
import { foldWord } from "../text/fold.js";
import { ELISIONS } from "../text/tokenize.js";

export type Node =
  | { type: "lit"; value: string }
  | { type: "prefix"; value: string }
  | { type: "class"; cls: "num" | "word" | "cap" | "any" }
  | { type: "family"; name: string }
  | { type: "seq"; items: Node[] }
  | { type: "alt"; options: Node[] }
  | { type: "opt"; node: Node }
  | { type: "gap"; max: number };

export class PatternSyntaxError extends Error {
  constructor(pattern: string, at: number, what: string) {
    super(`${what} at character ${at + 1} of pattern "${pattern}"`);
  }
}

const MAX_GAP = 8;
/** A written word of a pattern, matched in place (sticky) rather than on a copy of the rest; the
 *  same for a gap, a family and a class. */
const WORD = /[\p{L}\p{M}\p{N}'’·-]+/uy;
const GAP = /~(\d+)/y;
const FAMILY = /@([a-z0-9-]+)/y;
const CLASS = /#(num|word|cap|any)\b/y;

export function parsePattern(pattern: string): Node {
  let i = 0;
  const src = pattern;

  function skipSpace(): void {
    while (i < src.length && src.charAt(i) === " ") i++;
  }

  function parseSeq(inGroup: boolean): Node {
    const items: Node[] = [];
    for (;;) {
      skipSpace();
      if (i >= src.length) break;
      const c = src.charAt(i);
      if (c === "|" || c === ")") {
        if (!inGroup) throw new PatternSyntaxError(src, i, `unexpected "${c}"`);
        break;
      }
      let node = parseAtom();
      if (src.charAt(i) === "?") {
        i++;
        node = { type: "opt", node };
      }
      items.push(node);
    }
    if (items.length === 0) throw new PatternSyntaxError(src, i, "empty sequence");
    return items.length === 1 ? (items[0] as Node) : { type: "seq", items };
  }

  function parseAtom(): Node {
    const c = src.charAt(i);
    if (c === "(") {
      i++;
      const options: Node[] = [parseSeq(true)];
      while (src.charAt(i) === "|") {
        i++;
        options.push(parseSeq(true));
      }
      if (src.charAt(i) !== ")") throw new PatternSyntaxError(src, i, 'missing ")"');
      i++;
      return options.length === 1 ? (options[0] as Node) : { type: "alt", options };
    }
    if (c === "~") {
      GAP.lastIndex = i;
      const m = GAP.exec(src);
      if (!m) throw new PatternSyntaxError(src, i, "a gap needs a number (~3)");
      const max = Number(m[1]);
      if (max < 1 || max > MAX_GAP) throw new PatternSyntaxError(src, i, `a gap must be 1 to ${MAX_GAP}`);
      i += m[0].length;
      return { type: "gap", max };
    }
    if (c === "@") {
      FAMILY.lastIndex = i;
      const m = FAMILY.exec(src);
      if (!m) throw new PatternSyntaxError(src, i, "a family name is lower-case letters, digits and -");
      i += m[0].length;
      return { type: "family", name: m[1] as string };
    }
    if (c === "#" && (i + 1 >= src.length || " |)?".includes(src.charAt(i + 1)))) {
      // A lone "#" is the character itself ("no #", "chart #").
      i++;
      return { type: "lit", value: "#" };
    }
    if (c === "#") {
      CLASS.lastIndex = i;
      const m = CLASS.exec(src);
      if (!m) throw new PatternSyntaxError(src, i, "unknown class (#num, #word, #cap, #any)");
      i += m[0].length;
      return { type: "class", cls: m[1] as "num" | "word" | "cap" | "any" };
    }
    if (":!%$/+=;,«»\"&".includes(c) || (c === "?" && i === 0) ) {
      i++;
      return { type: "lit", value: c };
    }
    if (c === "\\" && i + 1 < src.length) {
      // escaped punctuation: \? \( \) \| \*
      const v = src.charAt(i + 1);
      i += 2;
      return { type: "lit", value: v };
    }
    WORD.lastIndex = i;
    const m = WORD.exec(src);
    if (!m) throw new PatternSyntaxError(src, i, `unexpected "${c}"`);
    i += m[0].length;
    const value = foldWord(m[0]);
    if (src.charAt(i) === "*") {
      i++;
      if (value.length < 3) throw new PatternSyntaxError(src, i, "a prefix needs at least 3 letters");
      return { type: "prefix", value };
    }
    return { type: "lit", value };
  }

  const node = parseSeq(false);
  if (i < src.length) throw new PatternSyntaxError(src, i, `unexpected "${src.charAt(i)}"`);
  return node;
}

/** Splits a written multi-word literal: the tokenizer splits "donnez-lui" and "l'urgence", so
 *  pattern words must be split the same way. Applied after parsing. */
export function normaliseLiterals(node: Node): Node {
  switch (node.type) {
    case "lit": {
      const parts = splitLikeTokenizer(node.value);
      if (parts.length === 1) return node;
      return { type: "seq", items: parts.map((value) => ({ type: "lit", value }) as Node) };
    }
    case "prefix": {
      const parts = splitLikeTokenizer(node.value);
      if (parts.length === 1) return node;
      const last = parts.pop() as string;
      return {
        type: "seq",
        items: [...parts.map((value) => ({ type: "lit", value }) as Node), { type: "prefix", value: last }],
      };
    }
    case "seq":
      return { type: "seq", items: node.items.map(normaliseLiterals) };
    case "alt":
      return { type: "alt", options: node.options.map(normaliseLiterals) };
    case "opt":
      return { type: "opt", node: normaliseLiterals(node.node) };
    default:
      return node;
  }
}


function splitLikeTokenizer(value: string): string[] {
  if (!value.includes("-") && !value.includes("'")) return [value];
  return value.split("-").filter((p) => p.length > 0).flatMap(splitElisions);
}

function splitElisions(value: string): string[] {
  const out: string[] = [];
  let rest = value;
  for (;;) {
    const k = rest.indexOf("'");
    if (k <= 0) break;
    const head = rest.slice(0, k);
    if (!ELISIONS.has(head)) break;
    out.push(head + "'");
    rest = rest.slice(k + 1);
  }
  if (rest.length > 0) out.push(rest);
  return out;
}

// Rules repeat the same small patterns and family entries many times ("de", "(le|la|les)"): parse
// each source once. Nodes are never modified after parsing, so they can be shared.
const parsed = new Map<string, Node>();

/** `parsePattern` then `normaliseLiterals`, memoised by source. */
export function parseNormalised(source: string): Node {
  let node = parsed.get(source);
  if (!node) parsed.set(source, (node = normaliseLiterals(parsePattern(source))));
  return node;
}
