// The few DOM builders the overlay, the card and the gate dialog share.
import { personMade } from "../controller/person-made.js";

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A button that runs `action` for a click a person made; synthetic clicks (a page's script) do
 *  nothing. `name` goes to data-action, what the tests and the page's own styles see. */
export function button(text: string, name: string | undefined, action: () => void, className?: string): HTMLButtonElement {
  const b = el("button", className, text);
  b.type = "button";
  if (name) b.dataset.action = name;
  b.addEventListener("click", (e) => {
    if (personMade(e)) action();
  });
  return b;
}

/** Inline declarations the page's style sheets cannot override. */
export function important(declarations: string[]): string {
  return declarations.map((d) => `${d}!important;`).join("");
}

/** Adds a listener; returns what removes it. */
export function listen(target: EventTarget, type: string, fn: EventListener, options?: AddEventListenerOptions): () => void {
  target.addEventListener(type, fn, options);
  return () => target.removeEventListener(type, fn, options);
}
