// Where text sits inside a <textarea>: a textarea has no DOM ranges for its text, so a hidden
// mirror <div> with the same box and font lays the text out the same way and is measured. The
// mirror is placed outside the editor (fixed, invisible), inside a closed shadow root so that the
// page's MutationObservers never see the flagged words it holds, and removed right after measuring.
import { toTopWindowRects } from "./frames.js";
import { important } from "./el.js";

const COPIED = [
  "boxSizing", "fontFamily", "fontSize", "fontStyle", "fontVariant", "fontWeight", "fontStretch", "fontFeatureSettings",
  "lineHeight", "letterSpacing", "wordSpacing", "textTransform", "textIndent", "textAlign", "tabSize", "direction",
  "paddingTop", "paddingRight", "paddingBottom", "paddingLeft", "wordBreak",
] as const;

const HOST_STYLE = important(["all:initial", "position:fixed", "top:0", "left:0", "width:0", "height:0", "visibility:hidden", "pointer-events:none", "display:block"]);
const roots = new Map<Document, { host: HTMLElement; root: ShadowRoot }>();

/** The closed shadow root, in `doc`, where mirrors are laid out (one empty <div> a document). */
function measureRoot(doc: Document): ShadowRoot {
  let entry = roots.get(doc);
  if (!entry) {
    const host = doc.createElement("div");
    host.style.cssText = HOST_STYLE;
    entry = { host, root: host.attachShadow({ mode: "closed" }) };
    roots.set(doc, entry);
  }
  if (!entry.host.isConnected) (doc.body ?? doc.documentElement).append(entry.host);
  return entry.root;
}

/** Removes the measuring hosts (the extension is going away). */
export function removeMeasureRoots(): void {
  for (const { host } of roots.values()) host.remove();
  roots.clear();
}

export function textareaRects(area: HTMLTextAreaElement, start: number, end: number): DOMRect[] {
  const doc = area.ownerDocument;
  const view = doc.defaultView;
  if (!view || !doc.body) return [];
  const style = view.getComputedStyle(area);
  const mirror = doc.createElement("div");
  const m = mirror.style;
  for (const prop of COPIED) m[prop] = style[prop];
  Object.assign(m, {
    position: "fixed", top: "0", left: "0", visibility: "hidden", pointerEvents: "none", border: "0", margin: "0", boxSizing: "border-box",
    width: `${area.clientWidth}px`, // the content box without the scroll bar
    whiteSpace: "pre-wrap", overflowWrap: "break-word", overflow: "hidden",
  });
  const value = area.value;
  const marked = doc.createElement("span");
  // A caret (start === end) still needs a box: a zero-width space gives it a line's height.
  marked.textContent = start === end ? "\u200b" : value.slice(start, end);
  mirror.append(doc.createTextNode(value.slice(0, start)), marked, doc.createTextNode(value.slice(end) + "\u200b"));
  measureRoot(doc).append(mirror);
  try {
    const origin = mirror.getBoundingClientRect();
    const box = area.getBoundingClientRect();
    const left = box.left + area.clientLeft - area.scrollLeft - origin.left;
    const top = box.top + area.clientTop - area.scrollTop - origin.top;
    const clip = { top: box.top + area.clientTop, bottom: box.top + area.clientTop + area.clientHeight };
    const rects = Array.from(marked.getClientRects())
      .map((r) => new DOMRect(r.left + left, r.top + top, start === end ? 0 : r.width, r.height))
      .filter((r) => r.bottom > clip.top && r.top < clip.bottom);
    return toTopWindowRects(rects, doc);
  } finally {
    mirror.remove();
  }
}
