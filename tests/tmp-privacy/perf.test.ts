import { readFileSync } from "node:fs";
import { it } from "vitest";
import { Engine } from "../../src/analyzer/engine.js";
import { bundledRules } from "../../src/analyzer/rules/load.js";
it("perf", () => {
  const { ruleSets, recommendations } = bundledRules();
  const texts = readFileSync("tests/fixtures/dev.jsonl", "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l).text as string);
  const variants: Record<string, (r: { id: string }) => boolean> = {
    "patient-details": (r) => r.id === "privacy/patient-details",
    "person-name": (r) => r.id === "privacy/person-name",
    "other privacy": (r) => r.id.startsWith("privacy/") && !["privacy/patient-details", "privacy/person-name", "privacy/user-term"].includes(r.id),
  };
  for (let round = 0; round < 2; round++) for (const [name, keep] of Object.entries(variants)) {
    const sets = ruleSets.filter((s) => s.id === "privacy" || s.id === "shared").map((s) => ({ ...s, rules: s.rules.filter(keep) }));
    const e = new Engine(sets, recommendations);
    e.analyze("warm up the compromise lexicon, Harold Jenkins said in our ER.");
    const t0 = performance.now();
    for (const t of texts) e.analyze(t);
    console.log(name, ((performance.now() - t0) / texts.length).toFixed(2), "ms per draft");
  }
});
