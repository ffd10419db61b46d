// What a pattern's tree says before any text is seen: where a match can start, which words every
// match needs, how long a match can be and how far its needed word lies from its start. The start
// index is built from these facts; the build ships them (shipped-facts.ts).
import { isStopWord } from "../text/language.js";
import type { Node } from "./parse.js";
import { familyFact, factsOf, type Families } from "./families.js";
import type { Need, Startable } from "./start-index.js";

/** What the start index learns about a node (`Startable`'s data, reach always known): where a
 *  match can start and what it needs. */
export type StartFactsInit = Required<Omit<Startable, "canStartAt" | "parts">>;

/** A pattern's facts, with those of the alternatives it is indexed by (see `partsOf`): what the
 *  build ships for every pattern of the bundled rules (patterns/shipped-facts.ts), so that a
 *  waking service worker neither parses a pattern nor walks the large families it names. */
export interface PatternFacts extends StartFactsInit {
  readonly parts?: readonly StartFactsInit[];
}

/** Works out the facts of `node` from its tree and its families' trees. */
export function factsOfNode(node: Node, families: Families): StartFactsInit {
  const first = firstSet(node, families, new Set());
  const need = needOf(node, families, new Set());
  return {
    firstWords: first === null ? null : first.words,
    firstPrefixes: first === null ? [] : first.prefixes,
    firstClasses: first === null ? new Set() : first.classes,
    need,
    needSelective: need !== null && needCost(need) < COMMON_COST,
    maxLength: maxLengthOf(node, families, new Set()),
    reach: need === null ? Infinity : reachOf(node, families, new Set()),
  };
}

export function checkFamilies(node: Node, fam: Families, source: string, seen: Set<string>): void {
  switch (node.type) {
    case "family": {
      const target = fam.get(node.name);
      if (!target) throw new Error(`unknown family "@${node.name}" in pattern "${source}"`);
      if (seen.has(node.name)) throw new Error(`family "@${node.name}" refers to itself in pattern "${source}"`);
      const facts = factsOf(fam, node.name);
      if (facts.checked) return;
      checkFamilies(target, fam, source, new Set([...seen, node.name]));
      facts.checked = true;
      return;
    }
    case "seq":
      node.items.forEach((n) => checkFamilies(n, fam, source, seen));
      return;
    case "alt":
      node.options.forEach((n) => checkFamilies(n, fam, source, seen));
      return;
    case "opt":
      checkFamilies(node.node, fam, source, seen);
      return;
    default:
      return;
  }
}

/** The most tokens a match of `node` can span. */
function maxLengthOf(node: Node, fam: Families, seen: Set<string>): number {
  switch (node.type) {
    case "lit":
    case "prefix":
    case "class":
      return 1;
    case "gap":
      return node.max;
    case "opt":
      return maxLengthOf(node.node, fam, seen);
    case "family":
      return familyFact(fam, node.name, seen, "maxLength", { unknown: 0, cyclic: Infinity }, maxLengthOf);
    case "alt": {
      let max = 0;
      for (const o of node.options) {
        const n = o.type === "lit" || o.type === "prefix" ? 1 : o.type === "seq" && o.items.every(isWord) ? o.items.length : maxLengthOf(o, fam, seen);
        if (n > max) max = n;
      }
      return max;
    }
    case "seq":
      return node.items.reduce((sum, item) => sum + maxLengthOf(item, fam, seen), 0);
  }
}

function isWord(n: Node): boolean {
  return n.type === "lit" || n.type === "prefix";
}

export const COMMON_COST = 1000;

/** A stop word, or a one-character token other than a letter (punctuation, a digit): found nearly
 *  everywhere. A lone letter ("d" in "/d", "h" in "q 4 h") is rare in prose. */
function isCommonWord(w: string): boolean {
  return isStopWord(w) || (w.length < 2 && !(w >= "a" && w <= "z"));
}

/** How poor a filter a need is: its size, and far worse when it holds a very common word. */
// Families' needs are shared objects, weighed once each (a drug family's need holds 995 words).
const costs = new WeakMap<Need, number>();

export function needCost(n: Need): number {
  const known = costs.get(n);
  if (known !== undefined) return known;
  let cost = n.words.size + 3 * n.prefixes.length;
  for (const w of n.words) if (isCommonWord(w)) cost += COMMON_COST;
  for (const p of n.prefixes) if (p.length < 3) cost += COMMON_COST;
  costs.set(n, cost);
  return cost;
}

/** Which item of a sequence gives its need: the first of least cost (-1: none has a need). A word
 *  or a prefix is weighed without building its need. */
function bestNeedItem(items: readonly Node[], fam: Families, seen: Set<string>): number {
  let best = -1;
  let bestCost = Infinity;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Node;
    let cost: number;
    if (item.type === "lit") cost = 1 + (isCommonWord(item.value) ? COMMON_COST : 0);
    else if (item.type === "prefix") cost = 3 + (item.value.length < 3 ? COMMON_COST : 0);
    else {
      const n = needOf(item, fam, seen);
      if (n === null) continue;
      cost = needCost(n);
    }
    if (cost < bestCost) {
      best = i;
      bestCost = cost;
    }
  }
  return best;
}

/** Words or prefixes one of which a match of `node` must contain; null when a match may consist
 *  of any tokens (classes, gaps) or of nothing. In a sequence, the most selective item is kept. */
function needOf(node: Node, fam: Families, seen: Set<string>): Need | null {
  switch (node.type) {
    case "lit":
      return { words: new Set([node.value]), prefixes: [] };
    case "prefix":
      return { words: new Set(), prefixes: [node.value] };
    case "class":
    case "gap":
    case "opt":
      return null;
    case "family":
      return familyFact(fam, node.name, seen, "need", { unknown: null, cyclic: null }, needOf);
    case "alt": {
      const words = new Set<string>();
      const prefixes: string[] = [];
      for (const o of node.options) {
        // Most options of a large family are one word: no throwaway set for each.
        if (o.type === "lit") {
          words.add(o.value);
          continue;
        }
        if (o.type === "prefix") {
          prefixes.push(o.value);
          continue;
        }
        const n = needOf(o, fam, seen);
        if (n === null) return null;
        n.words.forEach((w) => words.add(w));
        prefixes.push(...n.prefixes);
      }
      return { words, prefixes };
    }
    case "seq": {
      const k = bestNeedItem(node.items, fam, seen);
      return k < 0 ? null : needOf(node.items[k] as Node, fam, seen);
    }
  }
}

/** The most tokens from the start of a match of `node` to the word of its need (`needOf`), that
 *  word included: where a needed word is found, starts are looked for this far back only. It
 *  follows `needOf`'s choices (in a sequence, the item whose need was kept). */
function reachOf(node: Node, fam: Families, seen: Set<string>): number {
  switch (node.type) {
    case "lit":
    case "prefix":
      return 1;
    case "class":
    case "gap":
    case "opt":
      return Infinity;
    case "family":
      return familyFact(fam, node.name, seen, "reach", { unknown: Infinity, cyclic: Infinity }, reachOf);
    case "alt": {
      let max = 0;
      for (const o of node.options) {
        const r = o.type === "lit" || o.type === "prefix" ? 1 : reachOf(o, fam, seen);
        if (r > max) max = r;
      }
      return max;
    }
    case "seq": {
      // The item needOf keeps.
      const best = bestNeedItem(node.items, fam, seen);
      if (best < 0) return Infinity;
      let before = 0;
      for (let i = 0; i < best; i++) before += maxLengthOf(node.items[i] as Node, fam, seen);
      return before + reachOf(node.items[best] as Node, fam, seen);
    }
  }
}

export interface First {
  words: Set<string>;
  prefixes: string[];
  /** Token classes that can start a match (#num, #word, #cap). */
  classes: Set<"num" | "word" | "cap">;
  /** The node can match zero tokens. */
  nullable: boolean;
}

/** The words that can start a match, or null when any token can. */
export function firstSet(node: Node, fam: Families, seen: Set<string>): First | null {
  switch (node.type) {
    case "lit":
      return { words: new Set([node.value]), prefixes: [], classes: new Set(), nullable: false };
    case "prefix":
      return { words: new Set(), prefixes: [node.value], classes: new Set(), nullable: false };
    case "class":
      return node.cls === "any" ? null : { words: new Set(), prefixes: [], classes: new Set([node.cls]), nullable: false };
    case "gap":
      return null;
    case "family":
      // Shared, never written: the sets of a First are only read or copied into new ones.
      return familyFact(fam, node.name, seen, "first", { unknown: null, cyclic: null }, firstSet);
    case "opt": {
      const inner = firstSet(node.node, fam, seen);
      return inner === null ? null : { ...inner, nullable: true };
    }
    case "alt": {
      const acc: First = { words: new Set(), prefixes: [], classes: new Set(), nullable: false };
      for (const o of node.options) {
        // One word, or words beginning with one (most family entries): no throwaway sets.
        const head = o.type === "seq" ? o.items[0] : o;
        if (head?.type === "lit") {
          acc.words.add(head.value);
          continue;
        }
        if (head?.type === "prefix") {
          acc.prefixes.push(head.value);
          continue;
        }
        const f = firstSet(o, fam, seen);
        if (f === null) return null;
        f.words.forEach((w) => acc.words.add(w));
        f.classes.forEach((c) => acc.classes.add(c));
        acc.prefixes.push(...f.prefixes);
        acc.nullable ||= f.nullable;
      }
      return acc;
    }
    case "seq": {
      // Usually the first item cannot be empty: its first set is the sequence's, shared as it is
      // (a sequence opening on "@drug" does not copy 995 words).
      const head = node.items[0];
      if (head !== undefined) {
        const f = firstSet(head, fam, seen);
        if (f === null) return null;
        if (!f.nullable) return f;
      }
      const acc: First = { words: new Set(), prefixes: [], classes: new Set(), nullable: true };
      for (const item of node.items) {
        const f = firstSet(item, fam, seen);
        if (f === null) return null;
        f.words.forEach((w) => acc.words.add(w));
        f.classes.forEach((c) => acc.classes.add(c));
        acc.prefixes.push(...f.prefixes);
        if (!f.nullable) {
          acc.nullable = false;
          break;
        }
      }
      // A sequence that can be empty cannot be indexed by its first word.
      return acc.nullable ? null : acc;
    }
  }
}
