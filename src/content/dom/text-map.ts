// The plain text a person sees and typed in a contenteditable tree (its lines read by
// text-reader.ts, joined by "\n"), with a map from text offsets back to DOM points. Offsets agree
// with the editors' own models (Draft.js getPlainText, Quill getText, ProseMirror textBetween).
import type { TextSnapshot } from "../types.js";
import { toTopWindowRects } from "./frames.js";
import type { KnownEnds } from "../../shared/text-diff.js";
import { TextReader, type Line, type Piece } from "./text-reader.js";

export { imageIsEmoji, isBlockElement } from "./text-reader.js";

/** A piece of text in the snapshot and where it lives in the DOM. */
type Segment =
  | { kind: "text"; start: number; end: number; node: Text; data: string; piece: Piece }
  | { kind: "atom"; start: number; end: number; node: Element; piece: Piece } // <br> ("\n") or an emoji <img> (its alt)
  // An empty line: a caret there goes at `offset` in `node`, or just before `child` (a placeholder
  // <br>, counted when asked since its siblings may be read from memory).
  | { kind: "anchor"; start: number; end: number; node: Node; offset: number; child: Node | null };

/** Older readings this one is compared with (their text, and what is known equal to it). */
const KEPT_READINGS = 4;

function sameSegment(a: Segment, b: Segment): boolean {
  if (a.kind === "anchor" || b.kind === "anchor") {
    return a.kind === "anchor" && b.kind === "anchor" && a.node === b.node && a.offset === b.offset && a.child === b.child;
  }
  // The text reader gives the same piece object while its node (and white-space mode) is unchanged.
  return a.piece === b.piece;
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

  /** Texts of the readings before this one, most recent first, and what is known equal to each. */
  private readonly older: ReadonlyArray<{ text: string; ends: KnownEnds }>;

  /**
   * @param lines the lines read from `roots` (a full reading when absent)
   * @param previous the reading before this one, whose unchanged pieces tell how much of both
   *   texts' starts and ends agree (so that comparing the two texts skips them)
   */
  constructor(
    readonly roots: readonly Element[],
    lines: readonly Line[] = new TextReader().lines(roots),
    previous: DomTextSnapshot | null = null,
  ) {
    const segments: Array<Segment & { root: number }> = [];
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (i > 0) {
        parts.push("\n");
        length++;
      }
      let count = line.pieces.length;
      // The last <br> of a line is the placeholder that keeps an empty line open; it shows nothing.
      const last = line.pieces[count - 1];
      if (last && last.kind === "atom" && last.br) count--;
      if (count === 0) {
        const anchor = last
          ? { node: last.node.parentNode ?? last.node, offset: 0, child: last.node.parentNode ? last.node : null }
          : { node: line.anchor ?? this.roots[line.root]!, offset: 0, child: null };
        segments.push({ kind: "anchor", start: length, end: length, ...anchor, root: line.root });
        continue;
      }
      for (let p = 0; p < count; p++) {
        const piece = line.pieces[p]!;
        const start = length;
        parts.push(piece.text);
        length += piece.text.length;
        if (piece.kind === "text") segments.push({ kind: "text", start, end: length, node: piece.node, data: piece.data, piece, root: line.root });
        else segments.push({ kind: "atom", start, end: length, node: piece.node, piece, root: line.root });
      }
    }
    // One flat string: comparing and sending it does not first copy a string built piece by piece.
    this.text = parts.join("");
    this.segments = segments;
    this.older = previous ? this.compare(previous) : [];
  }

  knownEnds(older: string): KnownEnds | undefined {
    for (const o of this.older) if (o.text === older) return o.ends;
    return undefined;
  }

  /** What is known equal between this reading and `previous` (and the readings before it). */
  private compare(previous: DomTextSnapshot): Array<{ text: string; ends: KnownEnds }> {
    const a = previous.segments;
    const b = this.segments;
    let k = 0;
    while (k < a.length && k < b.length && a[k]!.start === b[k]!.start && a[k]!.end === b[k]!.end && sameSegment(a[k]!, b[k]!)) k++;
    const prefix = k > 0 ? b[k - 1]!.end : 0;
    const oldLength = previous.text.length;
    const newLength = this.text.length;
    let i = a.length - 1;
    let j = b.length - 1;
    while (i >= 0 && j >= 0 && oldLength - a[i]!.start === newLength - b[j]!.start && a[i]!.end - a[i]!.start === b[j]!.end - b[j]!.start && sameSegment(a[i]!, b[j]!)) {
      i--;
      j--;
    }
    const suffix = j < b.length - 1 ? newLength - b[j + 1]!.start : 0;
    const ends = { prefix, suffix };
    const out = [{ text: previous.text, ends }];
    // Through the previous reading, what was known of older ones still holds, within these bounds.
    for (const o of previous.older.slice(0, KEPT_READINGS - 1)) {
      out.push({ text: o.text, ends: { prefix: Math.min(prefix, o.ends.prefix), suffix: Math.min(suffix, o.ends.suffix) } });
    }
    return out;
  }

  /** Index of the first segment whose end is at or after `offset` (segments are in text order). */
  private firstEndingAtOrAfter(offset: number): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid]!.end < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The segment a boundary point at `offset` belongs to: the one that starts there when
   *  `forward`, the one that ends there otherwise (so a range never spills into a neighbour line). */
  private segmentAt(offset: number, forward: boolean): (Segment & { root: number }) | undefined {
    const segs = this.segments;
    const lo = this.firstEndingAtOrAfter(offset);
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
    if (seg.kind === "anchor") {
      if (!seg.child) return { node: seg.node, offset: seg.offset, root: seg.root };
      if (seg.child.parentNode !== seg.node) return null;
      return { node: seg.node, offset: indexOf(seg.child), root: seg.root };
    }
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
    const segs = this.segments;
    for (let i = this.firstEndingAtOrAfter(start); i < segs.length; i++) {
      const seg = segs[i]!;
      if (seg.start > end) break;
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
