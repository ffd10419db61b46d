import { describe, expect, it, vi } from "vitest";
import { debounce } from "./debounce.js";
import { debounceFor } from "./session.js";

describe("debounce", () => {
  it("runs once after a burst of calls", () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, 150);
    d();
    vi.advanceTimersByTime(100);
    d();
    vi.advanceTimersByTime(100);
    d();
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(150);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it("does not run after cancel, and flush runs a pending call at once", () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, 150);
    d();
    d.cancel();
    vi.advanceTimersByTime(500);
    expect(fn).not.toHaveBeenCalled();
    d();
    expect(d.pending()).toBe(true);
    d.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    expect(d.pending()).toBe(false);
    d.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
  it("reads a wait given as a function at each call", () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    let wait = 150;
    const d = debounce(fn, () => wait);
    wait = 40;
    d();
    vi.advanceTimersByTime(40);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it("arms one timer for a burst, and runs a wait after the last call", () => {
    let now = 0;
    const armed: Array<{ at: number; fn: () => void }> = [];
    const timers = {
      setTimeout: (fn: () => void, ms: number) => armed.push({ at: now + ms, fn }),
      clearTimeout: () => undefined,
      now: () => now,
    };
    const fn = vi.fn();
    const d = debounce(fn, 100, timers);
    d();
    now = 30;
    d();
    now = 60;
    d();
    expect(armed).toHaveLength(1);
    const advance = (to: number) => {
      now = to;
      for (const t of armed.splice(0).filter((x) => x.at <= to)) t.fn();
    };
    advance(100);
    expect(fn).not.toHaveBeenCalled();
    expect(armed.map((t) => t.at)).toEqual([160]);
    advance(160);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("waits twice the worker's last round trip, between 40 and 150 ms (80 before the first)", () => {
    expect(debounceFor(null)).toBe(80);
    expect(debounceFor(3)).toBe(40);
    expect(debounceFor(30)).toBe(60);
    expect(debounceFor(400)).toBe(150);
  });
});
