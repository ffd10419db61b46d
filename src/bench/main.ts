// npm run bench: times analyze() on drafts of 280 characters to 20,000 words, in French and in
// English, warm (JIT warm, paragraph cache cleared before each run) with medians and 95th
// percentiles; the re-analysis after one keystroke in the 20,000-word draft (cache on); cold start
// in a fresh process; memory; growth from 2,000 to 20,000 words. Prints a table and writes JSON.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultEngine } from "../analyzer/index.js";
import { benchTexts } from "./texts.js";
import { ms, runsFor, time } from "./stats.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const engine = defaultEngine();
const results: Record<string, unknown> = { node: process.version, date: new Date().toISOString() };
const rows: string[] = [];

for (const lang of ["en", "fr"] as const) {
  const texts = benchTexts(lang);
  const perSize: Record<string, { median: number; p95: number; runs: number; chars: number; findings: number }> = {};
  for (const { name, text } of texts) {
    const r = time(() => {
      engine.clearCache();
      engine.analyze(text);
    }, runsFor(text.length));
    perSize[name] = { ...r, chars: text.length, findings: engine.analyze(text).findings.length };
    rows.push(`${lang}  ${name.padEnd(15)} ${String(text.length).padStart(8)} chars  median ${ms(r.median).padStart(7)} ms  p95 ${ms(r.p95).padStart(7)} ms  (${r.runs} runs)`);
  }
  const big = texts[3]!.text;
  engine.clearCache();
  engine.analyze(big);
  let k = 0;
  const keystroke = time(() => {
    // One character typed in the middle paragraph: only that paragraph is new.
    const at = Math.floor(big.length / 2);
    engine.analyze(big.slice(0, at) + String.fromCharCode(97 + (k++ % 26)) + big.slice(at));
  }, 200);
  const growth = perSize["20,000 words"]!.median / perSize["2,000 words"]!.median;
  rows.push(`${lang}  keystroke in 20,000 words: median ${ms(keystroke.median)} ms  p95 ${ms(keystroke.p95)} ms`);
  rows.push(`${lang}  growth 2,000 → 20,000 words: ×${growth.toFixed(1)} (linear is ×10)`);
  results[lang] = { sizes: perSize, keystroke, growth };
}

// Cold start: a fresh Node process loads the module and analyses one post.
const probe = `const t0=performance.now();const m=await import(${JSON.stringify(join(here, "index.js"))});const t1=performance.now();m.analyze(${JSON.stringify(benchTexts("fr")[0]!.text)});const t2=performance.now();console.log(JSON.stringify({load:t1-t0,first:t2-t1}));`;
const cold = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", probe], { encoding: "utf8" })) as { load: number; first: number };
rows.push(`cold start: module load ${ms(cold.load)} ms + first analysis ${ms(cold.first)} ms = ${ms(cold.load + cold.first)} ms`);
results.coldStart = cold;

if (global.gc) global.gc();
const heap = process.memoryUsage();
rows.push(`memory after the 20,000-word drafts: heap used ${(heap.heapUsed / 1048576).toFixed(1)} MB, rss ${(heap.rss / 1048576).toFixed(1)} MB`);
results.memory = { heapUsedMB: heap.heapUsed / 1048576, rssMB: heap.rss / 1048576 };

process.stdout.write(`Garde-fou analyze() — ${process.version}\n${rows.join("\n")}\n`);
const out = join(root, "artifacts", "bench.json");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(results, null, 2));
process.stdout.write(`results written to ${out}\n`);
