// Reads a contenteditable tree as the plain text a person sees and typed, with a map from text
// offsets back to DOM points. Blocks (paragraphs, list items, divs) are lines joined by "\n"; a
// <br> inside a line is "\n" except the placeholder break that ends a line; emoji images count as
// their alt text. This is the convention of Draft.js getPlainText, Quill getText and
// ProseMirror textBetween(…, "\n"), so offsets agree with the editors' own models.
import type { TextSnapshot } from "../types.js";
import { toTopWindowRects } from "./frames.js";

const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE",
  "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL",
]);
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "TEXTAREA", "INPUT", "SELECT", "BUTTON", "VIDEO", "AUDIO", "CANVAS", "SVG", "IFRAME", "OBJECT"]);
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/** A piece of text in the snapshot and where it lives in the DOM. */
type Segment =
  | { kind: "text"; start: number; end: number; node: Text; data: string }
  | { kind: "atom"; start: number; end: number; node: Element } // <br> ("\n") or an emoji <img> (its alt)
  | { kind: "anchor"; start: number; end: number; node: Node; offset: number }; // an empty line

type Piece = { kind: "text"; node: Text; text: string } | { kind: "atom"; node: Element; text: string; br: boolean };
interface Line { pieces: Piece[]; anchor: { node: Node; offset: number }; root: number }

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

function collectLines(roots: readonly Element[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let rootIndex = 0;
  let pre = true;
  const ensureLine = (anchorNode: Node, anchorOffset: number): Line => {
    if (!current) current = { pieces: [], anchor: { node: anchorNode, offset: anchorOffset }, root: rootIndex };
    return current;
  };
  const flush = () => {
    if (current) lines.push(current);
    current = null;
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const text = node as Text;
      let data = text.data;
      if (!pre) {
        if (!current && data.trim() === "") return; // indentation between blocks in authored HTML
        data = data.replace(/[\n\r\t]/g, " ");
      }
      if (data.length === 0) return;
      ensureLine(text, 0).pieces.push({ kind: "text", node: text, text: data.replace(/\u00a0/g, " ") });
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || isHidden(el)) return;
    if (tag === "BR") {
      const parent = el.parentNode ?? el;
      ensureLine(parent, indexOf(el)).pieces.push({ kind: "atom", node: el, text: "\n", br: true });
      return;
    }
    if (tag === "IMG") {
      const alt = imageText(el as HTMLImageElement);
      if (alt) ensureLine(el.parentNode ?? el, indexOf(el)).pieces.push({ kind: "atom", node: el, text: alt, br: false });
      return;
    }
    if (isBlockElement(el)) {
      flush();
      const before = lines.length;
      for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
      if (lines.length === before && !current) current = { pieces: [], anchor: { node: el, offset: 0 }, root: rootIndex };
      flush();
      return;
    }
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
  };
  roots.forEach((root, i) => {
    rootIndex = i;
    pre = preservesWhiteSpace(root);
    flush();
    const before = lines.length;
    for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
    if (lines.length === before && !current) current = { pieces: [], anchor: { node: root, offset: 0 }, root: i };
    flush();
  });
  return lines;
}

function indexOf(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

export class DomTextSnapshot implements TextSnapshot {
  readonly text: string;
  /** Index of the editable root (for multi-root editors such as Gutenberg) of each segment. */
  private readonly segments: Array<Segment & { root: number }>;

  constructor(readonly roots: readonly Element[]) {
    const lines = collectLines(roots);
    const segments: Array<Segment & { root: number }> = [];
    let text = "";
    lines.forEach((line, i) => {
      if (i > 0) text += "\n";
      const pieces = line.pieces.slice();
      // The last <br> of a line is the placeholder that keeps an empty line open; it shows nothing.
      const last = pieces[pieces.length - 1];
      if (last && last.kind === "atom" && last.br) pieces.pop();
      if (pieces.length === 0) {
        const anchor = last ? { node: last.node.parentNode ?? last.node, offset: indexOf(last.node) } : line.anchor;
        segments.push({ kind: "anchor", start: text.length, end: text.length, node: anchor.node, offset: anchor.offset, root: line.root });
        return;
      }
      for (const piece of pieces) {
        const start = text.length;
        text += piece.text;
        if (piece.kind === "text") segments.push({ kind: "text", start, end: text.length, node: piece.node, data: piece.node.data, root: line.root });
        else segments.push({ kind: "atom", start, end: text.length, node: piece.node, root: line.root });
      }
    });
    this.text = text;
    this.segments = segments;
  }

  /** The segment a boundary point at `offset` belongs to: the one that starts there when
   *  `forward`, the one that ends there otherwise (so a range never spills into a neighbour line). */
  private segmentAt(offset: number, forward: boolean): (Segment & { root: number }) | undefined {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    // First segment whose end >= offset.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid]!.end < offset) lo = mid + 1;
      else hi = mid;
    }
    let seg = segs[lo];
    if (!seg || seg.start > offset || seg.end < offset) return undefined;
    if (forward && seg.end === offset && seg.start !== offset) {
      const next = segs[lo + 1];
      if (next && next.start === offset) seg = next;
    }
    return seg;
  }

  private point(offset: number, forward: boolean): { node: Node; offset: number; root: number } | null {
    const seg = this.segmentAt(offset, forward);
    if (!seg || !seg.node.isConnected) return null;
    if (seg.kind === "text") {
      if (seg.node.data !== seg.data) return null; // the editor re-rendered since the snapshot
      return { node: seg.node, offset: offset - seg.start, root: seg.root };
    }
    if (seg.kind === "anchor") return { node: seg.node, offset: seg.offset, root: seg.root };
    const parent = seg.node.parentNode;
    if (!parent) return null;
    const index = indexOf(seg.node);
    const after = offset === seg.end && (!forward || offset !== seg.start);
    return { node: parent, offset: after ? index + 1 : index, root: seg.root };
  }

  /** Index of the editable root holding [start, end), or -1 if it spans roots or does not map. */
  rootOf(start: number, end: number): number {
    const collapsed = start === end;
    const a = this.point(start, !collapsed);
    const b = this.point(end, false);
    return a && b && a.root === b.root ? a.root : -1;
  }

  range(start: number, end: number): Range | null {
    if (start < 0 || end < start || end > this.text.length || this.segments.length === 0) return null;
    const collapsed = start === end;
    // A caret at a line end belongs to that line (an insertion at the end goes into the last line).
    const a = this.point(start, !collapsed);
    const b = collapsed ? a : this.point(end, false);
    if (!a || !b) return null;
    const doc = a.node.ownerDocument ?? (a.node as Document);
    const range = doc.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }

  /** Boxes of the text [start, end), one a line fragment, in the top window's coordinates.
   *  Measured a text node at a time: a range across blocks would also report the blocks' boxes. */
  rects(start: number, end: number): DOMRect[] {
    const out: DOMRect[] = [];
    if (end < start) return out;
    for (const seg of this.segments) {
      if (seg.end < start || seg.start > end) continue;
      if (!seg.node.isConnected) continue;
      const doc = seg.node.ownerDocument;
      if (!doc) continue;
      if (seg.kind === "text") {
        if (seg.node.data !== seg.data) continue;
        const from = Math.max(start, seg.start) - seg.start;
        const to = Math.min(end, seg.end) - seg.start;
        if (to < from || (to === from && start !== end)) continue;
        const r = doc.createRange();
        r.setStart(seg.node, from);
        r.setEnd(seg.node, to);
        out.push(...Array.from(r.getClientRects()).filter((rect) => rect.height > 0));
      } else if (seg.kind === "atom" && seg.start >= start && seg.end <= end && seg.end > seg.start) {
        if (seg.node.tagName.toUpperCase() === "IMG") out.push(seg.node.getBoundingClientRect());
      }
    }
    const first = this.segments[0];
    return first ? toTopWindowRects(out, first.node.ownerDocument) : out;
  }
}

/** Reads one editable root (or several, in document order, for block editors with one
 *  contenteditable a block). */
export function readEditable(roots: Element | readonly Element[]): DomTextSnapshot {
  return new DomTextSnapshot(Array.isArray(roots) ? roots : [roots as Element]);
}
