// Where each pattern can start in a paragraph, found for all patterns at once in one pass over its
// tokens, instead of every pattern testing every token of every sentence it is asked about.
// Most patterns need a word that few paragraphs hold ("autisme", "@drug", "patiente"): they are
// indexed by that word, and their starts are looked for only in the few tokens before it (a match
// spans at most `maxLength` tokens). Patterns whose every part is common ("la", "the") are indexed
// by their first words, the ones a match must begin with.
import type { Token } from "../text/tokenize.js";

type TokenClass = "num" | "word" | "cap";

/** What a pattern exposes to be indexed. */
export interface Startable {
  /** Words, prefixes and token classes a match can start with (firstWords null: any token). */
  readonly firstWords: ReadonlySet<string> | null;
  readonly firstPrefixes: readonly string[];
  readonly firstClasses: ReadonlySet<TokenClass>;
  /** Words (or prefixes) one of which any match contains, or null. */
  readonly need: Need | null;
  /** Whether `need` is rare enough to index the pattern by it (it holds no very common word). */
  readonly needSelective: boolean;
  /** The most tokens a match can span (Infinity: unbounded). */
  readonly maxLength: number;
  canStartAt(token: Token): boolean;
}

export interface Need {
  words: ReadonlySet<string>;
  prefixes: readonly string[];
}

interface Built {
  /** Patterns registered when this paragraph was indexed (later ones force a rebuild). */
  count: number;
  /** Start positions by pattern id, ascending; absent where the pattern cannot start (sparse:
   *  a paragraph gives starts to a few dozen of the ~900 patterns). */
  starts: Map<number, number[]>;
}

const NONE: readonly number[] = [];

export class StartIndex {
  private readonly patterns: Startable[] = [];
  /** By word: the patterns that need it, and those indexed by their first words that start with it. */
  private readonly words = new Map<string, { needs: number[]; starts: number[] }>();
  /** The same for prefixes, by their first three letters. */
  private readonly heads = new Map<string, { needs: Array<{ prefix: string; id: number }>; starts: Array<{ prefix: string; id: number }> }>();
  private readonly byClass: Record<TokenClass, number[]> = { num: [], word: [], cap: [] };
  // Keyed by the paragraph's token array: the engine caches paragraphs, so their index lives as
  // long as they do, and a document-level pass over cached paragraphs finds it built.
  private readonly built = new WeakMap<readonly Token[], Built>();

  /** Registers a pattern; returns its id, or -1 when any token can start it (not indexed). */
  register(p: Startable): number {
    if (p.firstWords === null) return -1;
    const id = this.patterns.length;
    this.patterns.push(p);
    if (this.byNeed(p)) {
      for (const w of (p.need as Need).words) this.word(w).needs.push(id);
      for (const prefix of (p.need as Need).prefixes) this.head(prefix).needs.push({ prefix, id });
    } else {
      // A common need ("ne", "pas", "is") is found nearly wherever the pattern can start: tracking
      // it would cost more than the attempts it saves.
      for (const w of p.firstWords) this.word(w).starts.push(id);
      for (const prefix of p.firstPrefixes) this.head(prefix).starts.push({ prefix, id });
      for (const c of p.firstClasses) this.byClass[c].push(id);
    }
    return id;
  }

  /** Registers bare words, prefixes and token classes, for `occurring` only (a rule's triggers). */
  registerWords(words: ReadonlySet<string>, prefixes: readonly string[], classes: ReadonlySet<TokenClass>): number {
    return this.register({ firstWords: words, firstPrefixes: prefixes, firstClasses: classes, need: null, needSelective: false, maxLength: Infinity, canStartAt: () => true });
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
    return b.starts.get(id) ?? NONE;
  }

  /** Which registered ids can start somewhere in `tokens` (first words only, needs ignored): the
   *  engine's rule triggers, where a yes or no is all that is asked. */
  occurring(tokens: readonly Token[]): Uint8Array {
    const seen = new Uint8Array(this.patterns.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const w = this.words.get(t.norm);
      if (w) for (const id of w.starts) seen[id] = 1;
      if (t.kind === "num") for (const id of this.byClass.num) seen[id] = 1;
      else if (t.kind === "word") {
        for (const id of this.byClass.word) seen[id] = 1;
        if (t.cap) for (const id of this.byClass.cap) seen[id] = 1;
        const heads = this.heads.get(t.norm.slice(0, 3));
        if (heads) for (const { prefix, id } of heads.starts) if (t.norm.startsWith(prefix)) seen[id] = 1;
      }
    }
    return seen;
  }

  // The paragraph being analysed, without a WeakMap look-up on every call.
  private lastTokens: readonly Token[] | undefined;
  private last: Built | undefined;

  private word(w: string): { needs: number[]; starts: number[] } {
    let e = this.words.get(w);
    if (!e) this.words.set(w, (e = { needs: [], starts: [] }));
    return e;
  }

  private head(prefix: string): { needs: Array<{ prefix: string; id: number }>; starts: Array<{ prefix: string; id: number }> } {
    const key = prefix.slice(0, 3);
    let e = this.heads.get(key);
    if (!e) this.heads.set(key, (e = { needs: [], starts: [] }));
    return e;
  }

  private byNeed(p: Startable): boolean {
    return p.need !== null && p.needSelective && p.maxLength !== Infinity;
  }

  private build(tokens: readonly Token[]): Built {
    const count = this.patterns.length;
    // One pass: where each pattern's needed words are, and where the patterns indexed by their
    // first words can start.
    if (this.needed.length < count) this.needed = new Array(count);
    const needed = this.needed;
    const starts = new Map<number, number[]>();
    const withNeed: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const w = this.words.get(t.norm);
      if (w) {
        for (const id of w.needs) {
          if (needed[id] === undefined) withNeed.push(id);
          addTo(needed, id, i);
        }
        for (const id of w.starts) addStart(starts, id, i);
      }
      if (t.kind === "num") for (const id of this.byClass.num) addStart(starts, id, i);
      else if (t.kind === "word") {
        for (const id of this.byClass.word) addStart(starts, id, i);
        if (t.cap) for (const id of this.byClass.cap) addStart(starts, id, i);
        const heads = this.heads.get(t.norm.slice(0, 3));
        if (heads) {
          for (const { prefix, id } of heads.needs) {
            if (!t.norm.startsWith(prefix)) continue;
            if (needed[id] === undefined) withNeed.push(id);
            addTo(needed, id, i);
          }
          for (const { prefix, id } of heads.starts) if (t.norm.startsWith(prefix)) addStart(starts, id, i);
        }
      }
    }
    // A rare need: a start lies at most maxLength - 1 tokens before a needed word.
    for (const id of withNeed) {
      const p = this.patterns[id] as Startable;
      let from = 0;
      for (const n of needed[id] as number[]) {
        for (let i = Math.max(from, n - p.maxLength + 1); i <= n; i++) if (p.canStartAt(tokens[i] as Token)) addStart(starts, id, i);
        from = n + 1;
      }
      needed[id] = undefined;
    }
    // A token can reach one pattern through a word and a class: positions are pushed in token
    // order, so only adjacent duplicates can occur and `addStart` skips them.
    return { count, starts };
  }

  /** Scratch: needed-word positions by pattern id during one build (reset after it). */
  private needed: Array<number[] | undefined> = [];
}

function addStart(starts: Map<number, number[]>, id: number, i: number): void {
  const list = starts.get(id);
  if (!list) starts.set(id, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

function addTo(lists: Array<number[] | undefined>, id: number, i: number): void {
  const list = lists[id];
  if (!list) lists[id] = [i];
  else if (list[list.length - 1] !== i) list.push(i);
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
