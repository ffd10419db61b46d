// A trailing debounce with cancel/flush, so typing bursts become one analysis request. The wait
// may be a function, read at each call (the session shortens it when the worker answers fast).
export interface Debounced {
  (): void;
  cancel(): void;
  /** Runs the pending call now, if any. */
  flush(): void;
  pending(): boolean;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const globalTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof globalThis.setTimeout>),
};

export function debounce(fn: () => void, wait: number | (() => number), timers: Timers = globalTimers): Debounced {
  let timer: unknown = null;
  const run = () => {
    timer = null;
    fn();
  };
  const debounced = (() => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = timers.setTimeout(run, typeof wait === "function" ? wait() : wait);
  }) as Debounced;
  debounced.cancel = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  debounced.flush = () => {
    if (timer === null) return;
    timers.clearTimeout(timer);
    run();
  };
  debounced.pending = () => timer !== null;
  return debounced;
}
