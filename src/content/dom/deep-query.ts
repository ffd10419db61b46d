// Queries that also look inside open shadow roots (LinkedIn mounts parts of its composer in one)
// and inside same-origin iframes named by a selector (Gutenberg's canvas, TinyMCE's content frame).

/** Every element matching `selector` under `root`, including inside open shadow roots. */
export function queryAllDeep(root: Document | ShadowRoot | Element, selector: string): Element[] {
  const out: Element[] = [];
  const visit = (scope: Document | ShadowRoot | Element) => {
    out.push(...Array.from(scope.querySelectorAll(selector)));
    const doc = scope.nodeType === 9 ? (scope as Document) : scope.ownerDocument;
    if (!doc) return;
    const walker = doc.createTreeWalker(scope, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const shadow = (node as Element).shadowRoot;
      if (shadow) visit(shadow);
    }
  };
  visit(root);
  return out;
}

/** Documents of the same-origin iframes matching `frameSelector` under `root`. */
export function frameDocuments(root: Document | ShadowRoot, frameSelector: string): Document[] {
  const docs: Document[] = [];
  for (const frame of Array.from(root.querySelectorAll(frameSelector))) {
    if (frame.tagName !== "IFRAME") continue;
    try {
      const doc = (frame as HTMLIFrameElement).contentDocument;
      if (doc && doc.documentElement) docs.push(doc);
    } catch {
      // cross-origin: not ours to read
    }
  }
  return docs;
}

/** Drops elements nested inside another element of the list (one adapter a box). */
export function outermost<T extends Element>(elements: readonly T[]): T[] {
  const set = new Set<Element>(elements);
  return elements.filter((el, i) => {
    if (elements.indexOf(el) !== i) return false;
    for (let p = parentAcrossShadow(el); p; p = parentAcrossShadow(p)) if (set.has(p)) return false;
    return true;
  });
}

function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root.nodeType === 11 && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
}
