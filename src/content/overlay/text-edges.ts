// The rectangles of a contenteditable editor's first and last characters, read from the DOM at its
// two ends (a few text nodes), not from the whole draft: what a chip in a corner could cover.
// Top-window viewport coordinates, as the adapters give theirs.

/** Converts a rectangle of `el`'s document to the top window's viewport (same-origin iframes). */
export function toTopRect(el: Element, r: DOMRect): DOMRect {
  let left = r.left;
  let top = r.top;
  let view = el.ownerDocument.defaultView;
  while (view && view !== window) {
    const frame = view.frameElement;
    if (!frame) break;
    const f = frame.getBoundingClientRect();
    left += f.left + frame.clientLeft;
    top += f.top + frame.clientTop;
    view = frame.ownerDocument.defaultView;
  }
  return new DOMRect(left, top, r.width, r.height);
}

function textNodes(el: HTMLElement, fromEnd: boolean, chars: number): Text[] {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  let total = 0;
  if (fromEnd) {
    let last: Node = el;
    while (last.lastChild) last = last.lastChild;
    walker.currentNode = last;
    let node: Node | null = last.nodeType === Node.TEXT_NODE ? last : walker.previousNode();
    while (node && total < chars) {
      out.push(node as Text);
      total += (node as Text).data.length;
      node = walker.previousNode();
    }
  } else {
    let node = walker.nextNode();
    while (node && total < chars) {
      out.push(node as Text);
      total += (node as Text).data.length;
      node = walker.nextNode();
    }
  }
  return out;
}

/** Rectangles of about `chars` characters at each end of the editor's text. */
export function edgeRects(el: HTMLElement, chars: number): DOMRect[] {
  const out: DOMRect[] = [];
  const range = el.ownerDocument.createRange();
  for (const fromEnd of [false, true]) {
    for (const node of textNodes(el, fromEnd, chars)) {
      if (!node.data.trim()) continue;
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) out.push(toTopRect(el, r));
    }
  }
  return out;
}
