// The start facts of every pattern of the bundled rules, worked out by the build and shipped with
// them (prebuild.ts). Working them out means parsing each pattern and walking the large word
// families it names (a drug family has 995 entries): a waking service worker spent most of its
// first analysis there. Shipped, the facts are read back in a few milliseconds, and a family is
// parsed only when a pattern naming it is first matched.
//
// The form is compact plain JSON: word lists are pooled (a family's first words appear once,
// however many patterns start with it), and a need keeps its identity (the start index registers
// the words of one need object once, see start-index.ts).
import type { PatternFacts, StartFactsInit } from "./matcher.js";
import type { Need } from "./start-index.js";

type TokenClass = "num" | "word" | "cap";

/** The facts of one pattern: numbers separated by spaces, seven for the pattern, then seven for
 *  each of its indexed alternatives after a "|": first words (list index; -1: any token), first
 *  prefixes and classes (list indexes), need (index; -1: none), whether the need is selective (1 or
 *  0), longest match and reach in tokens (-1: unbounded). Strings rather than objects: the bundle's
 *  JSON.parse makes one string per pattern instead of an object of seven fields, and a pattern's
 *  facts are decoded only when a rule that uses it is compiled. */
export type ShippedPattern = string;

export interface ShippedFacts {
  /** Word lists, each written as its words separated by spaces (folded words hold none). */
  lists: string[];
  /** Each need as two list indexes in turn (words, prefixes). */
  needs: number[];
  /** By family table id, by pattern source. */
  tables: Record<string, Record<string, ShippedPattern>>;
}

/** Writes down the facts of patterns, each under its family table's id. */
export function writeFacts(patterns: Iterable<readonly [string, string, PatternFacts]>): ShippedFacts {
  const out: ShippedFacts = { lists: [], needs: [], tables: {} };
  const listIds = new Map<string, number>();
  const needIds = new Map<Need, number>();
  const list = (items: Iterable<string>): number => {
    const array = [...items];
    for (const w of array) if (w === "" || w.includes(" ")) throw new Error(`a pattern's word "${w}" cannot be shipped (empty or holding a space)`);
    const key = array.join(" ");
    let id = listIds.get(key);
    if (id === undefined) {
      id = out.lists.length;
      out.lists.push(key);
      listIds.set(key, id);
    }
    return id;
  };
  const need = (n: Need | null): number => {
    if (n === null) return -1;
    let id = needIds.get(n);
    if (id === undefined) {
      id = out.needs.length / 2;
      out.needs.push(list(n.words), list(n.prefixes));
      needIds.set(n, id);
    }
    return id;
  };
  const start = (f: StartFactsInit): string =>
    [f.firstWords === null ? -1 : list(f.firstWords), list(f.firstPrefixes), list(f.firstClasses), need(f.need), f.needSelective ? 1 : 0, bounded(f.maxLength), bounded(f.reach)].join(" ");
  for (const [table, source, facts] of patterns) {
    (out.tables[table] ??= {})[source] = [start(facts), ...(facts.parts ?? []).map(start)].join("|");
  }
  return out;
}

function bounded(n: number): number {
  if (n === Infinity) return -1;
  if (!Number.isInteger(n) || n < 0) throw new Error(`a pattern's length ${n} cannot be shipped`);
  return n;
}

/** Reads shipped facts back, building each pooled list and need once, on first use. */
export class FactsReader {
  private readonly arrays = new Map<number, readonly string[]>();
  private readonly sets = new Map<number, ReadonlySet<string>>();
  private readonly needs = new Map<number, Need>();

  constructor(private readonly shipped: ShippedFacts) {}

  /** The facts of `source` in the table `tableId`, or undefined when the build did not ship them. */
  get(tableId: string | undefined, source: string): PatternFacts | undefined {
    if (tableId === undefined) return undefined;
    const table = this.shipped.tables[tableId];
    if (!table || !Object.hasOwn(table, source)) return undefined;
    const [own, ...parts] = (table[source] as string).split("|");
    const facts = this.start(own as string);
    return parts.length > 0 ? { ...facts, parts: parts.map((p) => this.start(p)) } : facts;
  }

  private start(encoded: string): StartFactsInit {
    const [w, p, c, n, s, l, r] = encoded.split(" ").map(Number) as [number, number, number, number, number, number, number];
    return {
      firstWords: w < 0 ? null : this.set(w),
      firstPrefixes: this.list(p),
      firstClasses: this.set(c) as ReadonlySet<TokenClass>,
      need: n < 0 ? null : this.need(n),
      needSelective: s === 1,
      maxLength: l < 0 ? Infinity : l,
      reach: r < 0 ? Infinity : r,
    };
  }

  /** Read-only, like the lists the matcher works out and shares between patterns. */
  private list(id: number): readonly string[] {
    let array = this.arrays.get(id);
    if (!array) {
      const joined = this.shipped.lists[id] as string;
      this.arrays.set(id, (array = joined === "" ? [] : joined.split(" ")));
    }
    return array;
  }

  private set(id: number): ReadonlySet<string> {
    let set = this.sets.get(id);
    if (!set) this.sets.set(id, (set = new Set(this.list(id))));
    return set;
  }

  private need(id: number): Need {
    let need = this.needs.get(id);
    if (!need) this.needs.set(id, (need = { words: this.set(this.shipped.needs[2 * id] as number), prefixes: this.list(this.shipped.needs[2 * id + 1] as number) }));
    return need;
  }
}
