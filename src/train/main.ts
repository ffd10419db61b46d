// `npm run train` (scripts/train.mjs): fits the situation models on the labelled drafts in tests/fixtures (fit.ts) and
// writes rules/models/situations.json. `--leave-out rN` trains without blind round N, to measure
// the models on it (such a file is for measurement, never shipped).
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

export function main(args: readonly string[]): void {
  const root = process.cwd();
  const at = args.indexOf("--leave-out");
  const leaveOut = at >= 0 ? args[at + 1] : undefined;
  const { drafts, files } = readDrafts(root, leaveOut);
  const trained = trainSituationModels(drafts, files);
  writeFileSync(join(root, "rules/models/situations.json"), JSON.stringify(trained.file) + "\n");
  console.log([...trained.report, `${drafts.length} drafts, ${trained.kept} of ${trained.features} features kept → rules/models/situations.json`].join("\n"));
}
