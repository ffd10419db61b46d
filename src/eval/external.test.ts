import { describe, expect, it } from "vitest";
import type { Finding } from "../analyzer/types.js";
import { type ExternalLine, scoreExternal } from "./external.js";

const finding = (category: Finding["category"], severity: Finding["severity"] = "warning"): Finding => ({ ruleId: "x/y", category, severity, start: 0, end: 1, message: "m", recommendation: "r" });
const line = (id: string, file: string, expect: ExternalLine["expect"]): ExternalLine => ({ id, file, expect, text: "t", lang: "en" });

describe("scoreExternal", () => {
  it("scores each line on its own dimension and pools the misinformation files", () => {
    const lines = [line("a", "coaid-en", "consensus-violation"), line("b", "healthver-en", "consensus-ok"), line("c", "eds-pseudo-templates-fr", "clean"), line("d", "qc2022-election-tweets-fr", "clean")];
    const found = new Map<string, Finding[]>([
      ["a", [finding("medical-consensus")]],
      ["b", [finding("patient-privacy")]],
      ["c", [finding("clinical-advice")]],
      ["d", [finding("professionalism")]],
    ]);
    const rows = Object.fromEntries(scoreExternal(lines, found).rows.map((r) => [r.label, `${r.flagged}/${r.total}`]));
    expect(rows["misinformation pooled consensus-violation"]).toBe("1/1");
    expect(rows["misinformation pooled consensus-ok"]).toBe("0/1");
    expect(rows["eds-pseudo-templates-fr clean"]).toBe("0/1");
    expect(rows["qc2022-election-tweets-fr clean (any warning)"]).toBe("1/1");
    expect(rows["qc2022-election-tweets-fr clean (consensus warning)"]).toBe("0/1");
  });

  it("does not count tips", () => {
    const r = scoreExternal([line("a", "coaid-en", "consensus-violation")], new Map([["a", [finding("medical-consensus", "info")]]]));
    expect(r.rows[0]?.flagged).toBe(0);
    expect(r.misses).toEqual([{ id: "a", expect: "consensus-violation" }]);
  });
});
