// Moves findings computed on an older text onto the current text while a fresh analysis is on its
// way, so underlines follow typing: findings after the edit shift, findings the edit touches drop.
import type { Finding } from "../../analyzer/types.js";

export interface Edit {
  /** First changed offset (same in both texts). */
  start: number;
  /** End of the changed part in the old text. */
  oldEnd: number;
  /** End of the changed part in the new text. */
  newEnd: number;
}

/** The single changed region between two texts (common prefix and suffix), or null when equal. */
export function diffTexts(oldText: string, newText: string): Edit | null {
  if (oldText === newText) return null;
  const max = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let suffix = 0;
  while (
    suffix < max - start &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

function shiftSpan(start: number, end: number, edit: Edit): [number, number] | null {
  if (end <= edit.start) return [start, end];
  const delta = edit.newEnd - edit.oldEnd;
  if (start >= edit.oldEnd) return [start + delta, end + delta];
  return null;
}

/** Findings (and their fixes) moved onto `newText`; those the edit overlaps are dropped. */
export function rebaseFindings(findings: readonly Finding[], oldText: string, newText: string): Finding[] {
  const edit = diffTexts(oldText, newText);
  if (!edit) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    const span = shiftSpan(f.start, f.end, edit);
    if (!span) continue;
    const moved: Finding = { ...f, start: span[0], end: span[1] };
    if (f.fix) {
      // An insertion at the very end (the general-information notice) stays at the end.
      const atEnd = f.fix.start === oldText.length && f.fix.end === oldText.length;
      const fixSpan: [number, number] | null = atEnd ? [newText.length, newText.length] : shiftSpan(f.fix.start, f.fix.end, edit);
      if (fixSpan) moved.fix = { ...f.fix, start: fixSpan[0], end: fixSpan[1] };
      else delete moved.fix;
    }
    out.push(moved);
  }
  return out;
}
