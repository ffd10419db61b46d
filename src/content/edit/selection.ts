// Putting the caret or a selection where a fix goes, the way a click would, and letting the editor
// catch up (editors read the DOM selection on `selectionchange`, some of them a task later).

export function viewOf(node: Node): Window {
  const view = (node.ownerDocument ?? (node as Document)).defaultView;
  if (!view) throw new Error("detached document");
  return view;
}

/** Focuses the editable root and selects `range` in it (also inside iframes and shadow roots). */
export function selectRange(range: Range, editable: HTMLElement): void {
  const doc = editable.ownerDocument;
  const view = viewOf(editable);
  if (view !== view.top) view.focus(); // the frame of TinyMCE or Gutenberg must hold focus too
  const root = editable.getRootNode() as Document | ShadowRoot;
  if (root.activeElement !== editable && !editable.contains(root.activeElement)) editable.focus({ preventScroll: true });
  const selection = doc.getSelection();
  if (!selection) return;
  selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
}

/** Resolves after the editor had the tasks it queues on selection and input events. */
export function settle(view: Window, ms = 10): Promise<void> {
  return new Promise((resolve) => view.setTimeout(() => view.setTimeout(resolve, ms), 0));
}
