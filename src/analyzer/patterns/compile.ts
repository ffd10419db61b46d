// The pattern compiler: a pattern's tree becomes a function over a token array that writes where
// its matches can end on one shared stack, so that matching allocates nothing.
import type { Token } from "../text/tokenize.js";
import { internWord } from "../text/word-ids.js";
import type { Node } from "./parse.js";
import type { Families } from "./families.js";
import { firstSet } from "./static-facts.js";
import { doubled, sortRange } from "./int-arrays.js";

export const MAX_DEPTH = 24;

/** A compiled node. Token positions live on one shared stack: the node reads its start positions
 *  at `stack[inFrom..inTo)`, writes the positions where a match of it can end from `stack[out]`
 *  up (duplicates allowed, removed at sequence boundaries), and returns where its ends stop. It may
 *  use the stack above its ends as scratch and never writes below `out` (which is at or above
 *  `inTo`). Matching thus allocates nothing, whatever the pattern. */
export type Compiled = (tokens: readonly Token[], inFrom: number, inTo: number, out: number, limit: number) => number;

export let stack = new Int32Array(1024);

/** Writes `v` at `stack[at]`, growing the stack when needed. */
function put(at: number, v: number): void {
  if (at >= stack.length) stack = doubled(stack, at + 1);
  stack[at] = v;
}

/** Sorts `stack[from..to)` and drops repeats; returns the new end. */
function dedupe(from: number, to: number): number {
  if (to - from < 2) return to;
  sortRange(stack, from, to);
  let w = from + 1;
  for (let r = from + 1; r < to; r++) if (stack[r] !== stack[w - 1]) stack[w++] = stack[r] as number;
  return w;
}

/** Prefixes indexed by their first three letters (prefixes are at least three letters long). The
 *  letters are read as one number: a look-up, done for every candidate start, slices no string. */
export class PrefixIndex {
  private readonly byHead = new Map<number, string[]>();
  readonly size: number;
  constructor(prefixes: readonly string[]) {
    for (const p of prefixes) {
      const head = headOf(p);
      const list = this.byHead.get(head);
      if (list) list.push(p);
      else this.byHead.set(head, [p]);
    }
    this.size = prefixes.length;
  }
  matches(word: string): boolean {
    if (this.size === 0 || word.length < 3) return false;
    const list = this.byHead.get(headOf(word));
    if (!list) return false;
    for (let k = 0; k < list.length; k++) if (word.startsWith(list[k] as string)) return true;
    return false;
  }
}

/** The first three UTF-16 units of `word` (at least three long) as one small integer, ten bits
 *  each: folded words are ASCII, and a rarer unit that shares a key only costs a `startsWith`. */
function headOf(word: string): number {
  return ((word.charCodeAt(0) & 1023) << 20) | ((word.charCodeAt(1) & 1023) << 10) | (word.charCodeAt(2) & 1023);
}

interface TrieNode {
  /** By word id (text/word-ids.ts). */
  next: Map<number, TrieNode>;
  end: boolean;
  prefixes: string[];
  prefixIndex?: PrefixIndex;
}

const newTrieNode = (): TrieNode => ({ next: new Map(), end: false, prefixes: [] });

/** A sequence of literal words, optionally ending with a prefix: the shape of most family entries. */
function literalPath(node: Node): { words: string[]; prefix?: string } | null {
  if (node.type === "lit") return { words: [node.value] };
  if (node.type === "prefix") return { words: [], prefix: node.value };
  if (node.type !== "seq") return null;
  const words: string[] = [];
  for (let i = 0; i < node.items.length; i++) {
    const item = node.items[i] as Node;
    if (item.type === "lit") words.push(item.value);
    else if (item.type === "prefix" && i === node.items.length - 1) return { words, prefix: item.value };
    else return null;
  }
  return { words };
}

export function compile(node: Node, fam: Families, depth: number): Compiled {
  if (depth > MAX_DEPTH) return (_t, _a, _b, out) => out;
  switch (node.type) {
    case "lit":
    case "prefix":
    case "class": {
      const test = tokenTest(node);
      return (tokens, a, b, out, limit) => {
        let o = out;
        for (let k = a; k < b; k++) {
          const p = stack[k] as number;
          if (p < limit && test(tokens[p] as Token)) put(o++, p + 1);
        }
        return o;
      };
    }
    case "family": {
      const cache = fam.compiled;
      const cached = cache?.get(node.name);
      if (cached) return cached;
      const target = fam.get(node.name);
      if (!target) return (_t, _a, _b, out) => out;
      // Compile lazily: a family used by many patterns is compiled once, on first use.
      let inner: Compiled | undefined;
      const lazy: Compiled = (tokens, a, b, out, limit) => (inner ??= compile(target, fam, depth + 1))(tokens, a, b, out, limit);
      cache?.set(node.name, lazy);
      return lazy;
    }
    case "seq": {
      const items = node.items.map((n) => compile(n, fam, depth));
      return (tokens, a, b, out, limit) => {
        // Each item reads the previous item's ends and writes its own just above them.
        let from = a;
        let to = b;
        let w = out;
        for (const item of items) {
          const end = dedupe(w, item(tokens, from, to, w, limit));
          from = w;
          to = end;
          w = end;
          if (from === to) return out;
        }
        if (items.length === 0) {
          // No items (the parser makes none): the starts themselves.
          for (let k = a; k < b; k++) put(out + k - a, stack[k] as number);
          return out + (b - a);
        }
        stack.copyWithin(out, from, to);
        return out + (to - from);
      };
    }
    case "alt": {
      const root = newTrieNode();
      // Options that are not plain word sequences, dispatched by their first word when it is a
      // literal: a family of 90 phrases tries at a position only the phrases that begin there.
      const others: Compiled[] = [];
      const byFirstWord = new Map<number, number[]>();
      const everywhere: number[] = [];
      let trieUsed = false;
      for (const option of node.options) {
        const path = literalPath(option);
        if (!path) {
          const k = others.length;
          others.push(compile(option, fam, depth));
          const first = firstSet(option, fam, new Set());
          if (first === null || first.prefixes.length > 0 || first.classes.size > 0) everywhere.push(k);
          else
            for (const w of first.words) {
              const id = internWord(w);
              const list = byFirstWord.get(id);
              if (list) list.push(k);
              else byFirstWord.set(id, [k]);
            }
          continue;
        }
        trieUsed = true;
        let at = root;
        for (const w of path.words) {
          const id = internWord(w);
          let nxt = at.next.get(id);
          if (!nxt) at.next.set(id, (nxt = newTrieNode()));
          at = nxt;
        }
        if (path.prefix !== undefined) at.prefixes.push(path.prefix);
        else at.end = true;
      }
      indexPrefixes(root);
      const dispatch = byFirstWord.size > 0;
      return (tokens, a, b, out, limit) => {
        let o = out;
        if (trieUsed) for (let k = a; k < b; k++) o = walkTrie(root, tokens, stack[k] as number, limit, o);
        for (const k of everywhere) o = (others[k] as Compiled)(tokens, a, b, o, limit);
        if (dispatch) {
          for (let k = a; k < b; k++) {
            const p = stack[k] as number;
            if (p >= limit) continue;
            const id = (tokens[p] as Token).id;
            // A word no rule names (-1) begins no option.
            const ks = id < 0 ? undefined : byFirstWord.get(id);
            if (!ks) continue;
            // One start at a time: the start goes at `o`, the option's ends above it, then the
            // ends move down over the start.
            for (const i of ks) {
              put(o, p);
              const end = (others[i] as Compiled)(tokens, o, o + 1, o + 1, limit);
              stack.copyWithin(o, o + 1, end);
              o = end - 1;
            }
          }
        }
        return o;
      };
    }
    case "opt": {
      const inner = compile(node.node, fam, depth);
      return (tokens, a, b, out, limit) => {
        // The starts themselves (nothing matched), then the inner node's ends.
        let o = out;
        for (let k = a; k < b; k++) put(o++, stack[k] as number);
        return inner(tokens, a, b, o, limit);
      };
    }
    case "gap": {
      const max = node.max;
      return (_tokens, a, b, out, limit) => {
        let o = out;
        for (let k = a; k < b; k++) {
          const p = stack[k] as number;
          for (let j = 0; j <= max && p + j <= limit; j++) put(o++, p + j);
        }
        return o;
      };
    }
  }
}

function indexPrefixes(node: TrieNode): void {
  if (node.prefixes.length > 0) node.prefixIndex = new PrefixIndex(node.prefixes);
  for (const child of node.next.values()) indexPrefixes(child);
}

/** Writes from `stack[out]` the ends of the trie's entries matched from `p`; returns where they
 *  stop (most walks stop at the first word). */
function walkTrie(root: TrieNode, tokens: readonly Token[], p: number, limit: number, out: number): number {
  let node: TrieNode | undefined = root;
  let i = p;
  let o = out;
  while (node) {
    if (node.end && i > p) put(o++, i);
    if (i >= limit) return o;
    const t = tokens[i] as Token;
    if (node.prefixIndex && t.kind === "word" && node.prefixIndex.matches(t.norm)) put(o++, i + 1);
    const id = t.id;
    node = id < 0 ? undefined : node.next.get(id);
    i++;
  }
  return o;
}

/** The test a one-token node makes, specialised by its kind. */
function tokenTest(node: Node): (t: Token) => boolean {
  switch (node.type) {
    case "lit": {
      const id = internWord(node.value);
      return (t) => t.id === id;
    }
    case "prefix": {
      const value = node.value;
      return (t) => t.kind === "word" && t.norm.startsWith(value);
    }
    case "class":
      return (t) => tokenMatches(node, t);
    default:
      return () => false;
  }
}

function tokenMatches(node: Node, t: Token): boolean {
  switch (node.type) {
    case "lit":
      return t.norm === node.value;
    case "prefix":
      return t.kind === "word" && t.norm.startsWith(node.value);
    case "class":
      switch (node.cls) {
        case "num":
          return t.kind === "num";
        case "word":
          return t.kind === "word";
        case "cap":
          return t.kind === "word" && t.cap;
        case "any":
          return true;
      }
      return false;
    default:
      return false;
  }
}
