// Compares two Node builds of the analyzer on a shared, busy machine: both engines are loaded in
// one process and analyse the same draft in alternation (A then B, B then A), so that each pair
// meets the same load; what counts is the median of the per-pair ratios B/A, not either time.
// Drafts: the bench's varied text (src/bench/texts.ts, rebuilt here from the labelled drafts in
// the same way) at 280 characters, 300, 2,000 and 20,000 words, plus a keystroke in the
// 20,000-word draft (cache on) and cold starts in fresh processes, alternating.
// Usage: node scripts/compare-builds.mjs OLD_DIST_NODE NEW_DIST_NODE [en|fr ...]
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [oldDist, newDist, ...langArgs] = process.argv.slice(2);
if (!oldDist || !newDist) throw new Error("usage: compare-builds.mjs OLD_DIST_NODE NEW_DIST_NODE [en|fr ...]");
const entry = (d) => pathToFileURL(join(resolve(d), "index.js")).href;
const A = (await import(entry(oldDist))).defaultEngine();
const B = (await import(entry(newDist))).defaultEngine();

const countWords = (s) => s.split(/\s+/).filter(Boolean).length;
const firstWords = (s, n) => s.split(/\s+/).filter(Boolean).slice(0, Math.max(1, n)).join(" ");
function shuffle(xs, seed) {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
}
function paragraphs(lang) {
  const fixtures = join(root, "tests", "fixtures");
  const files = ["dev.jsonl", "holdout.jsonl"].map((f) => join(fixtures, f)).filter(existsSync);
  const blind = join(fixtures, "blind");
  if (existsSync(blind)) for (const f of readdirSync(blind).filter((n) => n.endsWith(".jsonl")).sort()) files.push(join(blind, f));
  const drafts = [];
  for (const file of files) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const d = JSON.parse(line);
      if (d.lang === lang) drafts.push(d.text.split("\n").map((p) => p.trim()).filter(Boolean));
    }
  }
  shuffle(drafts, 0x9e3779b9);
  const seen = new Set();
  const out = [];
  for (const d of drafts) for (const p of d) if (!seen.has(p)) (seen.add(p), out.push(p));
  return out;
}
function sized(ps, { words, chars, most }) {
  const total = ps.reduce((n, p) => n + countWords(p), 0);
  const count = Math.max(1, Math.min(most, Math.floor(total / (words ?? 50))));
  let cursor = 0;
  const drafts = [];
  for (let d = 0; d < count; d++) {
    const taken = [];
    const times = new Map();
    let n = 0;
    let length = 0;
    while (words !== undefined ? n < words : length < chars) {
      const p = ps[cursor++ % ps.length];
      const seen = times.get(p) ?? 0;
      times.set(p, seen + 1);
      let text = seen === 0 ? p : `${p} (${seen + 1})`;
      if (words !== undefined && n + countWords(text) > words) text = firstWords(text, words - n);
      taken.push(text);
      n += countWords(text);
      length += text.length + 2;
    }
    let draft = taken.join("\n\n");
    if (chars !== undefined && draft.length > chars) {
      const cut = draft.lastIndexOf(" ", chars);
      draft = draft.slice(0, cut > 0 ? cut : chars);
    }
    drafts.push(draft);
  }
  return drafts;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const cpu = () => process.cpuUsage();
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

const SIZES = [
  { name: "280 characters", chars: 280, most: 20, runs: 400 },
  { name: "300 words", words: 300, most: 10, runs: 200 },
  { name: "2,000 words", words: 2000, most: 4, runs: 150 },
  { name: "20,000 words", words: 20000, most: 1, runs: 8 },
];
console.log("medians in ms of wall time; new/old: median of the per-pair ratios");
for (const lang of langArgs.length ? langArgs : ["en", "fr"]) {
  const ps = paragraphs(lang);
  for (const size of SIZES) {
    const drafts = sized(ps, size);
    const full = (e, k) => () => {
      e.clearCache();
      e.analyze(drafts[k % drafts.length]);
    };
    for (let i = 0; i < 10; i++) (full(A, i)(), full(B, i)());
    let k = 0;
    let j = 0;
    report(`${lang} ${size.name}`, pairs(size.runs, () => full(A, k++)(), () => full(B, j++)()));
    if (size.words === 20000) {
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
