// Reads contenteditable trees into lines of text pieces (text-map.ts turns them into text and an
// offset map), remembering what each element and text node gave. Told which nodes changed
// (forget, forgetSubtree: live-text-map.ts does it from mutation records), a second reading walks
// only the path down to the change and reuses the rest, so a keystroke in a long draft costs the
// changed block, not the whole editor. Reading with nothing remembered is the full reading.
//
// The rules, as Draft.js getPlainText, Quill getText and ProseMirror textBetween(…, "\n") read:
// blocks (paragraphs, list items, divs) are lines; a <br> inside a line is "\n" (text-map.ts drops
// the placeholder break that ends one); emoji images count as their alt text.

const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE",
  "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL",
]);
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "TEXTAREA", "INPUT", "SELECT", "BUTTON", "VIDEO", "AUDIO", "CANVAS", "SVG", "IFRAME", "OBJECT"]);
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const COLLAPSIBLE = /[\n\r\t]/g;
const NBSP = /\u00a0/g;
/** A text node of only U+FEFF is caret padding (Gutenberg's RichText puts one in an empty block and
 *  after a final line break); it is not in the editor's model. */
const PADDING = /^\ufeff+$/;

/** The attributes a reading depends on (hidden elements, emoji alt text); the mutation observer
 *  watches these and no others. */
export const READ_ATTRIBUTES = ["hidden", "style", "alt"] as const;

export type Piece =
  | { kind: "text"; node: Text; text: string; /** the node's data when read */ data: string }
  | { kind: "atom"; node: Element; text: string; br: boolean }; // <br> ("\n") or an emoji <img> (its alt)

/** What one node gave: a piece, a block (a line break before and after; `el` anchors it when
 *  empty), or the items of an inline element in order. */
type Item = Piece | { kind: "block"; el: Element; items: Item[] } | Item[];

export interface Line {
  pieces: Piece[];
  /** The empty block that opened the line when it has no piece (a caret there goes inside it). */
  anchor: Element | null;
  /** Index of the editable root (several for Gutenberg). */
  root: number;
}

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

function isHidden(el: Element): boolean {
  if ((el as HTMLElement).hidden) return true;
  const style = (el as HTMLElement).style;
  return style?.display === "none";
}

export function imageIsEmoji(img: HTMLImageElement): boolean {
  return imageText(img) !== "";
}

/** An <img> shows text when it is an emoji (Facebook and X draw emoji as images with alt text). */
function imageText(img: HTMLImageElement): string {
  const alt = img.getAttribute("alt") ?? "";
  return alt.length > 0 && alt.length <= 16 && PICTOGRAPH.test(alt) ? alt : "";
}

/** Whether white space is preserved in this editor (all rich editors set pre-wrap on the root). */
function preservesWhiteSpace(root: Element): boolean {
  const view = root.ownerDocument.defaultView;
  const ws = view ? view.getComputedStyle(root).whiteSpace : "";
  return ws.startsWith("pre") || ws === "break-spaces";
}

/** A node's reading holds for the same white-space mode and the same state of the line before it
 *  (open or not: where white space collapses, blank text opening a line is indentation). */
interface Remembered<T> {
  item: Item | null;
  pre: boolean;
  openBefore: boolean;
  openAfter: boolean;
  key: T;
}

/** The state of a reading as it walks: whether a line is open, and the root's white-space mode. */
interface Walk {
  open: boolean;
  pre: boolean;
}

export class TextReader {
  private elements = new WeakMap<Element, Remembered<null>>();
  private texts = new WeakMap<Text, Remembered<string>>();
  private roots = new WeakMap<Element, { item: Item; pre: boolean }>();

  /** Forgets what `node` and its ancestors gave (its text, attributes or children changed). */
  forget(node: Node | null): void {
    for (let n = node; n; n = n.parentNode) {
      if (n.nodeType !== 1) continue;
      this.elements.delete(n as Element);
      this.roots.delete(n as Element);
    }
  }

  /** Forgets what every element of a subtree gave: nodes put back into the editor may have changed
   *  while out of it, where no mutation record reported them. */
  forgetSubtree(node: Node): void {
    if (node.nodeType !== 1) return;
    this.elements.delete(node as Element);
    this.roots.delete(node as Element);
    for (let child = node.firstChild; child; child = child.nextSibling) this.forgetSubtree(child);
  }

  clear(): void {
    this.elements = new WeakMap();
    this.texts = new WeakMap();
    this.roots = new WeakMap();
  }

  /** The lines of `roots`, in order. */
  lines(roots: readonly Element[]): Line[] {
    const out = new Lines();
    roots.forEach((root, i) => {
      const walk: Walk = { open: false, pre: preservesWhiteSpace(root) };
      // A root reads as a block: its own line(s), an empty root an empty line anchored in it.
      const remembered = this.roots.get(root);
      let item: Item;
      if (remembered && remembered.pre === walk.pre) item = remembered.item;
      else {
        item = { kind: "block", el: root, items: this.children(root, walk) };
        this.roots.set(root, { item, pre: walk.pre });
      }
      out.root = i;
      out.add(item);
    });
    return out.done();
  }

  private children(el: Node, walk: Walk): Item[] {
    const items: Item[] = [];
    for (let child = el.firstChild; child; child = child.nextSibling) {
      const item = child.nodeType === 3 ? this.text(child as Text, walk) : child.nodeType === 1 ? this.element(child as Element, walk) : null;
      if (item !== null) items.push(item);
    }
    return items;
  }

  private text(node: Text, walk: Walk): Item | null {
    const data = node.data;
    const remembered = this.texts.get(node);
    if (remembered && remembered.key === data && remembered.pre === walk.pre && remembered.openBefore === walk.open) {
      walk.open = remembered.openAfter;
      return remembered.item;
    }
    const openBefore = walk.open;
    let text = data;
    let item: Item | null = null;
    if (!PADDING.test(data) && (walk.pre || walk.open || text.trim() !== "")) {
      if (!walk.pre) text = text.replace(COLLAPSIBLE, " ");
      if (text.length > 0) {
        item = { kind: "text", node, text: text.replace(NBSP, " "), data };
        walk.open = true;
      }
    }
    this.texts.set(node, { item, pre: walk.pre, openBefore, openAfter: walk.open, key: data });
    return item;
  }

  private element(el: Element, walk: Walk): Item | null {
    const remembered = this.elements.get(el);
    if (remembered && remembered.pre === walk.pre && remembered.openBefore === walk.open) {
      walk.open = remembered.openAfter;
      return remembered.item;
    }
    const openBefore = walk.open;
    const item = this.read(el, walk);
    this.elements.set(el, { item, pre: walk.pre, openBefore, openAfter: walk.open, key: null });
    return item;
  }

  private read(el: Element, walk: Walk): Item | null {
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || isHidden(el)) return null;
    if (tag === "BR") {
      walk.open = true;
      return { kind: "atom", node: el, text: "\n", br: true };
    }
    if (tag === "IMG") {
      const alt = imageText(el as HTMLImageElement);
      if (!alt) return null;
      walk.open = true;
      return { kind: "atom", node: el, text: alt, br: false };
    }
    if (BLOCK_TAGS.has(tag)) {
      walk.open = false;
      const items = this.children(el, walk);
      walk.open = false;
      return { kind: "block", el, items };
    }
    const items = this.children(el, walk);
    return items.length === 0 ? null : items.length === 1 ? items[0]! : items;
  }
}

/** Plays items back into lines: a block closes the line before it and its own last line. */
class Lines {
  root = 0;
  private readonly lines: Line[] = [];
  private current: Line | null = null;

  add(item: Item): void {
    if (Array.isArray(item)) {
      for (const i of item) this.add(i);
    } else if (item.kind === "block") {
      this.flush();
      const before = this.lines.length;
      for (const i of item.items) this.add(i);
      if (this.lines.length === before && !this.current) this.current = { pieces: [], anchor: item.el, root: this.root };
      this.flush();
    } else {
      (this.current ??= { pieces: [], anchor: null, root: this.root }).pieces.push(item);
    }
  }

  private flush(): void {
    if (this.current) this.lines.push(this.current);
    this.current = null;
  }

  done(): Line[] {
    this.flush();
    return this.lines;
  }
}
