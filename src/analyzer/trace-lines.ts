// A rule's hits explain themselves with a few lines that recur ("pattern: …", "time: …"): each
// distinct line is built once and shared. Built per hit, a long draft held thousands of copies of
// the same lines, cached with its paragraphs and copied by the garbage collector.

/** Lines around a varying text (a prefix, and a suffix if any), by that text. */
export class TraceLines {
  private readonly lines = new Map<string, string>();

  constructor(
    private readonly prefix: string,
    private readonly suffix = "",
  ) {}

  /** `prefix + text + suffix`, the same string each time it is asked for. */
  of(text: string): string {
    let line = this.lines.get(text);
    if (line === undefined) {
      line = this.prefix + text + this.suffix;
      // Lines come from rule files (patterns, conditions) and a few readings of the draft: a
      // bound keeps a pathological draft from growing the memo without end.
      if (this.lines.size < LIMIT) this.lines.set(text, line);
    }
    return line;
  }
}

const LIMIT = 10_000;
