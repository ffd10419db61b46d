// A trailing debounce with cancel/flush, so typing bursts become one analysis request.
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

export function debounce(fn: () => void, wait: number, timers: Timers = globalTimers): Debounced {
  let timer: unknown = null;
  const run = () => {
    timer = null;
    fn();
  };
  const debounced = (() => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = timers.setTimeout(run, wait);
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
