// Compiled patterns and pattern sets: what rules match with. A pattern is parsed and checked
// against its families (families.ts), described for the start index (static-facts.ts) and compiled
// on its first attempt (compile.ts).
import type { Token } from "../text/tokenize.js";
import { internWord } from "../text/word-ids.js";
import { parseNormalised, type Node } from "./parse.js";
import { doubled } from "./int-arrays.js";
import { lowerBound, NO_POSITIONS, type Need, type StartIndex, type Startable, type StartRange } from "./start-index.js";
import { compile, MAX_DEPTH, PrefixIndex, stack, type Compiled } from "./compile.js";
import type { Families } from "./families.js";
import { checkFamilies, factsOfNode, type PatternFacts, type StartFactsInit } from "./static-facts.js";

export { FamilyTable, type Families, type FamilyFacts } from "./families.js";
export type { Compiled } from "./compile.js";
export type { First, PatternFacts, StartFactsInit } from "./static-facts.js";

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
  /** `firstPrefixes` indexed, made on the first attempt (most patterns never meet one). */
  private firstPrefixIndex: PrefixIndex | undefined;

  constructor(facts: StartFactsInit) {
    this.firstWords = facts.firstWords;
    this.firstPrefixes = facts.firstPrefixes;
    this.firstClasses = facts.firstClasses;
    this.need = facts.need;
    this.needSelective = facts.needSelective;
    this.maxLength = facts.maxLength;
    this.reach = facts.reach;
  }

  /** `firstWords` by word id (text/word-ids.ts), made on the first attempt. */
  private firstIds: Set<number> | undefined;

  canStartAt(token: Token): boolean {
    if (this.firstWords === null) return true;
    // The ids first: interning them can give the token's word its id.
    const firstIds = (this.firstIds ??= idsOf(this.firstWords));
    const id = token.id;
    if (id >= 0 && firstIds.has(id)) return true;
    if (this.firstClasses.size > 0 && classStarts(this.firstClasses, token)) return true;
    return token.kind === "word" && this.firstPrefixes.length > 0 && (this.firstPrefixIndex ??= new PrefixIndex(this.firstPrefixes)).matches(token.norm);
  }
}

/** Id sets by the word set they were made from: patterns built on one family share its first
 *  words (one set object), which are then interned once. */
const ID_SETS = new WeakMap<ReadonlySet<string>, Set<number>>();

function idsOf(words: ReadonlySet<string>): Set<number> {
  let out = ID_SETS.get(words);
  if (out) return out;
  out = new Set<number>();
  for (const w of words) out.add(internWord(w));
  ID_SETS.set(words, out);
  return out;
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
