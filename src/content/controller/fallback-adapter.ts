// A minimal adapter for a plain <textarea> and a plain contenteditable, used only until the site
// adapters (src/content/sites/index.ts) are in the build, and by this folder's tests.
import type { EditorAdapter, SiteAdapterFactory, TextSnapshot } from "../types.js";
import type { Platform } from "../../analyzer/types.js";

const PUBLISH_WORDS = /^(publier|post|tweet|reply|répondre|poster|partager|share|update|mettre à jour|publish)$/i;

function composerOf(element: HTMLElement): HTMLElement {
  let node: HTMLElement = element;
  for (let i = 0; i < 4 && node.parentElement && node.parentElement !== node.ownerDocument.body; i++) node = node.parentElement;
  return node;
}

function publishButtonsNear(element: HTMLElement): HTMLElement[] {
  const composer = composerOf(element);
  return [...composer.querySelectorAll<HTMLElement>("button, [role=button]")].filter((b) =>
    PUBLISH_WORDS.test((b.getAttribute("aria-label") ?? b.textContent ?? "").trim()),
  );
}

const TEXTAREA_STYLE_PROPS = [
  "box-sizing", "width", "padding-top", "padding-right", "padding-bottom", "padding-left",
  "border-top-width", "border-right-width", "border-bottom-width", "border-left-width", "border-style",
  "font-family", "font-size", "font-weight", "font-style", "line-height", "letter-spacing",
  "word-spacing", "text-indent", "text-transform", "tab-size", "direction",
];

/** Rectangles of [start, end) of a textarea's value, measured on an off-screen mirror. */
function textareaRects(area: HTMLTextAreaElement, start: number, end: number): DOMRect[] {
  const doc = area.ownerDocument;
  const box = area.getBoundingClientRect();
  const mirror = doc.createElement("div");
  const style = getComputedStyle(area);
  for (const prop of TEXTAREA_STYLE_PROPS) mirror.style.setProperty(prop, style.getPropertyValue(prop));
  Object.assign(mirror.style, {
    position: "fixed", top: `${box.top}px`, left: `${box.left}px`, visibility: "hidden", whiteSpace: "pre-wrap",
    overflowWrap: "break-word", overflow: "hidden", height: `${box.height}px`, borderColor: "transparent",
    pointerEvents: "none", margin: "0",
  });
  // The scrollbar narrows the text area; the mirror has none.
  mirror.style.width = `${area.clientWidth + area.clientLeft * 2}px`;
  const value = area.value;
  mirror.append(doc.createTextNode(value.slice(0, start)));
  const mark = doc.createElement("span");
  mark.textContent = value.slice(start, end) || "\u200b";
  mirror.append(mark, doc.createTextNode(value.slice(end) || "\u200b"));
  doc.documentElement.append(mirror);
  const rects = [...mark.getClientRects()].map(
    (r) => new DOMRect(r.left - area.scrollLeft, r.top - area.scrollTop, start === end ? 0 : r.width, r.height),
  );
  mirror.remove();
  return rects;
}

function textareaAdapter(area: HTMLTextAreaElement, site: string, platform: Platform): EditorAdapter {
  return {
    site,
    platform,
    element: area,
    snapshot: (): TextSnapshot => ({ text: area.value, range: () => null }),
    rectsFor: (start, end) => textareaRects(area, start, end),
    canReplace: () => true,
    async replace(start, end, text) {
      const expected = area.value.slice(0, start) + text + area.value.slice(end);
      area.focus();
      area.setSelectionRange(start, end);
      // execCommand keeps the change on the browser's undo stack.
      const done = area.ownerDocument.execCommand("insertText", false, text);
      if (!done || area.value !== expected) {
        area.setRangeText(text, start, end, "end");
        area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertReplacementText", data: text }));
      }
      return area.value === expected;
    },
    hasMedia: () => false,
    publishButtons: () => publishButtonsNear(area),
    dispose() {},
  };
}

const BLOCKS = new Set(["DIV", "P", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE"]);

interface Piece {
  node: Text;
  start: number;
}

function readEditable(root: HTMLElement): { text: string; pieces: Piece[] } {
  let text = "";
  const pieces: Piece[] = [];
  const walk = (node: Node, first: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      pieces.push({ node: node as Text, start: text.length });
      text += (node as Text).data;
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.tagName === "BR") {
      text += "\n";
      return;
    }
    const block = BLOCKS.has(node.tagName) && node !== root;
    if (block && !first && text.length && !text.endsWith("\n")) text += "\n";
    let i = 0;
    for (const child of node.childNodes) walk(child, first && i++ === 0);
  };
  walk(root, true);
  return { text, pieces };
}

function pointAt(pieces: Piece[], offset: number, root: HTMLElement): [Node, number] {
  for (const p of pieces) {
    if (offset >= p.start && offset <= p.start + p.node.data.length) return [p.node, offset - p.start];
  }
  return [root, root.childNodes.length];
}

function editableAdapter(root: HTMLElement, site: string, platform: Platform): EditorAdapter {
  const snapshot = (): TextSnapshot => {
    const { text, pieces } = readEditable(root);
    return {
      text,
      range(start, end) {
        if (start < 0 || end > text.length || start > end) return null;
        const range = root.ownerDocument.createRange();
        range.setStart(...pointAt(pieces, start, root));
        range.setEnd(...pointAt(pieces, end, root));
        return range;
      },
    };
  };
  return {
    site,
    platform,
    element: root,
    snapshot,
    rectsFor: (start, end) => [...(snapshot().range(start, end)?.getClientRects() ?? [])],
    canReplace: () => true,
    async replace(start, end, text) {
      const before = snapshot();
      const expected = before.text.slice(0, start) + text + before.text.slice(end);
      const range = before.range(start, end);
      if (!range) return false;
      root.focus();
      const selection = root.ownerDocument.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      if (text) root.ownerDocument.execCommand("insertText", false, text);
      else root.ownerDocument.execCommand("delete");
      return snapshot().text === expected;
    },
    hasMedia: () => composerOf(root).querySelector("img[data-attachment], video") !== null,
    publishButtons: () => publishButtonsNear(root),
    dispose() {},
  };
}

function skip(el: HTMLElement): boolean {
  return (
    el.getAttribute("data-gramm") === "false" ||
    el.getAttribute("data-enable-grammarly") === "false" ||
    (el instanceof HTMLTextAreaElement && (el.readOnly || el.disabled))
  );
}

function platformFor(host: string): Platform {
  if (/(^|\.)facebook\.com$/.test(host)) return "facebook";
  if (/(^|\.)(x|twitter)\.com$/.test(host)) return "x";
  if (/(^|\.)linkedin\.com$/.test(host)) return "linkedin";
  return "blog";
}

function siteFor(host: string): string {
  const platform = platformFor(host);
  return platform === "blog" ? "generic" : platform;
}

export const fallbackAdapter: SiteAdapterFactory = {
  id: "fallback",
  platform: "other",
  matches: () => true,
  find(root) {
    const candidates = root.querySelectorAll<HTMLElement>("textarea, [contenteditable=''], [contenteditable=true], [contenteditable=plaintext-only]");
    // Only outermost editable roots: a contenteditable's children inherit editability.
    return [...candidates].filter((el) => !skip(el) && !(el.parentElement?.isContentEditable ?? false));
  },
  create(element) {
    const host = element.ownerDocument.location?.hostname ?? "";
    const site = siteFor(host);
    const platform = platformFor(host);
    return element instanceof HTMLTextAreaElement ? textareaAdapter(element, site, platform) : editableAdapter(element, site, platform);
  },
};
