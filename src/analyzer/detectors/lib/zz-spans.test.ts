import { readFileSync } from "node:fs";
import { it } from "vitest";
import { analyze } from "../../index.js";
it("spans", () => {
  const lines = readFileSync("tests/fixtures/dev.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const out: string[] = [];
  for (const c of lines) {
    const f = analyze(c.text, { lang: c.lang, explain: true }).findings.filter((x) => x.category === "patient-privacy");
    const spans: string[] = c.spans?.["patient-privacy"] ?? [];
    const cov = spans.map((s) => { const at = c.text.indexOf(s); return (f.some((x) => x.start < at + s.length && at < x.end) ? "+" : "-") + s; });
    if (f.length || spans.length) out.push(`${c.id} [${c.labels}] ${cov.join(" | ")} || ${f.map((x) => `${x.ruleId}:${x.severity}«${c.text.slice(x.start, x.end)}»`).join(" ")}`);
  }
  console.log(out.join("\n"));
});
