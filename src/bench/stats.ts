export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

function summarise(samples: number[]): Timing {
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number;
  return { median: at(0.5), p95: at(0.95), runs: samples.length };
}

export function time(fn: () => void, runs: number, warmup = Math.min(20, runs)): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return summarise(samples);
}

export async function timeAsync(fn: () => Promise<unknown> | unknown, runs: number, warmup = Math.min(5, runs)): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return summarise(samples);
}

export function runsFor(chars: number): number {
  return chars > 500_000 ? 15 : chars > 50_000 ? 30 : chars > 5_000 ? 150 : 600;
}

/** Peers are slower: fewer runs at the large sizes keep the benchmark under a few minutes. */
export function peerRunsFor(chars: number): number {
  return chars > 50_000 ? 5 : chars > 5_000 ? 20 : 100;
}

export const ms = (x: number) => (x < 1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(1));
