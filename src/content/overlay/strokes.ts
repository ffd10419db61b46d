// Where underlines overlap on a line (several findings on the same words), the strokes are laid
// out so that only one full stroke stands under any character: the worst, then the longest,
// finding draws its stroke; the parts of the others that fall under it get a thin second line
// just below. Stacked wavy strokes otherwise add up to a thick hatch that hides the words.
import type { Severity } from "../../analyzer/types.js";

export interface StrokeInput {
  severity: Severity;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Segment {
  left: number;
  right: number;
  /** "primary": the finding's own stroke; "second": a thin line under another finding's stroke. */
  kind: "primary" | "second";
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Two rectangles sit on the same line when they share most of their height. */
function sameLine(a: StrokeInput, b: StrokeInput): boolean {
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return overlap > 0.5 * Math.min(a.bottom - a.top, b.bottom - b.top);
}

/** Removes the covered intervals from [left, right): the uncovered and the covered pieces. */
function split(left: number, right: number, covered: Array<[number, number]>): Segment[] {
  const cuts = covered.filter(([l, r]) => r > left && l < right).sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  let x = left;
  for (const [l, r] of cuts) {
    if (l > x) out.push({ left: x, right: l, kind: "primary" });
    const from = Math.max(l, x);
    const to = Math.min(r, right);
    if (to > from) out.push({ left: from, right: to, kind: "second" });
    x = Math.max(x, to);
  }
  if (right > x) out.push({ left: x, right, kind: "primary" });
  // Slivers under a pixel are rounding, not a stroke.
  return out.filter((s) => s.right - s.left >= 1);
}

/** For each input rectangle (same order), the segments to draw. */
export function layoutStrokes(inputs: readonly StrokeInput[]): Segment[][] {
  const order = inputs
    .map((input, index) => ({ input, index }))
    .sort((a, b) => RANK[a.input.severity] - RANK[b.input.severity] || (b.input.right - b.input.left) - (a.input.right - a.input.left) || a.index - b.index);
  const result: Segment[][] = inputs.map(() => []);
  const drawn: Array<{ line: StrokeInput; covered: Array<[number, number]> }> = [];
  for (const { input, index } of order) {
    let line = drawn.find((d) => sameLine(d.line, input));
    if (!line) {
      line = { line: input, covered: [] };
      drawn.push(line);
    }
    const segments = split(input.left, input.right, line.covered);
    for (const s of segments) if (s.kind === "primary") line.covered.push([s.left, s.right]);
    result[index] = segments;
  }
  return result;
}
