// Compiles patterns and word families into matchers over a token array.
import type { Token } from "../text/tokenize.js";
import { normaliseLiterals, parsePattern, type Node } from "./parse.js";

export interface Families {
  get(name: string): Node | undefined;
  /** Compiled matchers of families, shared by every pattern that uses them. */
  compiled?: Map<string, Compiled>;
}

export class FamilyTable implements Families {
  private readonly nodes = new Map<string, Node>();
  readonly compiled = new Map<string, Compiled>();
  constructor(entries: Record<string, readonly string[]>, private readonly parent?: Families) {
    for (const [name, list] of Object.entries(entries)) {
      const options = list.map((entry) => normaliseLiterals(parsePattern(entry)));
      this.nodes.set(name, options.length === 1 ? (options[0] as Node) : { type: "alt", options });
    }
  }
  get(name: string): Node | undefined {
    return this.nodes.get(name) ?? this.parent?.get(name);
  }
  names(): string[] {
    return [...this.nodes.keys()];
  }
}

/** A compiled pattern: `match(tokens, from)` returns the end of the longest match at `from`. */
export class Pattern {
  readonly node: Node;
  /** Folded words one of which must be the first token (null: any token may start a match). */
  readonly firstWords: ReadonlySet<string> | null;
  readonly firstPrefixes: readonly string[];
  readonly firstClasses: ReadonlySet<"num" | "word" | "cap">;
  private readonly firstPrefixIndex: PrefixIndex;
  private readonly compiled: Compiled;

  constructor(
    readonly source: string,
    private readonly families: Families,
  ) {
    this.node = normaliseLiterals(parsePattern(source));
    checkFamilies(this.node, families, source, new Set());
    const first = firstSet(this.node, families, new Set());
    this.firstWords = first === null ? null : first.words;
    this.firstPrefixes = first === null ? [] : first.prefixes;
    this.firstClasses = first === null ? new Set() : first.classes;
    this.firstPrefixIndex = new PrefixIndex(this.firstPrefixes);
    this.compiled = compile(this.node, families, 0);
  }

  canStartAt(token: Token): boolean {
    if (this.firstWords === null) return true;
    if (this.firstWords.has(token.norm)) return true;
    if (this.firstClasses.size > 0 && classStarts(this.firstClasses, token)) return true;
    return token.kind === "word" && this.firstPrefixIndex.matches(token.norm);
  }

  /** What a paragraph must contain for this pattern to match anywhere in it (null: anything). */
  triggers(): Triggers | null {
    if (this.firstWords === null) return null;
    return { words: new Set(this.firstWords), prefixes: [...this.firstPrefixes], classes: new Set(this.firstClasses) };
  }

  /** End index (exclusive) of the longest match starting at `from`, or -1. */
  matchAt(tokens: readonly Token[], from: number, limit = tokens.length): number {
    const ends = this.compiled(tokens, [from], limit);
    let best = -1;
    for (const e of ends) if (e > best && e > from) best = e;
    return best;
  }

  /** All non-overlapping matches, leftmost-longest, as token index ranges. */
  findAll(tokens: readonly Token[], from = 0, limit = tokens.length): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let i = from; i < limit; i++) {
      const t = tokens[i] as Token;
      if (!this.canStartAt(t)) continue;
      const end = this.matchAt(tokens, i, limit);
      if (end > i) {
        out.push([i, end]);
        i = end - 1;
      }
    }
    return out;
  }
}

const MAX_DEPTH = 24;

/** A compiled node: from a list of start positions, the list of positions where a match of the
 *  node can end (duplicates allowed, removed at sequence boundaries). */
export type Compiled = (tokens: readonly Token[], starts: readonly number[], limit: number) => number[];

/** Prefixes indexed by their first three letters (prefixes are at least three letters long). */
class PrefixIndex {
  private readonly byHead = new Map<string, string[]>();
  readonly size: number;
  constructor(prefixes: readonly string[]) {
    for (const p of prefixes) {
      const head = p.slice(0, 3);
      const list = this.byHead.get(head);
      if (list) list.push(p);
      else this.byHead.set(head, [p]);
    }
    this.size = prefixes.length;
  }
  matches(word: string): boolean {
    if (this.size === 0) return false;
    const list = this.byHead.get(word.slice(0, 3));
    if (!list) return false;
    for (const p of list) if (word.startsWith(p)) return true;
    return false;
  }
}

interface TrieNode {
  next: Map<string, TrieNode>;
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

function dedupe(xs: number[]): number[] {
  if (xs.length < 2) return xs;
  xs.sort((a, b) => a - b);
  let w = 1;
  for (let r = 1; r < xs.length; r++) if (xs[r] !== xs[w - 1]) xs[w++] = xs[r] as number;
  xs.length = w;
  return xs;
}

function compile(node: Node, fam: Families, depth: number): Compiled {
  if (depth > MAX_DEPTH) return () => [];
  switch (node.type) {
    case "lit":
    case "prefix":
    case "class":
      return (tokens, starts, limit) => {
        const out: number[] = [];
        for (const p of starts) if (p < limit && tokenMatches(node, tokens[p] as Token)) out.push(p + 1);
        return out;
      };
    case "family": {
      const cache = fam.compiled;
      const cached = cache?.get(node.name);
      if (cached) return cached;
      const target = fam.get(node.name);
      if (!target) return () => [];
      // Compile lazily: a family used by many patterns is compiled once, on first use.
      let inner: Compiled | undefined;
      const lazy: Compiled = (tokens, starts, limit) => (inner ??= compile(target, fam, depth + 1))(tokens, starts, limit);
      cache?.set(node.name, lazy);
      return lazy;
    }
    case "seq": {
      const items = node.items.map((n) => compile(n, fam, depth));
      return (tokens, starts, limit) => {
        let cur: number[] = starts as number[];
        for (const item of items) {
          cur = dedupe(item(tokens, cur, limit));
          if (cur.length === 0) break;
        }
        return cur;
      };
    }
    case "alt": {
      const root = newTrieNode();
      const others: Compiled[] = [];
      let trieUsed = false;
      for (const option of node.options) {
        const path = literalPath(option);
        if (!path) {
          others.push(compile(option, fam, depth));
          continue;
        }
        trieUsed = true;
        let at = root;
        for (const w of path.words) {
          let nxt = at.next.get(w);
          if (!nxt) at.next.set(w, (nxt = newTrieNode()));
          at = nxt;
        }
        if (path.prefix !== undefined) at.prefixes.push(path.prefix);
        else at.end = true;
      }
      indexPrefixes(root);
      return (tokens, starts, limit) => {
        const out: number[] = [];
        if (trieUsed) for (const p of starts) walkTrie(root, tokens, p, limit, out);
        for (const o of others) for (const e of o(tokens, starts, limit)) out.push(e);
        return out;
      };
    }
    case "opt": {
      const inner = compile(node.node, fam, depth);
      return (tokens, starts, limit) => {
        const out = [...starts];
        for (const e of inner(tokens, starts, limit)) out.push(e);
        return out;
      };
    }
    case "gap": {
      const max = node.max;
      return (_tokens, starts, limit) => {
        const out: number[] = [];
        for (const p of starts) for (let k = 0; k <= max && p + k <= limit; k++) out.push(p + k);
        return out;
      };
    }
  }
}

function indexPrefixes(node: TrieNode): void {
  if (node.prefixes.length > 0) node.prefixIndex = new PrefixIndex(node.prefixes);
  for (const child of node.next.values()) indexPrefixes(child);
}

function walkTrie(root: TrieNode, tokens: readonly Token[], p: number, limit: number, out: number[]): void {
  let node: TrieNode | undefined = root;
  let i = p;
  while (node) {
    if (node.end && i > p) out.push(i);
    if (i >= limit) return;
    const t = tokens[i] as Token;
    if (node.prefixIndex && t.kind === "word" && node.prefixIndex.matches(t.norm)) out.push(i + 1);
    node = node.next.get(t.norm);
    i++;
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

function checkFamilies(node: Node, fam: Families, source: string, seen: Set<string>): void {
  switch (node.type) {
    case "family": {
      const target = fam.get(node.name);
      if (!target) throw new Error(`unknown family "@${node.name}" in pattern "${source}"`);
      if (seen.has(node.name)) throw new Error(`family "@${node.name}" refers to itself in pattern "${source}"`);
      checkFamilies(target, fam, source, new Set([...seen, node.name]));
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

interface First {
  words: Set<string>;
  prefixes: string[];
  /** Token classes that can start a match (#num, #word, #cap). */
  classes: Set<"num" | "word" | "cap">;
  /** The node can match zero tokens. */
  nullable: boolean;
}

/** The words that can start a match, or null when any token can. */
function firstSet(node: Node, fam: Families, seen: Set<string>): First | null {
  switch (node.type) {
    case "lit":
      return { words: new Set([node.value]), prefixes: [], classes: new Set(), nullable: false };
    case "prefix":
      return { words: new Set(), prefixes: [node.value], classes: new Set(), nullable: false };
    case "class":
      return node.cls === "any" ? null : { words: new Set(), prefixes: [], classes: new Set([node.cls]), nullable: false };
    case "gap":
      return null;
    case "family": {
      const target = fam.get(node.name);
      if (!target || seen.has(node.name)) return null;
      return firstSet(target, fam, new Set([...seen, node.name]));
    }
    case "opt": {
      const inner = firstSet(node.node, fam, seen);
      return inner === null ? null : { ...inner, nullable: true };
    }
    case "alt": {
      const acc: First = { words: new Set(), prefixes: [], classes: new Set(), nullable: false };
      for (const o of node.options) {
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

function classStarts(classes: ReadonlySet<"num" | "word" | "cap">, t: Token): boolean {
  return (classes.has("num") && t.kind === "num") || (classes.has("word") && t.kind === "word") || (classes.has("cap") && t.kind === "word" && t.cap);
}

/** Words, prefixes and token classes one of which a paragraph must contain for a rule to fire. */
export interface Triggers {
  words: Set<string>;
  prefixes: string[];
  classes: Set<"num" | "word" | "cap">;
}

export function mergeTriggers(list: ReadonlyArray<Triggers | null>): Triggers | null {
  const out: Triggers = { words: new Set(), prefixes: [], classes: new Set() };
  for (const t of list) {
    if (t === null) return null;
    t.words.forEach((w) => out.words.add(w));
    t.classes.forEach((c) => out.classes.add(c));
    out.prefixes.push(...t.prefixes);
  }
  return out;
}

/** The words of one paragraph, indexed for trigger checks. */
export class ParagraphIndex {
  readonly words = new Set<string>();
  private readonly heads = new Map<string, string[]>();
  readonly classes = new Set<"num" | "word" | "cap">();
  constructor(tokens: readonly Token[]) {
    for (const t of tokens) {
      if (this.words.has(t.norm)) continue;
      this.words.add(t.norm);
      if (t.kind === "num") this.classes.add("num");
      if (t.kind === "word") {
        this.classes.add("word");
        if (t.cap) this.classes.add("cap");
        const head = t.norm.slice(0, 3);
        const list = this.heads.get(head);
        if (list) list.push(t.norm);
        else this.heads.set(head, [t.norm]);
      }
    }
  }
  /** Could a rule with these triggers fire in this paragraph? */
  admits(t: Triggers | null): boolean {
    if (t === null) return true;
    for (const c of t.classes) if (this.classes.has(c)) return true;
    if (t.words.size < this.words.size) {
      for (const w of t.words) if (this.words.has(w)) return true;
    } else {
      for (const w of this.words) if (t.words.has(w)) return true;
    }
    for (const p of t.prefixes) {
      const list = this.heads.get(p.slice(0, 3));
      if (list) for (const w of list) if (w.startsWith(p)) return true;
    }
    return false;
  }
}

/** Many patterns matched in one pass: each token looks up only the patterns that can start with
 *  it (one map look-up), instead of every pattern testing every token. */
export class PatternSet {
  private readonly byWord = new Map<string, number[]>();
  private readonly byPrefixHead = new Map<string, Array<{ prefix: string; index: number }>>();
  private readonly anyStart: number[] = [];
  private readonly byClass: Array<{ classes: ReadonlySet<"num" | "word" | "cap">; index: number }> = [];

  constructor(readonly patterns: readonly Pattern[]) {
    patterns.forEach((p, index) => {
      if (p.firstWords === null) {
        this.anyStart.push(index);
        return;
      }
      if (p.firstClasses.size > 0) this.byClass.push({ classes: p.firstClasses, index });
      for (const w of p.firstWords) {
        const list = this.byWord.get(w);
        if (list) list.push(index);
        else this.byWord.set(w, [index]);
      }
      for (const prefix of p.firstPrefixes) {
        const head = prefix.slice(0, 3);
        const list = this.byPrefixHead.get(head);
        if (list) list.push({ prefix, index });
        else this.byPrefixHead.set(head, [{ prefix, index }]);
      }
    });
  }

  triggers(): Triggers | null {
    return mergeTriggers(this.patterns.map((p) => p.triggers()));
  }

  // Scratch space reused across calls (no allocation per sentence on the hot path).
  private nextFree = new Int32Array(0);
  private seen = new Int32Array(0);
  private stamp = 0;

  /** Non-overlapping leftmost-longest matches of each pattern, as [pattern index, start, end]. */
  findAll(tokens: readonly Token[], from = 0, limit = tokens.length): Array<[number, number, number]> {
    const out: Array<[number, number, number]> = [];
    const n = this.patterns.length;
    if (this.nextFree.length < n) {
      this.nextFree = new Int32Array(n);
      this.seen = new Int32Array(n);
    }
    this.nextFree.fill(-1, 0, n);
    const tryAt = (k: number, i: number) => {
      if (this.seen[k] === this.stamp) return;
      this.seen[k] = this.stamp;
      if ((this.nextFree[k] as number) > i) return;
      const end = (this.patterns[k] as Pattern).matchAt(tokens, i, limit);
      if (end > i) {
        out.push([k, i, end]);
        this.nextFree[k] = end;
      }
    };
    for (let i = from; i < limit; i++) {
      const t = tokens[i] as Token;
      // A new stamp a token: a pattern is tried at most once per start position.
      this.stamp = (this.stamp + 1) | 0;
      if (this.stamp === 0) {
        this.seen.fill(0);
        this.stamp = 1;
      }
      const byWord = this.byWord.get(t.norm);
      if (byWord) for (const k of byWord) tryAt(k, i);
      if (t.kind === "word" && this.byPrefixHead.size > 0) {
        const heads = this.byPrefixHead.get(t.norm.slice(0, 3));
        if (heads) for (const { prefix, index } of heads) if (t.norm.startsWith(prefix)) tryAt(index, i);
      }
      for (const k of this.anyStart) tryAt(k, i);
      for (const { classes, index } of this.byClass) if (classStarts(classes, t)) tryAt(index, i);
    }
    // Matches in the order of their start, as a single pass over patterns would give per pattern.
    return out;
  }
}
