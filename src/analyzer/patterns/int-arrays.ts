// Small helpers for the integer arrays the start index and the matcher work in.

/** A copy of `xs` twice as long (or `min` long, if more), its first elements kept. */
export function doubled(xs: Int32Array<ArrayBuffer>, min = 0): Int32Array<ArrayBuffer> {
  const out = new Int32Array(Math.max(min, xs.length * 2));
  out.set(xs);
  return out;
}

/** Sorts `xs[from..to)` in place: insertion sort for the usual few values, a typed-array sort
 *  for long runs (never quadratic). */
export function sortRange(xs: Int32Array | number[], from: number, to: number): void {
  if (to - from > 16) {
    if (xs instanceof Int32Array) xs.subarray(from, to).sort();
    else {
      const run = Int32Array.from(xs.slice(from, to)).sort();
      for (let k = 0; k < run.length; k++) xs[from + k] = run[k] as number;
    }
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const v = xs[i] as number;
    let j = i - 1;
    while (j >= from && (xs[j] as number) > v) {
      xs[j + 1] = xs[j] as number;
      j--;
    }
    xs[j + 1] = v;
  }
}
