// Word families: named alternatives ("@drug", "@care-place") that patterns refer to, parsed on first
// use, with the facts patterns learn about them (first words, needed words, length) kept per table.
import { parseNormalised, type Node } from "./parse.js";
import type { Compiled } from "./compile.js";
import type { First } from "./static-facts.js";
import type { Need } from "./start-index.js";

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
export function familyFact<K extends FactKey, V extends FamilyFacts[K]>(
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
export function factsOf(fam: Families, name: string): FamilyFacts {
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
        // Most entries are plain lower-case words, already folded, or were written by the build
        // as the words they parse to (compactEntry): no parser needed.
        if (entry.charCodeAt(0) === COMPACT) return compactNode(entry);
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

/** Marks an entry the build wrote as the words it parses to. No pattern source starts with it
 *  (the parser rejects it). */
const COMPACT = 1;

/** The entry as the build ships it: a pattern that parses to one word, one prefix, or a sequence
 *  of them (an accented word, an elision, a hyphenated phrase: "l'hôpital" parses to "l'" and
 *  "hopital") is written as its folded words, "\u0001l' hopital", a prefix ending with "*"; a
 *  waking service worker then reads it without the parser. Any other entry is kept as written. */
export function compactEntry(entry: string): string {
  if (PLAIN_WORDS.test(entry)) return entry;
  const node = parseNormalised(entry);
  const items = node.type === "seq" ? node.items : [node];
  const words: string[] = [];
  for (const item of items) {
    if (item.type !== "lit" && item.type !== "prefix") return entry;
    // A literal is never empty, never holds a space and never ends with "*" past its first
    // character; a prefix has at least three characters.
    if (item.value === "" || item.value.includes(" ") || (item.value.length > 1 && item.value.endsWith("*"))) return entry;
    words.push(item.type === "prefix" ? `${item.value}*` : item.value);
  }
  if (items.length === 1 && node.type === "seq") return entry;
  return String.fromCharCode(COMPACT) + words.join(" ");
}

function compactNode(entry: string): Node {
  const words = entry.slice(1).split(" ");
  const items = words.map((w): Node => (w.length > 3 && w.endsWith("*") ? { type: "prefix", value: w.slice(0, -1) } : { type: "lit", value: w }));
  return items.length === 1 ? (items[0] as Node) : { type: "seq", items };
}
