// The single changed region between two texts (to rebase findings while an analysis is on its
// way, and to send the worker only what changed): their common prefix and suffix, compared a block
// at a time by the engine's own string equality (native) rather than a character at a time in
// script. The page compares its whole draft with the last one on every keystroke, and a script
// loop that runs once a keystroke is never optimised (33,000 characters took about 0.6 ms).

/** The first block compared; blocks double while they match, and halve past the first difference. */
const FIRST_BLOCK = 256;

/** Characters equal at the start of `a` and `b` (at their ends when `fromEnd`), at most `max`, the
 *  first `from` known equal. */
function common(a: string, b: string, max: number, from: number, fromEnd: boolean): number {
  let n = Math.min(from, max);
  let step = FIRST_BLOCK;
  let grow = true;
  while (n < max) {
    const len = Math.min(step, max - n);
    const same = fromEnd ? a.slice(a.length - n - len, a.length - n) === b.slice(b.length - n - len, b.length - n) : a.slice(n, n + len) === b.slice(n, n + len);
    if (same) {
      n += len;
      if (grow) step *= 2;
    } else if (len === 1) {
      break;
    } else {
      grow = false;
      step = len >> 1;
    }
  }
  return n;
}

/** Length of the longest common prefix of `a` and `b`; the first `from` characters are known equal. */
export function commonPrefixLength(a: string, b: string, from = 0): number {
  return common(a, b, Math.min(a.length, b.length), from, false);
}

/** Length of the longest common suffix of `a` and `b`, at most `limit`; the last `from`
 *  characters are known equal. */
export function commonSuffixLength(a: string, b: string, limit = Math.min(a.length, b.length), from = 0): number {
  return common(a, b, Math.min(limit, a.length, b.length), from, true);
}

export interface Edit {
  /** First changed offset (same in both texts). */
  start: number;
  /** End of the changed part in the old text. */
  oldEnd: number;
  /** End of the changed part in the new text. */
  newEnd: number;
}

/** What is known of two texts before comparing them: their first `prefix` and last `suffix`
 *  characters are the same (the text map knows which of its nodes did not change). */
export interface KnownEnds {
  prefix: number;
  suffix: number;
}

/** The last comparison: the page compares the same two drafts to move its underlines and then to
 *  send the change to the worker. */
let last: { oldText: string; newText: string; edit: Edit | null } | null = null;

/** The single changed region between two texts (common prefix and suffix), or null when equal.
 *  `known` only saves work: the region is the same with it or without it. */
export function diffTexts(oldText: string, newText: string, known?: KnownEnds): Edit | null {
  if (last && last.oldText === oldText && last.newText === newText) return last.edit;
  let edit: Edit | null = null;
  if (oldText !== newText) {
    const start = commonPrefixLength(oldText, newText, known?.prefix ?? 0);
    const suffix = commonSuffixLength(oldText, newText, Math.min(oldText.length, newText.length) - start, known?.suffix ?? 0);
    edit = { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
  }
  last = { oldText, newText, edit };
  return edit;
}
