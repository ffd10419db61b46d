// Applies a replacement (or an insertion when start === end) in a contenteditable editor through
// one of its input paths, then checks that the editor's text is exactly the expected text.
import type { DomTextSnapshot } from "../dom/text-map.js";
import { dispatchBeforeInput, dispatchPaste, execInsert, type InputPath, type ParagraphPath } from "./input-paths.js";
import { selectRange, settle, viewOf } from "./selection.js";

export interface EditableTarget {
  /** A fresh reading of the editor. */
  read(): DomTextSnapshot;
  /** The contenteditable element that holds [start, end) of `snapshot` (the root for most editors,
   *  one block for Gutenberg), or null when the range spans several. */
  editableFor(snapshot: DomTextSnapshot, start: number, end: number): HTMLElement | null;
  /** Marks an undo step in editors that group typing by themselves (TinyMCE); called before and
   *  after the change so that undo goes back exactly to the text before the fix. */
  undoCheckpoint?(editable: HTMLElement): void;
  /** How a line break in the fix becomes a new paragraph (see ParagraphPath); "exec" when absent. */
  paragraphs?: ParagraphPath;
}

export async function replaceInEditable(target: EditableTarget, path: InputPath, start: number, end: number, text: string): Promise<boolean> {
  const snapshot = target.read();
  if (start < 0 || end < start || end > snapshot.text.length) return false;
  const expected = snapshot.text.slice(0, start) + text + snapshot.text.slice(end);
  const editable = target.editableFor(snapshot, start, end);
  const range = snapshot.range(start, end);
  if (!editable || !range) return false;
  const view = viewOf(editable);
  selectRange(range, editable);
  await settle(view);
  // Editors keep their own copy of the selection; if the text moved meanwhile, the offsets are stale.
  if (target.read().text !== snapshot.text) return false;

  target.undoCheckpoint?.(editable);
  if (path === "paste") {
    dispatchPaste(editable, text);
  } else if (path === "beforeinput") {
    if (!dispatchBeforeInput(editable, text, start !== end)) await execInsert(editable.ownerDocument, text, target.paragraphs, editable);
  } else {
    await execInsert(editable.ownerDocument, text, target.paragraphs, editable);
  }
  await settle(view);
  target.undoCheckpoint?.(editable);
  return target.read().text === expected;
}
