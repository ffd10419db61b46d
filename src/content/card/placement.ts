// Where the card goes: below the flagged words, leaving the line after them readable (the person
// reads on while the card is open), else above the flagged line, else just below it; always
// inside the viewport. Rectangles in the top window's viewport.

export interface Band {
  /** Top of the flagged line. */
  top: number;
  /** Bottom of the flagged words' last line. */
  bottom: number;
  /** Height of one line of the draft (the next line lies within it below `bottom`). */
  line: number;
}

export interface CardPlaceInput {
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  /** Left edge to align with (the flagged words' first rectangle), or null to centre. */
  left: number | null;
  band: Band | null;
}

const GAP = 8;
const EDGE = 8;

export function placeCard({ card, viewport, left, band }: CardPlaceInput): { left: number; top: number; where: string } {
  const x = Math.max(EDGE, Math.min(left ?? (viewport.width - card.width) / 2, viewport.width - card.width - EDGE));
  if (!band) return { left: x, top: Math.max(EDGE, (viewport.height - card.height) / 2), where: "centre" };
  const fitsAt = (top: number) => top >= EDGE && top + card.height <= viewport.height - EDGE;
  const belowNext = band.bottom + band.line + GAP / 2;
  if (fitsAt(belowNext)) return { left: x, top: belowNext, where: "below-next-line" };
  const above = band.top - card.height - GAP;
  if (fitsAt(above)) return { left: x, top: above, where: "above" };
  const below = band.bottom + GAP;
  return { left: x, top: Math.max(EDGE, Math.min(below, viewport.height - card.height - EDGE)), where: "below" };
}
