// The flagged passage with a little context, for the card and the gate (rendered as text only).
export interface Excerpt {
  before: string;
  flagged: string;
  after: string;
}

export function excerptOf(text: string, start: number, end: number, context = 48): Excerpt {
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  // Cut at a word boundary so the context does not start or end mid-word.
  if (from > 0) {
    const space = text.indexOf(" ", from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    if (space > end) to = space;
  }
  const clean = (s: string) => s.replace(/\s+/g, " ");
  return {
    before: (from > 0 ? "…" : "") + clean(text.slice(from, start)),
    flagged: clean(text.slice(start, end)),
    after: clean(text.slice(end, to)) + (to < text.length ? "…" : ""),
  };
}
