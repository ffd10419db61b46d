// Coordinates of editors inside same-origin iframes (Gutenberg's editor-canvas, TinyMCE's
// content_ifr): client rects are relative to the iframe's viewport, the overlay draws in the top
// window, so each rect is shifted by every enclosing iframe's content-box origin.

/** The offset of `doc`'s viewport in the top window (0, 0 for the top document itself). */
export function frameOffset(doc: Document | null | undefined): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let view = doc?.defaultView ?? null;
  while (view) {
    let frame: Element | null = null;
    try {
      frame = view.frameElement;
    } catch {
      frame = null; // cross-origin parent: stop here
    }
    if (!frame) break;
    const box = frame.getBoundingClientRect();
    const parentView = frame.ownerDocument.defaultView;
    const style = parentView?.getComputedStyle(frame);
    x += box.left + frame.clientLeft + (style ? parseFloat(style.paddingLeft) || 0 : 0);
    y += box.top + frame.clientTop + (style ? parseFloat(style.paddingTop) || 0 : 0);
    view = parentView;
  }
  return { x, y };
}

export function toTopWindowRects(rects: readonly DOMRect[], doc: Document | null | undefined): DOMRect[] {
  const { x, y } = frameOffset(doc);
  if (x === 0 && y === 0) return rects.slice();
  return rects.map((r) => new DOMRect(r.x + x, r.y + y, r.width, r.height));
}

/** The top-most same-origin document above `doc` (where publish buttons of a framed editor live). */
export function topDocument(doc: Document): Document {
  let current = doc;
  for (;;) {
    let frame: Element | null = null;
    try {
      frame = current.defaultView?.frameElement ?? null;
    } catch {
      frame = null;
    }
    if (!frame) return current;
    current = frame.ownerDocument;
  }
}
