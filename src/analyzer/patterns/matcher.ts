// Compiles patterns and word families into matchers over a token array.
import type { Token } from "../text/tokenize.js";
import { parseNormalised, type Node } from "./parse.js";
import { isStopWord } from "../text/language.js";
import { doubled, sortRange } from "./int-arrays.js";
import { lowerBound, NO_POSITIONS, type Need, type StartIndex, type Startable, type StartRange } from "./start-index.js";

export interface Families {
  get(name: string): Node | undefined;
  /** Compiled matchers of families, shared by every pattern that uses them. */
  compiled?: Map<string, Compiled>;
  /** What patterns learn about a family (its first words, needed words, length, checked), worked
   *  out once per table: many patterns name the same large families. */
  facts?: Map<string, FamilyFacts>;
  /** Names the table across builds ("shared", a rule set's id): shipped facts are keyed by it. */
  readonly id?: string;
}

export interface FamilyFacts {
  checked?: boolean;
  first?: First | null;
  need?: Need | null;
  maxLength?: number;
  reach?: number;
}

type FactKey = "first" | "need" | "maxLength" | "reach";

/** Fact `key` of family `name`, worked out once per table by `compute` on the family's tree, the
 *  family marked as seen. An unknown family and a family met again inside itself get the given
 *  answers (families are checked acyclic before facts are asked, so the memo never depends on
 *  `seen`). */
function familyFact<K extends FactKey, V extends FamilyFacts[K]>(
  fam: Families,
  name: string,
  seen: Set<string>,
  key: K,
  answers: { unknown: V; cyclic: V },
  compute: (node: Node, fam: Families, seen: Set<string>) => V,
): V {
  const target = fam.get(name);
  if (!target) return answers.unknown;
  if (seen.has(name)) return answers.cyclic;
  const facts = factsOf(fam, name);
  const known = facts[key];
  if (known !== undefined) return known as V;
  const value = compute(target, fam, new Set([...seen, name]));
  facts[key] = value;
  return value;
}

/** The facts record of family `name` in `fam` (a throwaway one when the table keeps none). */
function factsOf(fam: Families, name: string): FamilyFacts {
  if (!fam.facts) return {};
  let f = fam.facts.get(name);
  if (!f) fam.facts.set(name, (f = {}));
  return f;
}

export class FamilyTable implements Families {
  private readonly nodes = new Map<string, Node>();
  readonly compiled = new Map<string, Compiled>();
  readonly facts = new Map<string, FamilyFacts>();
  constructor(
    private readonly entries: Record<string, readonly string[]>,
    private readonly parent?: Families,
    readonly id?: string,
  ) {}
  get(name: string): Node | undefined {
    if (!Object.hasOwn(this.entries, name)) return this.parent?.get(name);
    // Parsed on first use: the gazetteer families hold thousands of entries, and a service worker
    // that wakes should not parse the families no pattern names.
    let node = this.nodes.get(name);
    if (!node) {
      const options = (this.entries[name] as readonly string[]).map((entry) => {
        // Most entries are plain lower-case words, already folded: no parser needed.
        if (PLAIN_WORDS.test(entry)) return plainWords(entry);
        try {
          return parseNormalised(entry);
        } catch (e) {
          throw new Error(`family "@${name}": ${(e as Error).message}`);
        }
      });
      node = options.length === 1 ? (options[0] as Node) : { type: "alt", options };
      this.nodes.set(name, node);
    }
    return node;
  }
  names(): string[] {
    return Object.keys(this.entries);
  }
  /** Parses every family now (the build's rule check): an entry no pattern uses is checked too. */
  parseAll(): void {
    for (const name of this.names()) this.get(name);
  }
}

/** Lower-case ASCII words separated by single spaces: read as they are written. */
const PLAIN_WORDS = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

function plainWords(entry: string): Node {
  if (!entry.includes(" ")) return { type: "lit", value: entry };
  return { type: "seq", items: entry.split(" ").map((value): Node => ({ type: "lit", value })) };
}

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
function factsOfNode(node: Node, families: Families): StartFactsInit {
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

/** Where a node can start and what it needs, for the start index: a pattern's facts, and those of
 *  each alternative of a pattern indexed by its parts. */
class StartFacts implements Startable, StartFactsInit {
  readonly firstWords: ReadonlySet<string> | null;
  readonly firstPrefixes: readonly string[];
  readonly firstClasses: ReadonlySet<"num" | "word" | "cap">;
  readonly need: Need | null;
  readonly needSelective: boolean;
  readonly maxLength: number;
  readonly reach: number;
  private readonly firstPrefixIndex: PrefixIndex;

  constructor(facts: StartFactsInit) {
    this.firstWords = facts.firstWords;
    this.firstPrefixes = facts.firstPrefixes;
    this.firstClasses = facts.firstClasses;
    this.firstPrefixIndex = new PrefixIndex(this.firstPrefixes);
    this.need = facts.need;
    this.needSelective = facts.needSelective;
    this.maxLength = facts.maxLength;
    this.reach = facts.reach;
  }

  canStartAt(token: Token): boolean {
    if (this.firstWords === null) return true;
    if (this.firstWords.has(token.norm)) return true;
    if (this.firstClasses.size > 0 && classStarts(this.firstClasses, token)) return true;
    return token.kind === "word" && this.firstPrefixIndex.matches(token.norm);
  }
}

/** The tree of a pattern source, its families checked (known, not referring to themselves). */
function parseChecked(source: string, families: Families): Node {
  const node = parseNormalised(source);
  checkFamilies(node, families, source, new Set());
  return node;
}

/** A compiled pattern: `match(tokens, from)` returns the end of the longest match at `from`. */
export class Pattern extends StartFacts implements PatternFacts {
  /** The alternatives the start index looks up one by one, when the pattern as a whole has no rare
   *  word but some of its alternatives do ("@care-encounter": "ma patiente", "admise à l'urgence"). */
  readonly parts: readonly StartFacts[] | undefined;
  /** Compiled on the first attempt: most patterns of a rule set never meet their needed word in
   *  a given session, and a waking service worker should not build their matchers. */
  private compiled: Compiled | undefined;
  /** The parsed source; parsed on first need when the facts were given. */
  private tree: Node | undefined;
  /** Id in the engine's start index (-1: not indexed, every token is tried). */
  private readonly startId: number;
  private startsOf: readonly Token[] | undefined;
  private readonly starts: StartRange = { positions: NO_POSITIONS, from: 0, to: 0 };

  /**
   * @param known the pattern's facts as the build worked them out for the same source, families
   *   and code (shipped-facts.ts): the source is then parsed only when first matched, and its
   *   families are trusted to be checked (the build checked them).
   */
  constructor(
    readonly source: string,
    private readonly families: Families,
    private readonly startIndex?: StartIndex,
    known?: PatternFacts,
  ) {
    const node = known ? undefined : parseChecked(source, families);
    super(known ?? factsOfNode(node as Node, families));
    this.tree = node;
    if (!startIndex || this.firstWords === null || this.needSelective) this.parts = undefined;
    else if (known) this.parts = known.parts?.map((p) => new StartFacts(p));
    else this.parts = partsOf(node as Node, families);
    this.startId = startIndex ? startIndex.register(this) : -1;
  }

  /** The pattern's tree (checked by the build when the facts were shipped). */
  get node(): Node {
    return (this.tree ??= parseNormalised(this.source));
  }

  /** What a paragraph must contain for this pattern to match anywhere in it (null: anything). */
  triggers(): Triggers | null {
    // Every match holds a needed word: when those are rare, they say best which paragraphs to skip.
    if (this.need !== null && this.needSelective) return { words: new Set(this.need.words), prefixes: [...this.need.prefixes], classes: new Set() };
    if (this.firstWords === null) return null;
    return { words: new Set(this.firstWords), prefixes: [...this.firstPrefixes], classes: new Set(this.firstClasses) };
  }

  /** End index (exclusive) of the longest match starting at `from`, or -1. */
  matchAt(tokens: readonly Token[], from: number, limit = tokens.length): number {
    const run = (this.compiled ??= compile(this.node, this.families, 0));
    // The start at the stack's bottom, the ends above it (matching never nests).
    stack[0] = from;
    const end = run(tokens, 0, 1, 1, limit);
    let best = -1;
    for (let k = 1; k < end; k++) {
      const e = stack[k] as number;
      if (e > best && e > from) best = e;
    }
    return best;
  }

  /** Whether a match may start somewhere in `tokens` (false only when the start index says none can). */
  mayStartIn(tokens: readonly Token[]): boolean {
    if (!this.startIndex || this.startId < 0) return true;
    this.rangeIn(tokens);
    return this.starts.from < this.starts.to;
  }

  /** The paragraph's starts of this pattern, looked up once per paragraph (rules ask sentence by
   *  sentence about one paragraph). */
  private rangeIn(tokens: readonly Token[]): void {
    if (this.startsOf !== tokens) {
      this.startsOf = tokens;
      (this.startIndex as StartIndex).range(tokens, this.startId, this.starts);
    }
  }

  /** Whether a match lies in tokens [from, limit): `findAll(…).length > 0`, stopping at the first. */
  occursIn(tokens: readonly Token[], from = 0, limit = tokens.length): boolean {
    return this.scan(tokens, from, limit, 1) > 0;
  }

  /** All non-overlapping matches, leftmost-longest, as token index ranges (read-only: the empty
   *  answer, by far the commonest, is one shared array). */
  findAll(tokens: readonly Token[], from = 0, limit = tokens.length): ReadonlyArray<readonly [number, number]> {
    const n = this.scan(tokens, from, limit);
    if (n === 0) return NO_MATCHES;
    const out: Array<readonly [number, number]> = [];
    for (let j = 0; j < n; j++) out.push([found[2 * j] as number, found[2 * j + 1] as number]);
    return out;
  }

  /** Writes the matches `findAll` returns into `found`, as start and end in turn, stopping after
   *  `max`; returns how many. Callers read them before the next scan (none runs in between:
   *  matching calls no other pattern's scan). */
  scan(tokens: readonly Token[], from = 0, limit = tokens.length, max = Infinity): number {
    let n = 0;
    if (this.startIndex && this.startId >= 0) {
      // Only where the paragraph's index says this pattern can start.
      this.rangeIn(tokens);
      const { positions, from: first, to } = this.starts;
      if (first === to) return 0;
      let next = from;
      let prev = -1;
      for (let k = lowerBound(positions, from, first, to); k < to; k++) {
        const i = positions[k] as number;
        if (i >= limit) break;
        // A pattern indexed by its alternatives can list a start twice.
        if (i < next || i === prev) continue;
        prev = i;
        const end = this.matchAt(tokens, i, limit);
        if (end > i) {
          record(n++, i, end);
          if (n >= max) return n;
          next = end;
        }
      }
      return n;
    }
    for (let i = from; i < limit; i++) {
      const t = tokens[i] as Token;
      if (!this.canStartAt(t)) continue;
      const end = this.matchAt(tokens, i, limit);
      if (end > i) {
        record(n++, i, end);
        if (n >= max) return n;
        i = end - 1;
      }
    }
    return n;
  }
}

/** Sorts [pattern, start, end] triples by start, then pattern (no two share both: a pattern's
 *  matches do not overlap). In place, by insertion for the usual few: `Array.prototype.sort`
 *  copies its array first. */
function byStartThenPattern(xs: Array<[number, number, number]>): void {
  if (xs.length > 16) {
    xs.sort((x, y) => x[1] - y[1] || x[0] - y[0]);
    return;
  }
  for (let i = 1; i < xs.length; i++) {
    const v = xs[i] as [number, number, number];
    let j = i - 1;
    while (j >= 0 && startsBefore(v, xs[j] as [number, number, number])) {
      xs[j + 1] = xs[j] as [number, number, number];
      j--;
    }
    xs[j + 1] = v;
  }
}

function startsBefore(x: readonly [number, number, number], y: readonly [number, number, number]): boolean {
  return x[1] < y[1] || (x[1] === y[1] && x[0] < y[0]);
}

/** The last scan's matches, start and end in turn: a scan builds no list of its own. */
let found = new Int32Array(64);

function record(k: number, start: number, end: number): void {
  if (2 * k + 1 >= found.length) found = doubled(found, 2 * k + 2);
  found[2 * k] = start;
  found[2 * k + 1] = end;
}

/** A pattern's alternatives as separately indexed parts, when at least one has a rare need. */
function partsOf(node: Node, families: Families): StartFacts[] | undefined {
  let at: Node | undefined = node;
  for (let hops = 0; at?.type === "family" && hops < MAX_DEPTH; hops++) at = families.get(at.name);
  if (at?.type !== "alt") return undefined;
  const parts = at.options.map((o) => new StartFacts(factsOfNode(o, families)));
  if (!parts.some((p) => p.needSelective && p.maxLength !== Infinity)) return undefined;
  return parts;
}

// Not frozen: iterating a frozen array takes V8's slow path, which allocates an iterator each time.
const NO_MATCHES: ReadonlyArray<readonly [number, number]> = [];
const NO_TRIPLES: ReadonlyArray<readonly [number, number, number]> = [];
const MAX_DEPTH = 24;

/** A compiled node. Token positions live on one shared stack: the node reads its start positions
 *  at `stack[inFrom..inTo)`, writes the positions where a match of it can end from `stack[out]`
 *  up (duplicates allowed, removed at sequence boundaries), and returns where its ends stop. It may
 *  use the stack above its ends as scratch and never writes below `out` (which is at or above
 *  `inTo`). Matching thus allocates nothing, whatever the pattern. */
export type Compiled = (tokens: readonly Token[], inFrom: number, inTo: number, out: number, limit: number) => number;

let stack = new Int32Array(1024);

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
class PrefixIndex {
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

function compile(node: Node, fam: Families, depth: number): Compiled {
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
      const byFirstWord = new Map<string, number[]>();
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
              const list = byFirstWord.get(w);
              if (list) list.push(k);
              else byFirstWord.set(w, [k]);
            }
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
      const dispatch = byFirstWord.size > 0;
      return (tokens, a, b, out, limit) => {
        let o = out;
        if (trieUsed) for (let k = a; k < b; k++) o = walkTrie(root, tokens, stack[k] as number, limit, o);
        for (const k of everywhere) o = (others[k] as Compiled)(tokens, a, b, o, limit);
        if (dispatch) {
          for (let k = a; k < b; k++) {
            const p = stack[k] as number;
            if (p >= limit) continue;
            const ks = byFirstWord.get((tokens[p] as Token).norm);
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
    node = node.next.get(t.norm);
    i++;
  }
  return o;
}

/** The test a one-token node makes, specialised by its kind. */
function tokenTest(node: Node): (t: Token) => boolean {
  switch (node.type) {
    case "lit": {
      const value = node.value;
      return (t) => t.norm === value;
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

function checkFamilies(node: Node, fam: Families, source: string, seen: Set<string>): void {
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

const COMMON_COST = 1000;

/** A stop word, or a one-character token other than a letter (punctuation, a digit): found nearly
 *  everywhere. A lone letter ("d" in "/d", "h" in "q 4 h") is rare in prose. */
function isCommonWord(w: string): boolean {
  return isStopWord(w) || (w.length < 2 && !(w >= "a" && w <= "z"));
}

/** How poor a filter a need is: its size, and far worse when it holds a very common word. */
// Families' needs are shared objects, weighed once each (a drug family's need holds 995 words).
const costs = new WeakMap<Need, number>();

function needCost(n: Need): number {
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

/** Many patterns matched over one range: each pattern's matches (found from the paragraph's start
 *  index when the patterns are indexed), in the order of their start. */
export class PatternSet {
  constructor(readonly patterns: readonly Pattern[]) {
    this.active = new Int32Array(patterns.length);
  }

  /** The paragraph last asked about, and which patterns may start in it: a set is asked sentence
   *  by sentence, and most of its patterns have no start in a given paragraph. */
  private activeOf: readonly Token[] | undefined;
  /** Their indexes, in the first `activeCount` places: one buffer per set, filled again for each
   *  paragraph (a list per set and paragraph was a twentieth of what a long draft allocated). */
  private readonly active: Int32Array;
  private activeCount = 0;

  triggers(): Triggers | null {
    return mergeTriggers(this.patterns.map((p) => p.triggers()));
  }

  /** Whether one of the patterns may start somewhere in `tokens`. */
  mayStartIn(tokens: readonly Token[]): boolean {
    return this.activeIn(tokens) > 0;
  }

  /** How many patterns may start in `tokens` (their indexes: `active`), worked out once per
   *  paragraph. */
  private activeIn(tokens: readonly Token[]): number {
    if (this.activeOf !== tokens) {
      this.activeOf = tokens;
      let n = 0;
      for (let k = 0; k < this.patterns.length; k++) if ((this.patterns[k] as Pattern).mayStartIn(tokens)) this.active[n++] = k;
      this.activeCount = n;
    }
    return this.activeCount;
  }

  /** Each pattern's matches in turn, in the set's order (the patterns that cannot start in the
   *  paragraph are skipped). */
  matchesByPattern(tokens: readonly Token[], from = 0, limit = tokens.length): ReadonlyArray<readonly [number, number]> {
    let out: Array<readonly [number, number]> | undefined;
    for (let j = 0, live = this.activeIn(tokens); j < live; j++) {
      const k = this.active[j] as number;
      const n = (this.patterns[k] as Pattern).scan(tokens, from, limit);
      for (let m = 0; m < n; m++) (out ??= []).push([found[2 * m] as number, found[2 * m + 1] as number]);
    }
    return out ?? NO_MATCHES;
  }

  /** Calls `fn` with each pattern's index and matches in turn, in the set's order. */
  forEachMatch(tokens: readonly Token[], from: number, limit: number, fn: (k: number, start: number, end: number) => void): void {
    for (let j = 0, live = this.activeIn(tokens); j < live; j++) {
      const k = this.active[j] as number;
      // Copied out first: `fn` may scan other patterns.
      const n = (this.patterns[k] as Pattern).scan(tokens, from, limit);
      if (n === 0) continue;
      const ends = found.slice(0, 2 * n);
      for (let m = 0; m < n; m++) fn(k, ends[2 * m] as number, ends[2 * m + 1] as number);
    }
  }

  /** Whether a pattern matches in tokens [from, limit) (with `accept`: a match it accepts). */
  some(tokens: readonly Token[], from = 0, limit = tokens.length, accept?: (range: readonly [number, number]) => boolean): boolean {
    for (let j = 0, live = this.activeIn(tokens); j < live; j++) {
      const k = this.active[j] as number;
      const p = this.patterns[k] as Pattern;
      if (accept ? p.findAll(tokens, from, limit).some(accept) : p.occursIn(tokens, from, limit)) return true;
    }
    return false;
  }

  /** Non-overlapping leftmost-longest matches of each pattern, as [pattern index, start, end]. */
  findAll(tokens: readonly Token[], from = 0, limit = tokens.length): ReadonlyArray<readonly [number, number, number]> {
    let out: Array<[number, number, number]> | undefined;
    for (let j = 0, live = this.activeIn(tokens); j < live; j++) {
      const k = this.active[j] as number;
      const n = (this.patterns[k] as Pattern).scan(tokens, from, limit);
      for (let m = 0; m < n; m++) (out ??= []).push([k, found[2 * m] as number, found[2 * m + 1] as number]);
    }
    if (!out) return NO_TRIPLES;
    if (out.length > 1) byStartThenPattern(out);
    return out;
  }
}
