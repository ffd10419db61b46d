// npm run bench: Garde-fou's analyze() against harper.js, alex and write-good on the same English
// texts, and alone on the same texts in French; 280 characters, 300, 2,000 and 20,000 words.
// Varied text first: drafts built from the labelled drafts in tests/fixtures (what users write;
// see texts.ts), then the repeated-sentence drafts as a best case. Warm medians and 95th
// percentiles (JIT warm; Garde-fou's paragraph cache cleared before each run, so every run is a
// full analysis); the re-analysis after one keystroke in the 20,000-word draft (cache on, as in
// the extension); cold start in a fresh process; memory; growth from 2,000 to 20,000 words; the
// content script's size; keystroke-to-underline latency and the content script's main-thread
// time per keystroke, measured by the browser tests. Prints tables and writes
// artifacts/bench.json. Never fails on time. Each peer runs in a child process of its own, so
// that no tool's heap weighs on another's timings. Options: --no-peers; --corpus-dir DIR (any
// number) adds DIR's JSONL drafts ({"text", "lang"?}) to the varied text.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { defaultEngine } from "../analyzer/index.js";
import { loadPeers, PEER_NAMES } from "./peers.js";
import { benchTexts, repeatedSizes, varied, type BenchLang, type BenchSize } from "./texts.js";
import { CONTENT_SCRIPT } from "../shared/custom-site-script.js";
import { ms, peerRunsFor, runsFor, time, timeAsync, type Timing } from "./stats.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const results: Record<string, unknown> = { node: process.version, date: new Date().toISOString() };
const out = (line = "") => process.stdout.write(line + "\n");
const { values: args } = parseArgs({
  options: { "no-peers": { type: "boolean" }, peer: { type: "string" }, "corpus-dir": { type: "string", multiple: true } },
});
const corpusDirs = (args["corpus-dir"] ?? []).map((d) => resolve(d));

/** The drafts every tool is timed on, by kind: varied text first, repeated sentences second. */
function sizesFor(lang: BenchLang): { varied: BenchSize[]; repeated: BenchSize[] } {
  return { varied: varied(root, lang, corpusDirs).sizes, repeated: repeatedSizes(lang) };
}
type Kind = "varied" | "repeated";
const KINDS: readonly Kind[] = ["varied", "repeated"];

// Each peer is timed in a process of its own (`--peer NAME` prints its timings as JSON), and
// Garde-fou in this one before any peer is loaded: no tool's heap slows another's collector.
if (args.peer !== undefined) {
  const [peer] = await loadPeers([args.peer]);
  const timings: Record<Kind, Record<string, Timing>> = { varied: {}, repeated: {} };
  const sizes = sizesFor("en");
  if (peer) {
    for (const kind of KINDS) {
      for (const { name, drafts } of sizes[kind]) {
        let k = 0;
        const first = (drafts[0] as string).length;
        timings[kind][name] = await timeAsync(() => peer.lint(drafts[k++ % drafts.length] as string), peerRunsFor(first), first > 50_000 ? 2 : 5);
      }
    }
  }
  process.stdout.write(JSON.stringify({ name: peer?.name ?? null, timings }));
  process.exit(0);
}

const engine = defaultEngine();
out(`Garde-fou benchmark — Node ${process.version}, warm medians (p95) in ms\n`);
const peers: Array<{ name: string; timings: Record<Kind, Record<string, Timing>> }> = [];
if (!args["no-peers"]) {
  for (const name of PEER_NAMES) {
    const passOn = corpusDirs.flatMap((d) => ["--corpus-dir", d]);
    const reply = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--peer", name, ...passOn], { encoding: "utf8", maxBuffer: 1 << 20 })) as (typeof peers)[number] | { name: null };
    if (reply.name) peers.push(reply as (typeof peers)[number]);
  }
}

type Row = Record<string, Timing & { drafts?: number; chars?: number; findings?: number; repeated?: number }>;
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Times Garde-fou on each size of `sizes` (drafts in turn, cache cleared before each run) and
 *  prints one table, with the peers' timings of the same drafts in English. */
function timeKind(lang: BenchLang, kind: Kind, sizes: BenchSize[]) {
  const table: Record<string, Row> = {};
  const withPeers = lang === "en" ? peers : [];
  out("size".padEnd(16) + "drafts".padStart(7) + "repeats".padStart(9) + "Garde-fou".padStart(20) + withPeers.map((p) => p.name.padStart(20)).join(""));
  for (const { name, drafts, repeated } of sizes) {
    let k = 0;
    const gf = time(() => {
      engine.clearCache();
      engine.analyze(drafts[k++ % drafts.length] as string);
    }, runsFor((drafts[0] as string).length));
    let findings = 0;
    for (const d of drafts) findings += engine.analyze(d).findings.length;
    const chars = Math.round(drafts.reduce((n, d) => n + d.length, 0) / drafts.length);
    const row: Row = { "garde-fou": { ...gf, drafts: drafts.length, chars, findings, repeated } };
    let line = name.padEnd(16) + String(drafts.length).padStart(7) + pct(repeated).padStart(9) + `${ms(gf.median)} (${ms(gf.p95)})`.padStart(20);
    for (const p of withPeers) {
      const t = p.timings[kind][name];
      if (!t) continue;
      row[p.name] = t;
      line += `${ms(t.median)} (${ms(t.p95)})`.padStart(20);
    }
    table[name] = row;
    out(line);
  }
  if (withPeers.length) {
    let ratios = "ratio GF/peer".padEnd(52);
    for (const p of withPeers) {
      const worst = Math.max(...sizes.map(({ name }) => (table[name]?.["garde-fou"]?.median ?? 0) / (table[name]?.[p.name]?.median ?? Infinity)));
      ratios += `≤ ×${worst.toFixed(3)}`.padStart(20);
    }
    out(ratios + "   (worst size; below 1 means Garde-fou is faster)");
  }
  const big = sizes[3]?.drafts[0];
  let keystroke: Timing | undefined;
  if (big !== undefined) {
    engine.clearCache();
    engine.analyze(big);
    let c = 0;
    const at = big.indexOf(" ", Math.floor(big.length / 2));
    keystroke = time(() => {
      // One character typed in the middle paragraph: only that paragraph is new.
      engine.analyze(big.slice(0, at) + String.fromCharCode(97 + (c++ % 26)) + big.slice(at));
    }, 200);
  }
  const growth = (table["20,000 words"]?.["garde-fou"]?.median ?? NaN) / (table["2,000 words"]?.["garde-fou"]?.median ?? NaN);
  if (keystroke) out(`keystroke in 20,000 words: ${ms(keystroke.median)} (${ms(keystroke.p95)})`);
  out(`growth 2,000 → 20,000 words: ×${growth.toFixed(1)} (linear: ×10)\n`);
  return { sizes: table, keystroke, growth };
}

for (const lang of ["en", "fr"] as const) {
  const language = lang === "en" ? "English" : "French";
  const v = varied(root, lang, corpusDirs);
  out(`${language}, varied text: ${v.source.paragraphs} distinct paragraphs, ${v.source.words.toLocaleString("en")} words, from ${v.source.files.map((f) => relative(root, f)).join(", ")}`);
  const variedResult = timeKind(lang, "varied", v.sizes);
  out(`${language}, repeated sentences (best case: ten sentences repeated to size)`);
  const repeatedResult = timeKind(lang, "repeated", repeatedSizes(lang));
  results[lang] = {
    varied: { source: { ...v.source, files: v.source.files.map((f) => relative(root, f)) }, ...variedResult },
    repeated: repeatedResult,
  };
}
out("drafts: distinct drafts of that size, analysed in turn; repeats: share of their words in paragraphs that repeat an earlier one of the same draft (numbered, so analysed in full)\n");

// Cold start: a fresh Node process loads the module and analyses one post (as after the service
// worker wakes); a second probe times an English care story with a name in it.
const CARE_STORY_EN = "Saw Mr. Worthington in clinic today; his neighbour drove him home after the cast was set.";
function coldStart(post: string): { load: number; first: number } {
  const probe = `const t0=performance.now();const m=await import(${JSON.stringify(join(here, "index.js"))});const t1=performance.now();m.analyze(${JSON.stringify(post)});const t2=performance.now();console.log(JSON.stringify({load:t1-t0,first:t2-t1}));`;
  const runs = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", probe], { encoding: "utf8" })) as { load: number; first: number });
  runs.sort((a, b) => a.load + a.first - (b.load + b.first));
  return runs[2]!;
}
const cold = coldStart(benchTexts("fr")[0]!.text);
out(`cold start (median of 5): module load ${ms(cold.load)} + first analysis ${ms(cold.first)} = ${ms(cold.load + cold.first)} ms`);
const coldEn = coldStart(CARE_STORY_EN);
out(`cold start, English care story: ${ms(coldEn.load)} + ${ms(coldEn.first)} = ${ms(coldEn.load + coldEn.first)} ms`);
results.coldStart = cold;
results.coldStartEnglishCareStory = coldEn;

const heap = process.memoryUsage();
out(`memory after the 20,000-word drafts: heap used ${(heap.heapUsed / 1048576).toFixed(1)} MB, rss ${(heap.rss / 1048576).toFixed(1)} MB`);
results.memory = { heapUsedMB: heap.heapUsed / 1048576, rssMB: heap.rss / 1048576 };

// The content script: one classic script, the same file on every site (nothing web-accessible).
const scriptPath = join(root, "dist", "chrome", CONTENT_SCRIPT);
if (existsSync(scriptPath)) {
  const source = readFileSync(scriptPath);
  // A marker of franc's trigram tables (language detection belongs to the worker).
  const carriesNlp = /\bfra:\s*[`"'{]/.test(source.toString("utf8"));
  const gzipped = gzipSync(source).length;
  out(`content script: ${(source.length / 1024).toFixed(1)} kB, ${(gzipped / 1024).toFixed(1)} kB gzipped, one file on every site; carries franc: ${carriesNlp ? "yes" : "no"}`);
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
