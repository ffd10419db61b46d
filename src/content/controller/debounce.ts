// A trailing debounce with cancel/flush, so typing bursts become one analysis request. The wait
// may be a function, read at each call (the session shortens it when the worker answers fast).
// A call does not re-arm the timer: it moves the due time, and the timer, when it fires early,
// waits for the rest (a keystroke calls it twice, from the input event and the mutation observer).
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
  now(): number;
}

const globalTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof globalThis.setTimeout>),
  now: () => Date.now(),
};

export function debounce(fn: () => void, wait: number | (() => number), timers: Timers = globalTimers): Debounced {
  let timer: unknown = null;
  /** When the call is due, and when the armed timer fires. */
  let due = 0;
  let fires = 0;
  let lastWait = 0;
  const run = () => {
    timer = null;
    fn();
  };
  const arm = (ms: number) => {
    fires = timers.now() + ms;
    timer = timers.setTimeout(tick, ms);
  };
  const tick = () => {
    timer = null;
    const left = due - timers.now();
    // Bounded by the wait: a clock set back must not hold the call for longer.
    if (left > 0) arm(Math.min(left, lastWait));
    else run();
  };
  const debounced = (() => {
    lastWait = typeof wait === "function" ? wait() : wait;
    due = timers.now() + lastWait;
    if (timer !== null && fires <= due) return;
    if (timer !== null) timers.clearTimeout(timer);
    arm(lastWait);
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
