#!/usr/bin/env node
// garde-fou check: the analyzer from a terminal, on files or standard input.
import { readFile } from "node:fs/promises";
import { analyze, defaultEngine } from "../analyzer/index.js";
import { analysisOutputSchema, type AnalyzeOptions, type Finding } from "../analyzer/types.js";
import { parseCli, UsageError, USAGE, type CliOptions } from "./args.js";
import { runJsonl } from "./jsonl.js";
import { formatText, summary } from "./report.js";
import { analysableText, kindOf } from "./markup.js";
import { expandPaths } from "./files.js";
import { toSarif, type SarifFile } from "./sarif.js";

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0";

async function main(argv: string[]): Promise<number> {
  let cli;
  try {
    cli = parseCli(argv, Boolean(process.stdout.isTTY));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`garde-fou: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (cli.help) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  const options = cli.options;
  const base: AnalyzeOptions = { explain: options.explain };
  if (options.ruleSets) base.ruleSets = options.ruleSets;
  if (options.lang) base.uiLanguage = options.lang;
  if (options.platform) base.platform = options.platform;

  if (options.format === "jsonl") {
    let warned = false;
    let failed = false;
    for (const file of options.files) {
      const input = file === "-" ? process.stdin : (await import("node:fs")).createReadStream(file);
      try {
        const r = await runJsonl(input, process.stdout, base);
        warned ||= r.warned;
        failed ||= r.failed;
      } catch (e) {
        process.stderr.write(`garde-fou: cannot read ${file}: ${(e as Error).message}\n`);
        return 2;
      }
    }
    return failed ? 2 : warned ? 1 : 0;
  }

  let paths: string[];
  try {
    paths = await expandPaths(options.files);
  } catch (e) {
    process.stderr.write(`garde-fou: ${(e as Error).message}\n`);
    return 2;
  }
  const counts: Record<Finding["severity"], number> = { error: 0, warning: 0, info: 0 };
  const reports: string[] = [];
  const jsonOut: unknown[] = [];
  const sarifFiles: SarifFile[] = [];
  for (const file of paths) {
    let source: string;
    try {
      source = file === "-" ? await readStdin() : await readFile(file, "utf8");
    } catch (e) {
      process.stderr.write(`garde-fou: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return 2;
    }
    // Markup is blanked to spaces, so offsets, lines and columns are those of the original file.
    const text = file === "-" ? source : analysableText(source, kindOf(file));
    const fileOptions: AnalyzeOptions = { ...base };
    if (!fileOptions.platform && file !== "-") fileOptions.platform = "blog";
    const analysis = analyze(text, fileOptions);
    for (const f of analysis.findings) counts[f.severity]++;
    const name = file === "-" ? "<stdin>" : file;
    // The JSON output is the contract's shape, checked (a combination finding's parts included).
    if (options.format === "json") jsonOut.push(paths.length === 1 ? analysisOutputSchema.parse(analysis) : { file: name, ...analysisOutputSchema.parse(analysis) });
    else if (options.format === "sarif") sarifFiles.push({ uri: file === "-" ? "stdin" : file, text: source, analysis });
    else {
      const ui = options.lang ?? (analysis.language === "en" ? "en" : "fr");
      const report = formatText(name, source, analysis, defaultEngine().recommendations, ui, options.color, options.explain);
      if (report) reports.push(report);
    }
  }
  if (options.format === "json") {
    process.stdout.write(JSON.stringify(jsonOut.length === 1 ? jsonOut[0] : jsonOut, null, 2) + "\n");
  } else if (options.format === "sarif") {
    process.stdout.write(JSON.stringify(toSarif(sarifFiles, defaultEngine().recommendations, VERSION, options.lang ?? "fr"), null, 2) + "\n");
  } else {
    const ui = options.lang ?? "fr";
    if (reports.length) process.stdout.write(reports.join("\n\n") + "\n\n");
    process.stdout.write(summary(counts, paths.length, ui) + "\n");
  }
  return counts.error + counts.warning > 0 ? 1 : 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export type { CliOptions };

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`garde-fou: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
