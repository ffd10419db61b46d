// Where each pattern can start in a paragraph, found for all patterns at once in one pass over its
// tokens, instead of every pattern testing every token of every sentence it is asked about.
// Most patterns need a word that few paragraphs hold ("autisme", "@drug", "patiente"): they are
// indexed by that word, and their starts are looked for only in the few tokens before it (a match
// spans at most `maxLength` tokens). Patterns whose every part is common ("la", "the") are indexed
// by their first words, the ones a match must begin with.
import type { Token } from "../text/tokenize.js";
import { doubled, sortRange } from "./int-arrays.js";

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
  /** The most tokens from a match's start to its needed word, that word included (≤ maxLength). */
  readonly reach?: number;
  canStartAt(token: Token): boolean;
  /** Alternatives indexed each on its own (a family of phrases, some with a rare word and some
   *  made of common words): the pattern's starts are the union of theirs. */
  readonly parts?: readonly Startable[];
}

export interface Need {
  words: ReadonlySet<string>;
  prefixes: readonly string[];
}

interface Built {
  /** Patterns registered when this paragraph was indexed (later ones force a rebuild). */
  count: number;
  /** One typed array (a paragraph's index is one object, not a list per pattern, and its numbers
   *  live outside the collected heap, which the paragraph cache would otherwise fill):
   *  `[m, id_1 … id_m, end_0 … end_m, positions…]`. The m patterns that can start in the paragraph
   *  are listed in ascending order; the starts of the j-th lie at `layout[end_j-1]` up to (not
   *  including) `layout[end_j]`, ascending. */
  layout: Int32Array;
}

/** Where a pattern's starts lie in a paragraph's index: `positions[from]` to `positions[to - 1]`. */
export interface StartRange {
  positions: Int32Array;
  from: number;
  to: number;
}

/** What one word (by its folded spelling) brings to the index: the patterns that need it and
 *  those that can start with it, through whole words and prefixes alike. */
interface WordEntry {
  needs: readonly number[];
  starts: readonly number[];
}

const NO_IDS: readonly number[] = [];
/** The starts of a pattern not looked up yet. */
export const NO_POSITIONS = new Int32Array(0);
const NOTHING: WordEntry = { needs: NO_IDS, starts: NO_IDS };
/** Words remembered before the memo is emptied (a long session's vocabulary stays well below). */
const MEMO_LIMIT = 50_000;


export class StartIndex {
  /** What is indexed, by slot: a pattern, or one alternative of a pattern indexed by its parts. */
  private readonly patterns: Startable[] = [];
  /** By slot, the id of the pattern it finds starts for. */
  private readonly target: number[] = [];
  /** By slot, the most tokens from a start to the needed word, that word included. */
  private readonly reach: number[] = [];
  /** Registered ids (patterns and rule triggers). */
  private count = 0;
  /** By id, its first slot (an id's slots are consecutive, and slots grow with ids). */
  private readonly firstSlot: number[] = [];
  /** Ids whose starts come from several slots (out of order, possibly repeated, until sorted). */
  private readonly merged = new Set<number>();
  /** By word: the slots that need it (in groups sharing one need), and the slots indexed by their
   *  first words that start with it. */
  private readonly needWords = new Map<string, number[][]>();
  private readonly startWords = new Map<string, number[]>();
  /** The same for prefixes, by their first three letters. */
  private readonly heads = new Map<string, { needs: Array<{ prefix: string; ids: number[] }>; starts: Array<{ prefix: string; id: number }> }>();
  /** Patterns by the need they share: a family's need is one object, which every pattern built on
   *  the family holds ("@drug" has 995 words), so its words are registered once, not per pattern. */
  private readonly byNeedObject = new Map<Need, number[]>();
  private readonly byClass: Record<TokenClass, number[]> = { num: [], word: [], cap: [] };
  // Keyed by the paragraph's token array: the engine caches paragraphs, so their index lives as
  // long as they do, and a document-level pass over cached paragraphs finds it built.
  private readonly built = new WeakMap<readonly Token[], Built>();

  /** Registers a pattern; returns its id, or -1 when any token can start it (not indexed). */
  register(p: Startable): number {
    if (p.firstWords === null) return -1;
    const id = this.count++;
    this.firstSlot.push(this.patterns.length);
    this.memo.clear();
    this.otherMemo.clear();
    this.wordsById = [];
    this.othersById = [];
    const parts = p.parts && p.parts.every((part) => part.firstWords !== null) ? p.parts : [p];
    if (parts.length > 1) this.merged.add(id);
    for (const part of parts) this.slot(part, id);
    return id;
  }

  private slot(p: Startable, id: number): void {
    const slot = this.patterns.length;
    this.patterns.push(p);
    this.target.push(id);
    this.reach.push(Math.min(p.reach ?? Infinity, p.maxLength));
    if (this.byNeed(p)) {
      const need = p.need as Need;
      let slots = this.byNeedObject.get(need);
      if (!slots) {
        this.byNeedObject.set(need, (slots = []));
        for (const w of need.words) listIn(this.needWords, w).push(slots);
        for (const prefix of need.prefixes) this.head(prefix).needs.push({ prefix, ids: slots });
      }
      slots.push(slot);
    } else {
      // A common need ("ne", "pas", "is") is found nearly wherever the pattern can start: tracking
      // it would cost more than the attempts it saves.
      for (const w of p.firstWords as ReadonlySet<string>) listIn(this.startWords, w).push(slot);
      for (const prefix of p.firstPrefixes) this.head(prefix).starts.push({ prefix, id: slot });
      for (const c of p.firstClasses) this.byClass[c].push(slot);
    }
  }

  /** Registers bare words, prefixes and token classes, for `occurring` only (a rule's triggers). */
  registerWords(words: ReadonlySet<string>, prefixes: readonly string[], classes: ReadonlySet<TokenClass>): number {
    return this.register({ firstWords: words, firstPrefixes: prefixes, firstClasses: classes, need: null, needSelective: false, maxLength: Infinity, canStartAt: () => true });
  }

  /** Ascending token positions where pattern `id` can start in `tokens` (without repeats). */
  positions(tokens: readonly Token[], id: number): number[] {
    const r = this.range(tokens, id, { positions: NO_POSITIONS, from: 0, to: 0 });
    return [...r.positions.subarray(r.from, r.to)].filter((x, k, xs) => k === 0 || x !== xs[k - 1]);
  }

  /** Writes into `out` where pattern `id`'s starts in `tokens` lie; returns `out`. */
  range(tokens: readonly Token[], id: number, out: StartRange): StartRange {
    let b = this.lastTokens === tokens ? this.last : this.built.get(tokens);
    if (!b || b.count <= id) {
      // Patterns registered since the paragraph was indexed (a rule compiled on its first
      // trigger) are indexed on their own and appended: ids grow with registration.
      b = b ? appended(b, this.build(tokens, b.count)) : this.build(tokens, 0);
      this.built.set(tokens, b);
    }
    this.lastTokens = tokens;
    this.last = b;
    const layout = b.layout;
    const m = layout[0] as number;
    const j = lowerBound(layout, id, 1, m + 1);
    out.positions = layout;
    if (j <= m && layout[j] === id) {
      out.from = layout[j + m] as number;
      out.to = layout[j + m + 1] as number;
    } else out.from = out.to = 0;
    return out;
  }

  /** Which registered ids can start somewhere in `tokens` (first words only, needs ignored): the
   *  engine's rule triggers, where a yes or no is all that is asked. */
  occurring(tokens: readonly Token[]): Uint8Array {
    const seen = new Uint8Array(this.count);
    const target = this.target;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const slots = this.entry(t).starts;
      for (let k = 0; k < slots.length; k++) seen[target[slots[k] as number] as number] = 1;
      if (t.kind === "num") for (const s of this.byClass.num) seen[target[s] as number] = 1;
      else if (t.kind === "word") {
        for (const s of this.byClass.word) seen[target[s] as number] = 1;
        if (t.cap) for (const s of this.byClass.cap) seen[target[s] as number] = 1;
      }
    }
    return seen;
  }

  // The paragraph being analysed, without a WeakMap look-up on every call.
  private lastTokens: readonly Token[] | undefined;
  private last: Built | undefined;

  /** Spellings seen in drafts, with what they bring: a word recurs across paragraphs and drafts,
   *  so its whole-word and prefix look-ups are done once. Prefixes apply to word tokens only, so
   *  other tokens ("@marie", "12") have a memo of their own. */
  private readonly memo = new Map<string, WordEntry>();
  private readonly otherMemo = new Map<string, WordEntry>();

  /** The same by word id (text/word-ids.ts), for the words rules name: an array read, no hashing. */
  private wordsById: Array<WordEntry | undefined> = [];
  private othersById: Array<WordEntry | undefined> = [];

  private entry(t: Token): WordEntry {
    const isWord = t.kind === "word";
    const id = t.id;
    if (id >= 0) {
      const byId = isWord ? this.wordsById : this.othersById;
      const known = id < byId.length ? byId[id] : undefined;
      if (known !== undefined) return known;
      const e = this.lookUp(t, isWord);
      while (byId.length <= id) byId.push(undefined);
      byId[id] = e;
      return e;
    }
    const memo = isWord ? this.memo : this.otherMemo;
    const known = memo.get(t.norm);
    if (known !== undefined) return known;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const e = this.lookUp(t, isWord);
    memo.set(t.norm, e);
    return e;
  }

  /** What the spelling of `t` brings to the index. */
  private lookUp(t: Token, isWord: boolean): WordEntry {
    let needs: number[] | undefined;
    let starts: number[] | undefined;
    const groups = this.needWords.get(t.norm);
    if (groups) for (const ids of groups) (needs ??= []).push(...ids);
    const firsts = this.startWords.get(t.norm);
    if (firsts) starts = [...firsts];
    // Prefixes are looked up by their first three letters.
    const heads = isWord ? this.heads.get(t.norm.slice(0, 3)) : undefined;
    if (heads) {
      for (const { prefix, ids } of heads.needs) if (t.norm.startsWith(prefix)) (needs ??= []).push(...ids);
      for (const { prefix, id } of heads.starts) if (t.norm.startsWith(prefix)) (starts ??= []).push(id);
    }
    return needs || starts ? { needs: needs ? uniq(needs) : NO_IDS, starts: starts ? uniq(starts) : NO_IDS } : NOTHING;
  }

  private head(prefix: string): { needs: Array<{ prefix: string; ids: number[] }>; starts: Array<{ prefix: string; id: number }> } {
    const key = prefix.slice(0, 3);
    let e = this.heads.get(key);
    if (!e) this.heads.set(key, (e = { needs: [], starts: [] }));
    return e;
  }

  private byNeed(p: Startable): boolean {
    return p.need !== null && p.needSelective && p.maxLength !== Infinity;
  }

  /** Indexes `tokens` for the ids from `fromId` on (0: all). */
  private build(tokens: readonly Token[], fromId: number): Built {
    const count = this.count;
    const fromSlot = fromId < count ? (this.firstSlot[fromId] as number) : this.patterns.length;
    const slotCount = this.patterns.length;
    const target = this.target;
    // One pass: where each slot's needed words are, and where the slots indexed by their first
    // words can start. Starts are collected as (pattern, position) pairs in scratch arrays, then
    // laid out by pattern.
    if (this.needHead.length < slotCount) {
      this.needHead = new Int32Array(slotCount).fill(-1);
      this.needTail = new Int32Array(slotCount);
      this.withNeed = new Int32Array(slotCount);
    }
    if (this.lastAt.length < count) {
      this.lastAt = new Int32Array(count).fill(-1);
      this.perId = new Int32Array(count);
      this.fill = new Int32Array(count);
      this.touched = new Int32Array(count);
    }
    const head = this.needHead;
    const tail = this.needTail;
    const withNeed = this.withNeed;
    let needing = 0;
    this.pairs = 0;
    this.nodes = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const e = this.entry(t);
      const ns = e.needs;
      for (let k = 0; k < ns.length; k++) {
        const slot = ns[k] as number;
        if (slot < fromSlot) continue;
        const last = tail[slot] as number;
        if (head[slot] === -1) {
          withNeed[needing++] = slot;
          const node = this.node(i);
          head[slot] = node;
          tail[slot] = node;
        } else if (this.nodePos[last] !== i) {
          const node = this.node(i);
          this.nodeNext[last] = node;
          tail[slot] = node;
        }
      }
      const ss = e.starts;
      for (let k = 0; k < ss.length; k++) if ((ss[k] as number) >= fromSlot) this.add(target[ss[k] as number] as number, i);
      if (t.kind === "num") this.addClass(this.byClass.num, fromSlot, i);
      else if (t.kind === "word") {
        this.addClass(this.byClass.word, fromSlot, i);
        if (t.cap) this.addClass(this.byClass.cap, fromSlot, i);
      }
    }
    // A rare need: a start lies at most reach - 1 tokens before a needed word.
    for (let w = 0; w < needing; w++) {
      const slot = withNeed[w] as number;
      const p = this.patterns[slot] as Startable;
      const id = target[slot] as number;
      const reach = this.reach[slot] as number;
      let from = 0;
      for (let node = head[slot] as number; node !== -1; node = this.nodeNext[node] as number) {
        const n = this.nodePos[node] as number;
        for (let i = Math.max(from, n - reach + 1); i <= n; i++) if (p.canStartAt(tokens[i] as Token)) this.add(id, i);
        from = n + 1;
      }
      head[slot] = -1;
    }
    // Counting sort by pattern; each pattern's positions were added in ascending order, except
    // those of a pattern indexed by its parts, sorted below.
    const n = this.pairs;
    const touched = this.touched.subarray(0, this.touchedCount).sort();
    const m = touched.length;
    const layout = new Int32Array(2 + 2 * m + n);
    layout[0] = m;
    const fill = this.fill;
    let end = 2 + 2 * m;
    layout[1 + m] = end;
    for (let j = 0; j < m; j++) {
      const id = touched[j] as number;
      layout[1 + j] = id;
      fill[id] = end;
      end += this.perId[id] as number;
      layout[2 + m + j] = end;
      this.perId[id] = 0;
      this.lastAt[id] = -1;
    }
    for (let k = 0; k < n; k++) {
      const id = this.pairIds[k] as number;
      const at = fill[id] as number;
      layout[at] = this.pairPos[k] as number;
      fill[id] = at + 1;
    }
    if (this.merged.size > 0) {
      for (let j = 0; j < m; j++) if (this.merged.has(touched[j] as number)) sortRange(layout, layout[1 + m + j] as number, layout[2 + m + j] as number);
    }
    this.touchedCount = 0;
    return { count, layout };
  }

  /** Records that the slots of `slots` from `fromSlot` on (ascending) can start at token `i`. */
  private addClass(slots: readonly number[], fromSlot: number, i: number): void {
    for (let k = slots.length - 1; k >= 0 && (slots[k] as number) >= fromSlot; k--) this.add(this.target[slots[k] as number] as number, i);
  }

  /** Records that pattern `id` can start at token `i` (a token can reach one pattern through a
   *  word and a class: positions come in token order, so a repeat is always the last one). */
  private add(id: number, i: number): void {
    const last = this.lastAt[id] as number;
    if (last === i) return;
    if (last === -1) this.touched[this.touchedCount++] = id;
    this.lastAt[id] = i;
    this.perId[id] = (this.perId[id] as number) + 1;
    if (this.pairs === this.pairIds.length) {
      this.pairIds = doubled(this.pairIds);
      this.pairPos = doubled(this.pairPos);
    }
    this.pairIds[this.pairs] = id;
    this.pairPos[this.pairs++] = i;
  }

  // Scratch of one build: the (pattern, position) pairs found; by pattern, its last position, how
  // many it has and the counting sort's write head; the patterns met.
  private pairIds = new Int32Array(1024);
  private pairPos = new Int32Array(1024);
  private pairs = 0;
  private lastAt = new Int32Array(0);
  private perId = new Int32Array(0);
  private fill = new Int32Array(0);
  private touched = new Int32Array(0);
  private touchedCount = 0;

  // Scratch of one build: by slot, its needed words' positions as a linked list (first and last
  // node, -1: none), and the slots met; the lists' nodes.
  private needHead = new Int32Array(0);
  private needTail = new Int32Array(0);
  private withNeed = new Int32Array(0);
  private nodePos = new Int32Array(256);
  private nodeNext = new Int32Array(256);
  private nodes = 0;

  /** A new list node holding position `i`. */
  private node(i: number): number {
    if (this.nodes === this.nodePos.length) {
      this.nodePos = doubled(this.nodePos);
      this.nodeNext = doubled(this.nodeNext);
    }
    this.nodePos[this.nodes] = i;
    this.nodeNext[this.nodes] = -1;
    return this.nodes++;
  }
}

/** One index of a paragraph from two (`more` indexes only ids above all of `b`'s). */
function appended(b: Built, more: Built): Built {
  const x = b.layout;
  const y = more.layout;
  const m1 = x[0] as number;
  const m2 = y[0] as number;
  if (m2 === 0) return { count: more.count, layout: x };
  const n1 = x.length - (2 + 2 * m1);
  const n2 = y.length - (2 + 2 * m2);
  const m = m1 + m2;
  const layout = new Int32Array(2 + 2 * m + n1 + n2);
  layout[0] = m;
  layout.set(x.subarray(1, 1 + m1), 1);
  layout.set(y.subarray(1, 1 + m2), 1 + m1);
  // Ends: the first list's shifted past the longer header, the second's past the first's positions.
  for (let j = 0; j <= m1; j++) layout[1 + m + j] = (x[1 + m1 + j] as number) + 2 * m2;
  for (let j = 1; j <= m2; j++) layout[1 + m + m1 + j] = (y[1 + m2 + j] as number) + 2 * m1 + n1;
  layout.set(x.subarray(2 + 2 * m1), 2 + 2 * m);
  layout.set(y.subarray(2 + 2 * m2), 2 + 2 * m + n1);
  return { count: more.count, layout };
}

/** The list under `key`, created empty when missing. */
function listIn<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** Ids in ascending order without repeats (a word can bring one pattern twice: as a word and as
 *  a prefix). */
function uniq(ids: number[]): number[] {
  ids.sort((a, b) => a - b);
  let w = 0;
  for (let r = 0; r < ids.length; r++) if (r === 0 || ids[r] !== ids[r - 1]) ids[w++] = ids[r] as number;
  ids.length = w;
  return ids;
}

/** First index in ascending `xs[lo..hi)` whose value is ≥ `x` (`hi` when none is). */
export function lowerBound(xs: ArrayLike<number>, x: number, lo = 0, hi = xs.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
