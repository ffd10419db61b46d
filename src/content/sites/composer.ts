// The composer around a compose box: where its attachment previews and publish buttons are. Each
// site names its containers and buttons; button labels (FR/EN) and an upward search cover the rest.
import { imageIsEmoji } from "../dom/text-map.js";
import { topDocument } from "../dom/frames.js";

export const PUBLISH_LABELS = [
  "post", "publier", "publish", "publish…", "tweet", "post all", "tout publier", "reply", "répondre", "update",
  "mettre à jour", "share", "partager", "schedule", "planifier", "send", "envoyer", "comment", "commenter",
  "continue", "publish now", "publier maintenant", "save and publish",
];
const BUTTONS = 'button, [role="button"], input[type="submit"]';
const GENERIC_CONTAINERS = ['[role="dialog"]', "form"];
/** Smaller images are avatars and icons, not attachments. */
const MIN_MEDIA_SIDE = 64;

function normalizeLabel(s: string): string {
  return s.replace(/\s+/g, " ").trim().replace(/(\.\.\.|…)$/, "").trim().toLowerCase();
}

function labelOf(el: Element): string {
  const aria = el.getAttribute("aria-label");
  if (aria) return aria;
  if (el.tagName === "INPUT") return (el as HTMLInputElement).value;
  return el.textContent ?? "";
}

export function isPublishLabel(label: string): boolean {
  const norm = normalizeLabel(label);
  return norm.length > 0 && PUBLISH_LABELS.some((l) => normalizeLabel(l) === norm);
}

/** The element hosting `el` in the top document (the iframe, for editors in frames). */
function hostInTop(el: Element): Element {
  let current: Element = el;
  for (;;) {
    let frame: Element | null = null;
    try {
      frame = current.ownerDocument.defaultView?.frameElement ?? null;
    } catch {
      frame = null;
    }
    if (!frame) return current;
    current = frame;
  }
}

function closestAcrossShadow(el: Element, selector: string): Element | null {
  for (let node: Element | null = el; node; ) {
    const hit = node.closest(selector);
    if (hit) return hit;
    const root = node.getRootNode();
    node = root.nodeType === 11 ? (root as ShadowRoot).host : null;
  }
  return null;
}

/** The container of the compose box: the nearest site container, a dialog or a form, or the
 *  closest ancestor (up to 8 levels) that holds a publish button. */
export function composerOf(el: Element, containers: readonly string[] = []): Element {
  const start = hostInTop(el);
  for (const selector of [...containers, ...GENERIC_CONTAINERS]) {
    const hit = closestAcrossShadow(start, selector);
    if (hit) return hit;
  }
  let node: Element | null = start.parentElement;
  for (let depth = 0; node && depth < 8; depth++, node = node.parentElement) {
    if (Array.from(node.querySelectorAll(BUTTONS)).some((b) => isPublishLabel(labelOf(b)))) return node;
  }
  return start.parentElement ?? start;
}

function isLargeEnough(el: Element): boolean {
  const box = el.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) {
    // Not laid out (or not yet): fall back on the declared size.
    const w = Number(el.getAttribute("width") ?? NaN);
    const h = Number(el.getAttribute("height") ?? NaN);
    return !(w < MIN_MEDIA_SIDE || h < MIN_MEDIA_SIDE);
  }
  return box.width >= MIN_MEDIA_SIDE && box.height >= MIN_MEDIA_SIDE;
}

export function hasMediaIn(editable: Element, containers: readonly string[], selectors: readonly string[]): boolean {
  const composer = composerOf(editable, containers);
  for (const selector of selectors) if (composer.querySelector(selector) || editable.querySelector(selector)) return true;
  const candidates = [...Array.from(editable.querySelectorAll("img, video")), ...Array.from(composer.querySelectorAll("img, video"))];
  return candidates.some((m) => (m.tagName === "VIDEO" || !imageIsEmoji(m as HTMLImageElement)) && isLargeEnough(m));
}

export function publishButtonsFor(editable: Element, containers: readonly string[], selectors: readonly string[]): HTMLElement[] {
  const composer = composerOf(editable, containers);
  const scopes: ParentNode[] = [composer];
  const top = topDocument(editable.ownerDocument);
  if (top !== editable.ownerDocument) scopes.push(top); // a framed editor's buttons are in the page around it
  const found = new Set<HTMLElement>();
  for (const scope of scopes) {
    for (const selector of selectors) scope.querySelectorAll<HTMLElement>(selector).forEach((b) => found.add(b));
    scope.querySelectorAll<HTMLElement>(BUTTONS).forEach((b) => {
      if (isPublishLabel(labelOf(b))) found.add(b);
    });
  }
  return Array.from(found).filter((b) => !b.contains(editable) && !editable.contains(b));
}
