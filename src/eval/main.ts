// npm run eval: runs the built CLI on the labelled corpus (as any user would) and prints scores.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Finding } from "../analyzer/types.js";
import { formatReport, parseCorpus, score } from "./score.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const { values } = parseArgs({ options: { corpus: { type: "string" }, verbose: { type: "boolean", short: "v" }, json: { type: "string" } } });
const corpusPath = values.corpus ?? join(root, "tests", "fixtures", "dev.jsonl");
const corpusText = readFileSync(corpusPath, "utf8");
const cases = parseCorpus(corpusText);

const run = spawnSync(process.execPath, [join(here, "cli.js"), "check", "--format", "jsonl", "-"], { input: corpusText, maxBuffer: 512 * 1024 * 1024, encoding: "utf8" });
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
const report = score(cases, byId);
process.stdout.write(`Garde-fou — ${cases.length} drafts from ${corpusPath}\n\n${formatReport(report)}\n`);
if (values.verbose) {
  process.stdout.write("\nmismatches:\n");
  for (const e of report.errors) process.stdout.write(`  ${e.id}: expected [${e.expected.join(", ")}] got [${e.got.join(", ")}]\n`);
}
const out = values.json ?? join(root, "artifacts", "eval.json");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(report, null, 2));
