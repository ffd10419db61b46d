// The port each content script keeps open to the worker (lifecycle.ts): its closing tells an old
// content script that its extension went away, and it carries the content script's requests,
// each answered on the same port. A request may send the draft as the change since the text it
// sent last on that port (the worker keeps that one text a port), which a 5,000-word draft makes
// worth it: the page serialises what it sends on every keystroke. Types only: the worker checks
// every envelope with zod (protocol.ts), the page carries no schema.
import type { Edit } from "./text-diff.js";
import { diffTexts } from "./text-diff.js";

/** The name of the port each content script keeps open to the worker. */
export const CONTENT_PORT = "content";

/** The draft as a change of the last text sent on the port: `base` characters long before, the
 *  part [start, end) of it replaced by `insert`. */
export interface TextPatch {
  base: number;
  start: number;
  end: number;
  insert: string;
}

/** A request on the port: a protocol message (`{ type, data }`), its `data.text` left out when a
 *  patch stands for it. */
export interface PortRequest {
  id: number;
  message: unknown;
  patch?: TextPatch;
}

export interface PortReply {
  id: number;
  reply: unknown;
}

/** The worker's error when a patch does not apply (it lost its copy: a new worker, or a mismatch). */
export const STALE_TEXT = "stale text";

export function makeTextPatch(base: string, text: string): TextPatch {
  const edit: Edit = diffTexts(base, text) ?? { start: 0, oldEnd: 0, newEnd: 0 };
  return { base: base.length, start: edit.start, end: edit.oldEnd, insert: text.slice(edit.start, edit.newEnd) };
}

/** The text a patch stands for, or null when it does not fit `base`. */
export function applyTextPatch(base: string, patch: TextPatch): string | null {
  if (patch.base !== base.length || patch.start < 0 || patch.end < patch.start || patch.end > base.length) return null;
  return base.slice(0, patch.start) + patch.insert + base.slice(patch.end);
}
