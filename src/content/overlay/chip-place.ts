// Where the status chip goes: in a corner of the compose box that no text of the draft reaches
// (bottom-right, then top-right), else just outside the box (above its top-right corner, where
// sites rarely put anything, then below its bottom-right one). It never sits over the words.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface ChipPlaceInput {
  editor: Box;
  chip: { width: number; height: number };
  /** Text rectangles the chip must not cover (the draft's first and last lines, the caret). */
  text: readonly Box[];
  /** The text runs past the box's visible area (it scrolls): any line may be under a corner. */
  overflows: boolean;
  viewport: { width: number; height: number };
}

const INSET = 6;
const GAP = 4;
/** Room kept around the words. */
const MARGIN = 2;

function hits(a: Box, b: Box): boolean {
  return a.left < b.right + MARGIN && b.left - MARGIN < a.right && a.top < b.bottom + MARGIN && b.top - MARGIN < a.bottom;
}

export function placeChip({ editor, chip, text, overflows, viewport }: ChipPlaceInput): { left: number; top: number; where: string } {
  const at = (left: number, top: number) => ({ left, top, right: left + chip.width, bottom: top + chip.height });
  const right = editor.right - chip.width;
  const candidates: Array<{ where: string; box: Box; inside: boolean }> = [
    { where: "bottom-right", box: at(right - INSET, editor.bottom - chip.height - INSET), inside: true },
    { where: "top-right", box: at(right - INSET, editor.top + INSET), inside: true },
    { where: "above", box: at(right, editor.top - chip.height - GAP), inside: false },
    { where: "below", box: at(right, editor.bottom + GAP), inside: false },
  ];
  const fits = (b: Box) => b.top >= 0 && b.bottom <= viewport.height;
  const free = candidates.find((c) => (c.inside ? !overflows && editor.bottom - editor.top >= chip.height + 2 * INSET : fits(c.box)) && !text.some((t) => hits(c.box, t)));
  const chosen = free ?? candidates[3]!;
  return { left: chosen.box.left, top: chosen.box.top, where: chosen.where };
}
