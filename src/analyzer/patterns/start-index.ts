// Where each pattern can start in a paragraph, found in one pass over its tokens for all patterns
// at once: a token looks up the patterns whose first word it is (one map look-up), instead of
// every pattern testing every token of every sentence it is asked about.
import type { Token } from "../text/tokenize.js";

type TokenClass = "num" | "word" | "cap";

/** What a pattern exposes to be indexed: the words, prefixes and token classes it can start with. */
export interface Startable {
  readonly firstWords: ReadonlySet<string> | null;
  readonly firstPrefixes: readonly string[];
  readonly firstClasses: ReadonlySet<TokenClass>;
  /** Words (or prefixes) one of which any match contains: a paragraph without them is skipped. */
  readonly need: Need | null;
  /** The most tokens a match can span (Infinity: unbounded): a start is kept only if a needed
   *  word lies within that reach. */
  readonly maxLength: number;
}

export interface Need {
  words: ReadonlySet<string>;
  prefixes: readonly string[];
}

interface Built {
  /** Patterns registered when this paragraph was indexed (later ones force a rebuild). */
  count: number;
  /** Start positions by pattern id, ascending; undefined where the pattern cannot start. */
  starts: Array<number[] | undefined>;
}

const NONE: readonly number[] = [];

export class StartIndex {
  private readonly byWord = new Map<string, number[]>();
  private readonly byPrefixHead = new Map<string, Array<{ prefix: string; id: number }>>();
  private readonly byClass: Record<TokenClass, number[]> = { num: [], word: [], cap: [] };
  private readonly needByWord = new Map<string, number[]>();
  private readonly needByPrefixHead = new Map<string, Array<{ prefix: string; id: number }>>();
  private readonly hasNeed: boolean[] = [];
  private readonly reach: number[] = [];
  private count = 0;
  // Keyed by the paragraph's token array: the engine caches paragraphs, so their index lives as
  // long as they do, and a document-level pass over cached paragraphs finds it built.
  private readonly built = new WeakMap<readonly Token[], Built>();

  /** Registers a pattern; returns its id, or -1 when any token can start it (not indexed). */
  register(p: Startable): number {
    if (p.firstWords === null) return -1;
    const id = this.count++;
    for (const w of p.firstWords) push(this.byWord, w, id);
    for (const prefix of p.firstPrefixes) pushPrefix(this.byPrefixHead, prefix, id);
    for (const c of p.firstClasses) this.byClass[c].push(id);
    this.hasNeed[id] = p.need !== null;
    this.reach[id] = p.maxLength;
    if (p.need) {
      for (const w of p.need.words) push(this.needByWord, w, id);
      for (const prefix of p.need.prefixes) pushPrefix(this.needByPrefixHead, prefix, id);
    }
    return id;
  }

  /** Ascending token positions where pattern `id` can start in `tokens`. */
  positions(tokens: readonly Token[], id: number): readonly number[] {
    let b = this.lastTokens === tokens ? this.last : this.built.get(tokens);
    if (!b || b.count <= id) {
      b = this.build(tokens);
      this.built.set(tokens, b);
    }
    this.lastTokens = tokens;
    this.last = b;
    return b.starts[id] ?? NONE;
  }

  // The paragraph being analysed, without a WeakMap look-up on every call.
  private lastTokens: readonly Token[] | undefined;
  private last: Built | undefined;

  private build(tokens: readonly Token[]): Built {
    // First where each pattern's needed words are: most patterns need a word the paragraph lacks,
    // and those are never looked at again.
    const needed: Array<number[] | undefined> = new Array(this.count);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const ids = this.needByWord.get(t.norm);
      if (ids) for (const id of ids) addTo(needed, id, i);
      if (t.kind === "word") {
        const heads = this.needByPrefixHead.get(t.norm.slice(0, 3));
        if (heads) for (const { prefix, id } of heads) if (t.norm.startsWith(prefix)) addTo(needed, id, i);
      }
    }
    const starts: Array<number[] | undefined> = new Array(this.count);
    const add = (id: number, i: number) => {
      if (!this.hasNeed[id] || needed[id] !== undefined) addTo(starts, id, i);
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const ids = this.byWord.get(t.norm);
      if (ids) for (const id of ids) add(id, i);
      if (t.kind === "num") for (const id of this.byClass.num) add(id, i);
      else if (t.kind === "word") {
        for (const id of this.byClass.word) add(id, i);
        if (t.cap) for (const id of this.byClass.cap) add(id, i);
        const heads = this.byPrefixHead.get(t.norm.slice(0, 3));
        if (heads) for (const { prefix, id } of heads) if (t.norm.startsWith(prefix)) add(id, i);
      }
    }
    // A token can reach one pattern through a word and a class: positions are pushed in token
    // order, so only adjacent duplicates can occur and `addTo` skips them. A match holds one of
    // its needed words: keep only the starts with one in reach.
    for (let id = 0; id < this.count; id++) {
      const list = starts[id];
      const at = needed[id];
      if (list && at) starts[id] = withinReach(list, at, this.reach[id] as number);
    }
    return { count: this.count, starts };
  }
}

function addTo(lists: Array<number[] | undefined>, id: number, i: number): void {
  const list = lists[id];
  if (!list) lists[id] = [i];
  else if (list[list.length - 1] !== i) list.push(i);
}

/** The starts `s` with a needed position `n` such that s ≤ n < s + reach (both ascending). */
function withinReach(starts: number[], needed: readonly number[], reach: number): number[] | undefined {
  const out: number[] = [];
  let k = 0;
  for (const s of starts) {
    while (k < needed.length && (needed[k] as number) < s) k++;
    if (k === needed.length) break;
    if ((needed[k] as number) < s + reach) out.push(s);
  }
  return out.length > 0 ? out : undefined;
}

function pushPrefix(map: Map<string, Array<{ prefix: string; id: number }>>, prefix: string, id: number): void {
  const head = prefix.slice(0, 3);
  const list = map.get(head);
  if (list) list.push({ prefix, id });
  else map.set(head, [{ prefix, id }]);
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/** First index in ascending `xs` whose value is ≥ `x`. */
export function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
