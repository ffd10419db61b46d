// npm run eval: runs the built CLI on the labelled corpus (as any user would) and prints scores.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Finding } from "../analyzer/types.js";
import { formatExternal, readExternal, scoreExternal } from "./external.js";
import { formatReport, parseCorpus, score } from "./score.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const { values } = parseArgs({ options: { corpus: { type: "string" }, external: { type: "string" }, verbose: { type: "boolean", short: "v" }, json: { type: "string" } } });

/** Runs the built CLI in batch mode, as any user would, and returns the findings by draft id. */
function analyseBatch(input: string): Map<string, Finding[]> {
  const run = spawnSync(process.execPath, [join(here, "cli.js"), "check", "--format", "jsonl", "-"], { input, maxBuffer: 512 * 1024 * 1024, encoding: "utf8" });
  if (run.status === 2 || run.error) {
    process.stderr.write(`eval: the CLI failed (exit ${run.status}): ${run.stderr || run.error?.message}\n`);
    process.exit(2);
  }
  const byId = new Map<string, Finding[]>();
  for (const line of run.stdout.split("\n")) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; findings: Finding[] };
    byId.set(r.id, r.findings);
  }
  return byId;
}

if (values.external !== undefined) {
  const lines = readExternal(values.external);
  if (!lines) {
    process.stdout.write(`eval: no folder at ${values.external}; external texts skipped\n`);
    process.exit(0);
  }
  const input = lines.map((l) => JSON.stringify({ id: l.id, text: l.text, ...(l.lang === "fr" || l.lang === "en" ? { lang: l.lang } : {}) })).join("\n");
  const report = scoreExternal(lines, analyseBatch(input));
  process.stdout.write(`Garde-fou — ${lines.length} texts by others from ${values.external}\n\n${formatExternal(report)}\n`);
  if (values.verbose) for (const m of report.misses) process.stdout.write(`  miss ${m.id} (${m.expect})\n`);
  const out = values.json ?? join(root, "artifacts", "eval-external.json");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(report, null, 2));
  process.exit(0);
}

const corpusPath = values.corpus ?? join(root, "tests", "fixtures", "dev.jsonl");
const corpusText = readFileSync(corpusPath, "utf8");
const cases = parseCorpus(corpusText);

const report = score(cases, analyseBatch(corpusText));
process.stdout.write(`Garde-fou — ${cases.length} drafts from ${corpusPath}\n\n${formatReport(report)}\n`);
if (values.verbose) {
  process.stdout.write("\nmismatches:\n");
  for (const e of report.errors) process.stdout.write(`  ${e.id}: expected [${e.expected.join(", ")}] got [${e.got.join(", ")}]\n`);
}
const out = values.json ?? join(root, "artifacts", "eval.json");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(report, null, 2));
