// `npm run train` (scripts/train.mjs): fits the situation models on the labelled drafts in tests/fixtures (fit.ts) and
// writes rules/models/situations.json. The newest blind round stays out of training: its floors in
// tests/eval-thresholds.json then measure the shipped models on drafts they never saw, until a newer
// round takes its place. `--leave-out rN` keeps another round out instead, to measure the models on
// it (such a file is for measurement, never shipped); `--all` trains on every round.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseCorpus } from "../eval/score.js";
import { draftOf, trainSituationModels, type Draft } from "./fit.js";

function readDrafts(root: string, leaveOut: string | undefined): { drafts: Draft[]; files: string[] } {
  const files = ["tests/fixtures/dev.jsonl", "tests/fixtures/holdout.jsonl"];
  for (const dir of ["tests/fixtures/blind", "tests/fixtures/train"])
    for (const f of readdirSync(join(root, dir)).filter((n) => n.endsWith(".jsonl")).sort()) files.push(`${dir}/${f}`);
  const drafts: Draft[] = [];
  const kept: string[] = [];
  for (const file of files) {
    const group = /\/(r\d+)-/.exec(file)?.[1] ?? file;
    if (group === leaveOut) continue;
    kept.push(file);
    for (const c of parseCorpus(readFileSync(join(root, file), "utf8"))) drafts.push(draftOf(group, c.text, c.labels));
  }
  return { drafts, files: kept };
}

/** The newest blind round in tests/fixtures/blind ("r18"), or undefined. */
export function newestBlindRound(root: string): string | undefined {
  const rounds = readdirSync(join(root, "tests/fixtures/blind"))
    .map((n) => /^r(\d+)-.*\.jsonl$/.exec(n)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return rounds.length > 0 ? `r${Math.max(...rounds)}` : undefined;
}

export function main(args: readonly string[]): void {
  const root = process.cwd();
  const at = args.indexOf("--leave-out");
  const leaveOut = at >= 0 ? args[at + 1] : args.includes("--all") ? undefined : newestBlindRound(root);
  if (leaveOut) console.log(`kept out of training: blind round ${leaveOut}`);
  const { drafts, files } = readDrafts(root, leaveOut);
  const trained = trainSituationModels(drafts, files);
  writeFileSync(join(root, "rules/models/situations.json"), JSON.stringify(trained.file) + "\n");
  console.log([...trained.report, `${drafts.length} drafts, ${trained.kept} of ${trained.features} features kept → rules/models/situations.json`].join("\n"));
}
