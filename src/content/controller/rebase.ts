// Moves findings computed on an older text onto the current text while a fresh analysis is on its
// way, so underlines follow typing: findings after the edit shift, findings the edit touches drop.
import type { Finding, FindingPart } from "../../analyzer/types.js";
import { diffTexts, type Edit, type KnownEnds } from "../../shared/text-diff.js";

export { diffTexts, type Edit };

function shiftSpan(start: number, end: number, edit: Edit): [number, number] | null {
  if (end <= edit.start) return [start, end];
  const delta = edit.newEnd - edit.oldEnd;
  if (start >= edit.oldEnd) return [start + delta, end + delta];
  return null;
}

/** Findings (and their fixes) moved onto `newText`; those the edit overlaps are dropped. `known`:
 *  how much of both texts' ends is known equal (saves comparing them, changes nothing). */
export function rebaseFindings(findings: readonly Finding[], oldText: string, newText: string, known?: KnownEnds): Finding[] {
  const edit = diffTexts(oldText, newText, known);
  if (!edit) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.parts) {
      // A combination finding keeps the parts the edit left alone, its span the first one's.
      const parts = movedParts(f.parts, edit);
      const first = parts[0];
      if (first) out.push({ ...f, start: first.start, end: first.end, parts });
      continue;
    }
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

function movedParts(parts: readonly FindingPart[], edit: Edit): FindingPart[] {
  const out: FindingPart[] = [];
  for (const p of parts) {
    const span = shiftSpan(p.start, p.end, edit);
    if (!span) continue;
    const moved: FindingPart = { ...p, start: span[0], end: span[1] };
    const fixSpan = p.fix ? shiftSpan(p.fix.start, p.fix.end, edit) : null;
    if (p.fix && fixSpan) moved.fix = { ...p.fix, start: fixSpan[0], end: fixSpan[1] };
    else delete moved.fix;
    out.push(moved);
  }
  return out;
}
