// The situation models' trainer: deterministic, and the shipped model is the one the fixtures give.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import modelJson from "../rules/models/situations.json";
import { decodeWeights } from "../src/analyzer/situations/model.js";
import { draftOf, trainSituationModels } from "../src/train/fit.js";
import { newestBlindRound } from "../src/train/main.js";

describe("situation-model trainer", () => {
  const words = ["chambre", "urgence", "lit", "admis", "étage"];
  const plain = ["soleil", "vélo", "souper", "musique", "neige"];
  const drafts = [1, 2].flatMap((r) =>
    Array.from({ length: 20 }, (_, i) =>
      i % 2 === 0
        ? draftOf(`r${r}`, `Madame ${words[i % 5]} et ${words[(i + r) % 5]} hier soir.`, ["patient-privacy"])
        : draftOf(`r${r}`, `Belle journée de ${plain[i % 5]} et de ${plain[(i + r) % 5]}.`, []),
    ),
  );
  it("gives the same model for the same drafts", () => {
    const a = trainSituationModels(drafts, ["a.jsonl"]);
    const b = trainSituationModels(drafts, ["a.jsonl"]);
    expect(JSON.stringify(a.file)).toBe(JSON.stringify(b.file));
    expect(a.report).toHaveLength(6);
  });
  it("learns which words make a category likely", () => {
    const { file } = trainSituationModels(drafts, ["a.jsonl"]);
    const keys = file.features.split(" ");
    const bytes = decodeWeights(file.weights);
    const weight = (f: string) => (bytes[keys.indexOf(f) * file.categories.length] as number) * (file.scales[0] as number);
    expect(weight("u:urgence")).toBeGreaterThan(0);
    expect(weight("u:soleil")).toBeLessThan(0);
  });
});

describe("the shipped situation model", () => {
  it("was trained on the labelled drafts the repository holds now (run `npm run train` after adding some)", () => {
    let lines = 0;
    for (const f of modelJson.trainedOn) {
      expect(existsSync(f), f).toBe(true);
      lines += readFileSync(f, "utf8").split("\n").filter((l) => l.trim() !== "").length;
    }
    expect(lines).toBe(modelJson.drafts);
  });
  it("was trained on every labelled file but the newest blind round, kept out as a standing unseen check", () => {
    const files = ["tests/fixtures/dev.jsonl", "tests/fixtures/holdout.jsonl"];
    for (const dir of ["tests/fixtures/blind", "tests/fixtures/train"]) for (const f of readdirSync(dir).filter((n) => n.endsWith(".jsonl"))) files.push(`${dir}/${f}`);
    const left = files.filter((f) => !modelJson.trainedOn.includes(f));
    const newest = newestBlindRound(".");
    expect(left.every((f) => f.startsWith(`tests/fixtures/blind/${newest}-`)), left.join(", ")).toBe(true);
    expect(left.length).toBeGreaterThan(0);
  });
});
