// Fixing text in a <textarea>: execCommand("insertText") is what the browser does for typing, so
// the page's listeners (React's onChange on X's mobile composer) and the native undo stack both
// see it. Where it is unavailable, setRangeText and an input event do the same without undo.

export function replaceInTextarea(area: HTMLTextAreaElement, start: number, end: number, text: string): boolean {
  const before = area.value;
  const expected = before.slice(0, start) + text + before.slice(end);
  area.focus({ preventScroll: true });
  area.setSelectionRange(start, end);
  const doc = area.ownerDocument;
  try {
    if (text === "") {
      if (start !== end) doc.execCommand("delete", false);
    } else {
      doc.execCommand("insertText", false, text);
    }
  } catch {
    // execCommand threw (a few embedded browsers): fall through to setRangeText
  }
  if (area.value === before && before !== expected) {
    area.setRangeText(text, start, end, "end");
    area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertReplacementText", data: text }));
  }
  const caret = start + text.length;
  if (area.value === expected) area.setSelectionRange(caret, caret);
  return area.value === expected;
}
