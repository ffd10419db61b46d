// The ways a fix enters a contenteditable editor, each one an event the editor already handles
// for a person's typing, so that its own model and undo stack take the change:
//  - "exec": execCommand("insertText") on the selection. The browser fires a trusted
//    `beforeinput` (Lexical, ProseMirror, Quill and TinyMCE handle it or read the DOM mutation that
//    follows) and an `input` event (Draft.js reconciles the edited text leaf from it).
//  - "beforeinput": a synthetic `beforeinput` the editor handles and cancels; falls back to
//    "exec" when the editor leaves it to the browser.
//  - "paste": a synthetic paste of plain text (Draft.js splits lines into blocks from it).

import { settle } from "./selection.js";

export type InputPath = "exec" | "beforeinput" | "paste";

/** How a line break of a fix reaches an editor: "exec" lets the browser split the block
 *  (editors that read the DOM mutation back), "enter" sends the Enter key the editor's own key
 *  handler turns into a new block (Gutenberg's paragraph blocks), as a person's Enter does. */
export type ParagraphPath = "exec" | "enter";

/** Inserts `text` over the current selection of `doc` like typing would; "\n" becomes Enter. */
export async function execInsert(doc: Document, text: string, paragraphs: ParagraphPath = "exec", target?: HTMLElement): Promise<void> {
  const selection = doc.getSelection();
  if (text === "") {
    if (selection && !selection.isCollapsed) doc.execCommand("delete", false);
    return;
  }
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) {
      const handled = paragraphs === "enter" && target !== undefined && dispatchEnter(target);
      if (handled && doc.defaultView) await settle(doc.defaultView); // the editor moves the caret into the new block
      else doc.execCommand("insertParagraph", false);
    }
    const line = lines[i];
    if (line) doc.execCommand("insertText", false, line);
  }
}

/** A synthetic Enter on the focused block: a keydown (older Gutenberg split blocks on it) and,
 *  when that is left to the browser, the `beforeinput` "insertParagraph" a key press sends (current
 *  Gutenberg's writing flow splits the block there and ignores Enter keydowns in its editables);
 *  true when the editor handled (cancelled) one of them. */
function dispatchEnter(target: HTMLElement): boolean {
  const view = target.ownerDocument.defaultView;
  if (!view) return false;
  // After a first Enter, a block editor has moved focus to the block it made.
  const active = target.ownerDocument.activeElement;
  const on = active instanceof view.HTMLElement && active.isContentEditable ? active : target;
  const init = { key: "Enter", code: "Enter", keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true };
  const event = new view.KeyboardEvent("keydown", init);
  on.dispatchEvent(event);
  return event.defaultPrevented || dispatchInputType(on, "insertParagraph", null);
}

/** A synthetic `beforeinput` of `inputType`; true when the editor handled (cancelled) it. */
export function dispatchInputType(target: HTMLElement, inputType: string, data: string | null): boolean {
  const view = target.ownerDocument.defaultView;
  if (!view) return false;
  const event = new view.InputEvent("beforeinput", { inputType, data, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

export function dispatchBeforeInput(target: HTMLElement, text: string, replacing: boolean): boolean {
  return dispatchInputType(target, replacing ? "insertReplacementText" : "insertText", text);
}

export function dispatchPaste(target: HTMLElement, text: string): boolean {
  const view = target.ownerDocument.defaultView;
  if (!view) return false;
  const data = new view.DataTransfer();
  data.setData("text/plain", text);
  const event = new view.ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/** TinyMCE ends a typing undo step and records one on an `input` event of type
 *  insertReplacementText (what the browser's spell checker sends); nothing else reacts to it. */
export function tinymceUndoCheckpoint(editable: HTMLElement): void {
  const view = editable.ownerDocument.defaultView;
  if (!view) return;
  editable.dispatchEvent(new view.InputEvent("input", { inputType: "insertReplacementText", bubbles: true }));
}
