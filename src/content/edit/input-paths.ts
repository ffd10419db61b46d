// The ways a fix enters a contenteditable editor, each one an event the editor already handles
// for a person's typing, so that its own model and undo stack take the change:
//  - "exec": execCommand("insertText") on the selection. The browser fires a trusted
//    `beforeinput` (Lexical, ProseMirror, Quill and TinyMCE handle it or read the DOM mutation that
//    follows) and an `input` event (Draft.js reconciles the edited text leaf from it).
//  - "beforeinput": a synthetic `beforeinput` the editor handles and cancels; falls back to
//    "exec" when the editor leaves it to the browser.
//  - "paste": a synthetic paste of plain text (Draft.js splits lines into blocks from it).

export type InputPath = "exec" | "beforeinput" | "paste";

/** Inserts `text` over the current selection of `doc` like typing would; "\n" becomes Enter. */
export function execInsert(doc: Document, text: string): void {
  const selection = doc.getSelection();
  if (text === "") {
    if (selection && !selection.isCollapsed) doc.execCommand("delete", false);
    return;
  }
  text.split("\n").forEach((line, i) => {
    if (i > 0) doc.execCommand("insertParagraph", false);
    if (line) doc.execCommand("insertText", false, line);
  });
}

export function dispatchBeforeInput(target: HTMLElement, text: string, replacing: boolean): boolean {
  const view = target.ownerDocument.defaultView;
  if (!view) return false;
  const event = new view.InputEvent("beforeinput", {
    inputType: replacing ? "insertReplacementText" : "insertText",
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  target.dispatchEvent(event);
  return event.defaultPrevented;
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
