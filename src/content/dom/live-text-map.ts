// The text map of one editor, kept up to date from mutation records: a reading re-reads only the
// elements on the path to what changed (text-reader.ts remembers the rest), and when nothing
// changed since the last reading it is that reading again. The session asks for the text several
// times a keystroke (drawing, asking the worker, drawing its answer); a 5,000-word draft is read
// once, and only its changed block.
import { DomTextSnapshot } from "./text-map.js";
import { READ_ATTRIBUTES, TextReader } from "./text-reader.js";

/** Attributes that can add or remove an editable root of a multi-root editor (Gutenberg). */
const ROOT_ATTRIBUTES = ["class", "contenteditable"] as const;

export class LiveTextMap {
  private readonly reader = new TextReader();
  private observer: MutationObserver | null = null;
  private last: DomTextSnapshot | null = null;
  private roots: readonly Element[] = [];
  private rootSet = new Set<Node>();
  private changed = true;
  private rootsChanged = true;

  /**
   * @param container the editor's root, or the element whose subtree holds every root (Gutenberg's
   *   canvas body) when `findRoots` is given
   * @param findRoots the editable roots, in document order; asked again only when a change outside
   *   the current roots (or to a root's own attributes) could have added or removed one
   */
  constructor(
    private readonly container: Element,
    private readonly findRoots?: () => Element[],
  ) {}

  private get multiRoot(): boolean {
    return this.findRoots !== undefined;
  }

  /** The current text and its offset map: the last reading when nothing changed since. */
  read(): DomTextSnapshot {
    if (!this.observer) this.observe();
    const pending = this.observer!.takeRecords();
    if (pending.length) this.note(pending);
    if (!this.changed && this.last) return this.last;
    if (this.rootsChanged) {
      const roots = this.findRoots ? this.findRoots() : [this.container];
      // The same roots as before: what was read of them still holds.
      if (roots.length !== this.roots.length || roots.some((r, i) => r !== this.roots[i])) {
        this.roots = roots;
        this.rootSet = new Set(roots);
      }
      this.rootsChanged = false;
    }
    this.changed = false;
    this.last = new DomTextSnapshot(this.roots, this.reader.lines(this.roots), this.last);
    return this.last;
  }


  dispose(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.last = null;
    this.reader.clear();
  }

  private observe(): void {
    this.observer = new MutationObserver((records) => this.note(records));
    this.observer.observe(this.container, {
      characterData: true,
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: [...READ_ATTRIBUTES, ...ROOT_ATTRIBUTES],
    });
    this.reader.clear();
    this.changed = true;
    this.rootsChanged = true;
  }

  private note(records: readonly MutationRecord[]): void {
    for (const record of records) {
      const target = record.target;
      if (record.type === "attributes") {
        const name = record.attributeName ?? "";
        const isRoot = this.rootSet.has(target);
        if ((ROOT_ATTRIBUTES as readonly string[]).includes(name)) {
          // A root's class can change whether its white space is kept; elsewhere these attributes
          // matter only where they can make or unmake a root.
          if (isRoot || (this.multiRoot && !this.insideRoot(target))) {
            this.rootsChanged ||= this.multiRoot;
            this.reader.forget(target);
            this.changed = true;
          }
          continue;
        }
      } else if (record.type === "childList") {
        for (const node of record.addedNodes) this.reader.forgetSubtree(node);
        if (this.multiRoot) this.rootsChanged ||= !this.insideRoot(target);
      }
      this.reader.forget(target);
      this.changed = true;
    }
  }

  /** Whether `node` is one of the roots or inside one. */
  private insideRoot(node: Node): boolean {
    for (let n: Node | null = node; n && n !== this.container; n = n.parentNode) if (this.rootSet.has(n)) return true;
    return false;
  }
}
