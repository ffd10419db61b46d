// Compiles patterns and word families into matchers over a token array.
import type { Token } from "../text/tokenize.js";
import { normaliseLiterals, parsePattern, type Node } from "./parse.js";

export interface Families {
  get(name: string): Node | undefined;
}

export class FamilyTable implements Families {
  private readonly nodes = new Map<string, Node>();
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

  constructor(
    readonly source: string,
    private readonly families: Families,
  ) {
    this.node = normaliseLiterals(parsePattern(source));
    checkFamilies(this.node, families, source, new Set());
    const first = firstSet(this.node, families, new Set());
    this.firstWords = first === null ? null : first.words;
    this.firstPrefixes = first === null ? [] : first.prefixes;
  }

  canStartAt(token: Token): boolean {
    if (this.firstWords === null) return true;
    if (this.firstWords.has(token.norm)) return true;
    for (const p of this.firstPrefixes) if (token.norm.startsWith(p)) return true;
    return false;
  }

  /** End index (exclusive) of the longest match starting at `from`, or -1. */
  matchAt(tokens: readonly Token[], from: number, limit = tokens.length): number {
    const ends = step(this.node, tokens, new Set([from]), limit, this.families, 0);
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

const MAX_DEPTH = 12;

function step(node: Node, tokens: readonly Token[], positions: Set<number>, limit: number, fam: Families, depth: number): Set<number> {
  if (positions.size === 0) return positions;
  switch (node.type) {
    case "lit":
    case "prefix":
    case "class": {
      const out = new Set<number>();
      for (const p of positions) {
        if (p < limit && tokenMatches(node, tokens[p] as Token)) out.add(p + 1);
      }
      return out;
    }
    case "family": {
      const target = fam.get(node.name);
      if (!target || depth > MAX_DEPTH) return new Set();
      return step(target, tokens, positions, limit, fam, depth + 1);
    }
    case "seq": {
      let cur = positions;
      for (const item of node.items) {
        cur = step(item, tokens, cur, limit, fam, depth);
        if (cur.size === 0) break;
      }
      return cur;
    }
    case "alt": {
      const out = new Set<number>();
      for (const option of node.options) for (const p of step(option, tokens, positions, limit, fam, depth)) out.add(p);
      return out;
    }
    case "opt": {
      const out = new Set(positions);
      for (const p of step(node.node, tokens, positions, limit, fam, depth)) out.add(p);
      return out;
    }
    case "gap": {
      const out = new Set<number>();
      for (const p of positions) for (let k = 0; k <= node.max && p + k <= limit; k++) out.add(p + k);
      return out;
    }
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
  /** The node can match zero tokens. */
  nullable: boolean;
}

/** The words that can start a match, or null when any token can. */
function firstSet(node: Node, fam: Families, seen: Set<string>): First | null {
  switch (node.type) {
    case "lit":
      return { words: new Set([node.value]), prefixes: [], nullable: false };
    case "prefix":
      return { words: new Set(), prefixes: [node.value], nullable: false };
    case "class":
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
      const acc: First = { words: new Set(), prefixes: [], nullable: false };
      for (const o of node.options) {
        const f = firstSet(o, fam, seen);
        if (f === null) return null;
        f.words.forEach((w) => acc.words.add(w));
        acc.prefixes.push(...f.prefixes);
        acc.nullable ||= f.nullable;
      }
      return acc;
    }
    case "seq": {
      const acc: First = { words: new Set(), prefixes: [], nullable: true };
      for (const item of node.items) {
        const f = firstSet(item, fam, seen);
        if (f === null) return null;
        f.words.forEach((w) => acc.words.add(w));
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
