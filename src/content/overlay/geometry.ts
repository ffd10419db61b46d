// Coordinates: adapters report rectangles in the top window's viewport; events inside a
// same-origin iframe editor carry the frame's own coordinates.

/** The element that stands for `el` in the top document (its iframe when it lives in one). */
export function topAnchor(el: Element): Element {
  let node: Element = el;
  while (node.ownerDocument !== document) {
    const frame = node.ownerDocument.defaultView?.frameElement;
    if (!frame) break;
    node = frame;
  }
  return node;
}

/** Converts a point in `view`'s viewport to the top window's viewport. */
export function toTopViewport(view: Window | null, x: number, y: number): { x: number; y: number } {
  let px = x;
  let py = y;
  let w = view;
  while (w && w !== window) {
    const frame = w.frameElement;
    if (!frame) break;
    const r = frame.getBoundingClientRect();
    px += r.left + frame.clientLeft;
    py += r.top + frame.clientTop;
    w = frame.ownerDocument.defaultView;
  }
  return { x: px, y: py };
}

export function contains(rect: DOMRect, x: number, y: number, slop = 2): boolean {
  return x >= rect.left - slop && x <= rect.right + slop && y >= rect.top - slop && y <= rect.bottom + slop;
}

export function intersect(a: DOMRect, b: DOMRect): DOMRect | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return right > left && bottom > top ? new DOMRect(left, top, right - left, bottom - top) : null;
}
