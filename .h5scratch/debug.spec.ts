import { it } from "vitest";
import { readFileSync } from "node:fs";
import { defaultEngine } from "../src/analyzer/index.js";
it("debug", () => {
  const e = defaultEngine();
  const texts = readFileSync("/work/main/.h5scratch/in.txt", "utf8").split("\n").filter((l) => l.trim());
  for (const t of texts) {
    const a = e.analyze(t, { explain: true });
    console.log("\n>>", t, "\n  signals:", [...e.signalsIn(t)].join(","), JSON.stringify(a.errors ?? []));
    for (const f of a.findings) console.log("  ", f.ruleId, f.severity, "«" + t.slice(f.start, f.end) + "»", (f.trace ?? []).join(" | "));
  }
});
