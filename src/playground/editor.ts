// The playground's own composer: filling it with a sample, pasting as plain text, and opening the
// card of a finding from the list (through the overlay's keyboard shortcut, as a user would).
import type { Finding } from "../analyzer/types.js";
import { currentAdapter } from "./site.js";

/** Replaces the draft with `paragraphs`, one block each (the page's own editor, not a site's). */
export function fillEditor(editor: HTMLElement, paragraphs: readonly string[]): void {
  const doc = editor.ownerDocument;
  editor.replaceChildren(
    ...paragraphs.map((text) => {
      const block = doc.createElement("div");
      block.textContent = text;
      return block;
    }),
  );
}

/** Pastes as plain text through the browser's input path (so undo keeps it), dropping the
 *  formatting and images a rich paste would bring. */
export function pasteAsPlainText(event: ClipboardEvent): void {
  const text = event.clipboardData?.getData("text/plain");
  if (text === undefined) return;
  event.preventDefault();
  // execCommand is deprecated but still the only way to insert text that the undo stack records.
  document.execCommand("insertText", false, text);
}

function shortcut(editor: HTMLElement, init: KeyboardEventInit): void {
  editor.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, cancelable: true, composed: true, ...init }));
}

/** Opens the card of `finding`: caret at its start, then Alt+Shift+N (the card's "next finding"
 *  shortcut), so that focus moves into the card as with the keyboard. False when it is gone. */
export function showFinding(editor: HTMLElement, finding: Finding): boolean {
  const adapter = currentAdapter();
  if (!adapter || adapter.element !== editor) return false;
  const snapshot = adapter.snapshot();
  const range = snapshot.range(finding.start, finding.start);
  if (!range) return false;
  editor.focus({ preventScroll: true });
  // Escape first: with a card already open, Alt+Shift+N would step from that card instead.
  shortcut(editor, { key: "Escape", code: "Escape" });
  const selection = editor.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  shortcut(editor, { key: "N", code: "KeyN", altKey: true, shiftKey: true });
  return true;
}
