// Compares two Node builds of the analyzer on a shared, busy machine: both engines are loaded in
// one process and analyse the same draft in alternation (A then B, B then A), so that each pair
// meets the same load; what counts is the median of the per-pair ratios B/A, not either time.
// Drafts: the bench's varied text (src/bench/texts.ts) at 280 characters, 300, 2,000 and 20,000
// words, plus a keystroke in the 20,000-word draft (cache on) and cold starts in fresh processes,
// alternating.
// Usage: node scripts/compare-builds.mjs OLD_DIST_NODE NEW_DIST_NODE [en|fr ...]
import { execFileSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createServer } from "vite";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [oldDist, newDist, ...langArgs] = process.argv.slice(2);
if (!oldDist || !newDist) throw new Error("usage: compare-builds.mjs OLD_DIST_NODE NEW_DIST_NODE [en|fr ...]");
const entry = (d) => pathToFileURL(join(resolve(d), "index.js")).href;
const A = (await import(entry(oldDist))).defaultEngine();
const B = (await import(entry(newDist))).defaultEngine();

// The bench's own drafts (src/bench/texts.ts), compiled on the fly by vite's SSR loader.
const server = await createServer({ root, configFile: false, logLevel: "error", server: { middlewareMode: true, hmr: false }, appType: "custom" });
const { varied } = await server.ssrLoadModule("/src/bench/texts.ts");
await server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const cpu = (since) => process.cpuUsage(since);
function timed(run) {
  const c0 = cpu();
  const t0 = performance.now();
  run();
  const wall = performance.now() - t0;
  const c = cpu(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}
function report(name, pairs) {
  const r = (k) => median(pairs.map(([a, b]) => b[k] / a[k]));
  const m = (i) => median(pairs.map((p) => p[i].wall));
  const lo = (i) => Math.min(...pairs.map((p) => p[i].wall));
  console.log(`${name.padEnd(26)} old ${m(0).toFixed(2).padStart(8)} (min ${lo(0).toFixed(2)})  new ${m(1).toFixed(2).padStart(8)} (min ${lo(1).toFixed(2)})  new/old: wall ×${r("wall").toFixed(3)}, cpu ×${r("cpu").toFixed(3)}  [${pairs.length} pairs]`);
}
function pairs(n, runA, runB) {
  const out = [];
  for (let i = 0; i < n; i++) {
    if (i % 2) {
      const a = timed(runA);
      out.push([a, timed(runB)]);
    } else {
      const b = timed(runB);
      out.push([timed(runA), b]);
    }
  }
  return out;
}

/** Pairs to time at each of the bench's sizes. */
const RUNS = { "280 characters": 400, "300 words": 200, "2,000 words": 150, "20,000 words": 8 };
console.log("medians in ms of wall time; new/old: median of the per-pair ratios");
for (const lang of langArgs.length ? langArgs : ["en", "fr"]) {
  for (const { name, drafts } of varied(root, lang).sizes) {
    const full = (e, k) => () => {
      e.clearCache();
      e.analyze(drafts[k % drafts.length]);
    };
    for (let i = 0; i < 10; i++) (full(A, i)(), full(B, i)());
    let k = 0;
    let j = 0;
    report(`${lang} ${name}`, pairs(RUNS[name], () => full(A, k++)(), () => full(B, j++)()));
    if (name === "20,000 words") {
      const big = drafts[0];
      const at = big.indexOf(" ", Math.floor(big.length / 2));
      A.analyze(big);
      B.analyze(big);
      let c = 0;
      const typed = () => big.slice(0, at) + String.fromCharCode(97 + (c++ % 26)) + big.slice(at);
      report(`${lang} keystroke in 20,000`, pairs(100, () => A.analyze(typed()), () => B.analyze(typed())));
    }
  }
}

// Cold start: module load and the first analysis of a short French post, fresh processes in turn.
const post = "Ce matin au bureau, une patiente de 87 ans m'a parlé de sa fatigue. La saison des virus respiratoires commence et les urgences débordent encore. Prenez 400 mg d'ibuprofène trois fois par jour pendant cinq jours.";
const probe = (d) => JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", `const t0=performance.now();const m=await import(${JSON.stringify(entry(d))});const t1=performance.now();m.analyze(${JSON.stringify(post)});const t2=performance.now();console.log(JSON.stringify({wall:t2-t0,cpu:t2-t0}));`], { encoding: "utf8" }));
const cold = [];
for (let i = 0; i < 7; i++) cold.push([probe(oldDist), probe(newDist)]);
report("cold start (fresh process)", cold);
