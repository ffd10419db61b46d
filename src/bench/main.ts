// npm run bench: Garde-fou's analyze() against harper.js, alex and write-good on the same English
// texts, and alone on the same texts in French; 280 characters, 300, 2,000 and 20,000 words.
// Warm medians and 95th percentiles (JIT warm; Garde-fou's paragraph cache cleared before each
// run, so every run is a full analysis); the re-analysis after one keystroke in the 20,000-word
// draft (cache on, as in the extension); cold start in a fresh process; memory; growth from 2,000
// to 20,000 words; the content script's size; keystroke-to-underline latency and the content
// script's main-thread time per keystroke, measured by the browser tests. Prints a table and
// writes artifacts/bench.json. Never fails on time. Each peer runs in a child process of its own,
// so that no tool's heap weighs on another's timings.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { defaultEngine } from "../analyzer/index.js";
import { loadPeers, PEER_NAMES } from "./peers.js";
import { benchTexts } from "./texts.js";
import { CONTENT_SCRIPT } from "../shared/custom-site-script.js";
import { ms, peerRunsFor, runsFor, time, timeAsync, type Timing } from "./stats.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const results: Record<string, unknown> = { node: process.version, date: new Date().toISOString() };
const out = (line = "") => process.stdout.write(line + "\n");
const skipPeers = process.argv.includes("--no-peers");

// Each peer is timed in a process of its own (`--peer NAME` prints its timings as JSON), and
// Garde-fou in this one before any peer is loaded: no tool's heap slows another's collector.
const peerArg = process.argv.indexOf("--peer");
if (peerArg >= 0) {
  const [peer] = await loadPeers([process.argv[peerArg + 1] ?? ""]);
  const timings: Record<string, Timing> = {};
  if (peer) for (const { name, text } of benchTexts("en")) timings[name] = await timeAsync(() => peer.lint(text), peerRunsFor(text.length));
  process.stdout.write(JSON.stringify({ name: peer?.name ?? null, timings }));
  process.exit(0);
}

const engine = defaultEngine();
out(`Garde-fou benchmark — Node ${process.version}, warm medians (p95) in ms\n`);
const peerTimings: Array<{ name: string; timings: Record<string, Timing> }> = [];
if (!skipPeers) {
  for (const name of PEER_NAMES) {
    const reply = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--peer", name], { encoding: "utf8", maxBuffer: 1 << 20 })) as { name: string | null; timings: Record<string, Timing> };
    if (reply.name) peerTimings.push({ name: reply.name, timings: reply.timings });
  }
}
const peers = peerTimings;

for (const lang of ["en", "fr"] as const) {
  const texts = benchTexts(lang);
  const table: Record<string, Record<string, Timing & { chars?: number; findings?: number }>> = {};
  const header = `${lang === "en" ? "English" : "French"}`.padEnd(16) + "Garde-fou".padStart(20) + (lang === "en" ? peers.map((p) => p.name.padStart(22)).join("") : "");
  out(header);
  for (const { name, text } of texts) {
    const gf = time(() => {
      engine.clearCache();
      engine.analyze(text);
    }, runsFor(text.length));
    const row: Record<string, Timing & { chars?: number; findings?: number }> = { "garde-fou": { ...gf, chars: text.length, findings: engine.analyze(text).findings.length } };
    let line = name.padEnd(16) + `${ms(gf.median)} (${ms(gf.p95)})`.padStart(20);
    if (lang === "en") {
      for (const p of peers) {
        const t = p.timings[name] as Timing;
        row[p.name] = t;
        line += `${ms(t.median)} (${ms(t.p95)})`.padStart(22);
      }
    }
    table[name] = row;
    out(line);
  }
  if (lang === "en" && peers.length) {
    let ratios = "ratio GF/peer".padEnd(16) + "".padStart(20);
    for (const p of peers) {
      const worst = Math.max(...texts.map(({ name }) => table[name]!["garde-fou"]!.median / table[name]![p.name]!.median));
      ratios += `≤ ×${worst.toFixed(3)}`.padStart(22);
    }
    out(ratios + "   (worst size; below 1 means Garde-fou is faster)");
  }
  const big = texts[3]!.text;
  engine.clearCache();
  engine.analyze(big);
  let k = 0;
  const at = Math.floor(big.length / 2);
  const keystroke = time(() => {
    // One character typed in the middle paragraph: only that paragraph is new.
    engine.analyze(big.slice(0, at) + String.fromCharCode(97 + (k++ % 26)) + big.slice(at));
  }, 200);
  const growth = table["20,000 words"]!["garde-fou"]!.median / table["2,000 words"]!["garde-fou"]!.median;
  out(`keystroke in 20,000 words: ${ms(keystroke.median)} (${ms(keystroke.p95)})`);
  out(`growth 2,000 → 20,000 words: ×${growth.toFixed(1)} (linear: ×10)\n`);
  results[lang] = { sizes: table, keystroke, growth };
}

// Cold start: a fresh Node process loads the module and analyses one post (as after the service
// worker wakes). compromise loads on first use, only for English names in a care story: a second
// probe times a post that needs it.
const NEEDS_NLP = "I saw a man in clinic today, and his neighbour Thaddeus Worthington drove him home.";
function coldStart(post: string): { load: number; first: number } {
  const probe = `const t0=performance.now();const m=await import(${JSON.stringify(join(here, "index.js"))});const t1=performance.now();m.analyze(${JSON.stringify(post)});const t2=performance.now();console.log(JSON.stringify({load:t1-t0,first:t2-t1}));`;
  const runs = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", probe], { encoding: "utf8" })) as { load: number; first: number });
  runs.sort((a, b) => a.load + a.first - (b.load + b.first));
  return runs[2]!;
}
const cold = coldStart(benchTexts("fr")[0]!.text);
out(`cold start (median of 5): module load ${ms(cold.load)} + first analysis ${ms(cold.first)} = ${ms(cold.load + cold.first)} ms`);
const coldNlp = coldStart(NEEDS_NLP);
out(`cold start, English care post that loads compromise: ${ms(coldNlp.load)} + ${ms(coldNlp.first)} = ${ms(coldNlp.load + coldNlp.first)} ms`);
results.coldStart = cold;
results.coldStartWithCompromise = coldNlp;

const heap = process.memoryUsage();
out(`memory after the 20,000-word drafts: heap used ${(heap.heapUsed / 1048576).toFixed(1)} MB, rss ${(heap.rss / 1048576).toFixed(1)} MB`);
results.memory = { heapUsedMB: heap.heapUsed / 1048576, rssMB: heap.rss / 1048576 };

// The content script: one classic script, the same file on every site (nothing web-accessible).
const scriptPath = join(root, "dist", "chrome", CONTENT_SCRIPT);
if (existsSync(scriptPath)) {
  const source = readFileSync(scriptPath);
  // Markers of compromise's code (its lexicon expansion) and of franc's trigram tables.
  const carriesNlp = /expandLexicon|\bfra:\s*[`"'{]/.test(source.toString("utf8"));
  const gzipped = gzipSync(source).length;
  out(`content script: ${(source.length / 1024).toFixed(1)} kB, ${(gzipped / 1024).toFixed(1)} kB gzipped, one file on every site; carries compromise or franc: ${carriesNlp ? "yes" : "no"}`);
  results.contentScript = { bytes: source.length, gzippedBytes: gzipped, carriesNlp };
}
const pageCostPath = join(root, "artifacts", "page-cost.json");
if (existsSync(pageCostPath)) {
  const cost = JSON.parse(readFileSync(pageCostPath, "utf8")) as Record<string, unknown>;
  out(`content script's main-thread time per keystroke in Chromium (from the browser tests): ${JSON.stringify(cost)}`);
  results.pageCostPerKeystroke = cost;
} else {
  out("content script's main-thread time per keystroke: run the browser tests (npm test) to measure it");
}
const latencyPath = join(root, "artifacts", "latency.json");
if (existsSync(latencyPath)) {
  const latency = JSON.parse(readFileSync(latencyPath, "utf8")) as Record<string, unknown>;
  out(`keystroke-to-underline in Chromium (from the browser tests): ${JSON.stringify(latency)}`);
  results.browserLatency = latency;
} else {
  out("keystroke-to-underline: run the browser tests (npm test) to measure it");
}
const wakePath = join(root, "artifacts", "worker-wake.json");
if (existsSync(wakePath)) {
  const wake = JSON.parse(readFileSync(wakePath, "utf8")) as Record<string, unknown>;
  out(`service worker woken by an analysis in Chromium (from the browser tests): ${JSON.stringify(wake)}`);
  results.workerWake = wake;
}

const file = join(root, "artifacts", "bench.json");
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, JSON.stringify(results, null, 2));
out(`\nresults written to ${file}`);
