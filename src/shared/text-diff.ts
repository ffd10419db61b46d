// The single changed region between two texts (to rebase findings while an analysis is on its
// way, and to send the worker only what changed): their common prefix and suffix, compared a block
// at a time by the engine's own string equality (native) rather than a character at a time in
// script. The page compares its whole draft with the last one on every keystroke, and a script
// loop that runs once a keystroke is never optimised (33,000 characters took about 0.6 ms).

/** Below this many characters the last stretch is compared character by character. */
const SCAN = 16;
/** The first block compared; blocks double while they match. */
const FIRST_BLOCK = 256;

function sameRange(a: string, b: string, aStart: number, bStart: number, length: number): boolean {
  return a.slice(aStart, aStart + length) === b.slice(bStart, bStart + length);
}

/** Length of the longest common prefix of `a` and `b`. */
export function commonPrefixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  let step = FIRST_BLOCK;
  while (i < max) {
    const end = Math.min(max, i + step);
    if (sameRange(a, b, i, i, end - i)) {
      i = end;
      step *= 2;
      continue;
    }
    // The first difference lies in [i, end): halve the window around it.
    let hi = end;
    while (hi - i > SCAN) {
      const mid = (i + hi) >> 1;
      if (sameRange(a, b, i, i, mid - i)) i = mid;
      else hi = mid;
    }
    break;
  }
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the longest common suffix of `a` and `b`, at most `limit`. */
export function commonSuffixLength(a: string, b: string, limit = Math.min(a.length, b.length)): number {
  const max = Math.min(limit, a.length, b.length);
  // n: characters known equal at the end of both.
  let n = 0;
  let step = FIRST_BLOCK;
  while (n < max) {
    const next = Math.min(max, n + step);
    if (sameRange(a, b, a.length - next, b.length - next, next - n)) {
      n = next;
      step *= 2;
      continue;
    }
    let hi = next;
    while (hi - n > SCAN) {
      const mid = (n + hi) >> 1;
      if (sameRange(a, b, a.length - mid, b.length - mid, mid - n)) n = mid;
      else hi = mid;
    }
    break;
  }
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

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
  const start = commonPrefixLength(oldText, newText);
  const suffix = commonSuffixLength(oldText, newText, Math.min(oldText.length, newText.length) - start);
  return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}
