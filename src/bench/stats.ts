export function time(fn: () => void, runs: number, warmup = Math.min(20, runs)): { median: number; p95: number; runs: number } {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number;
  return { median: at(0.5), p95: at(0.95), runs };
}

export function runsFor(chars: number): number {
  return chars > 500_000 ? 15 : chars > 50_000 ? 40 : chars > 5_000 ? 200 : 1000;
}

export const ms = (x: number) => (x < 1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(1));
