import { readFileSync } from "node:fs";
import { it } from "vitest";
import { analyze } from "../../src/analyzer/index.js";
it("debug", () => {
  const only = process.env.IDS?.split(",");
  const cat = process.env.CAT ?? "patient-privacy";
  for (const line of readFileSync("tests/fixtures/dev.jsonl", "utf8").split("\n")) {
    if (!line.trim()) continue;
    const c = JSON.parse(line);
    if (only && !only.includes(c.id)) continue;
    if (!only && !c.labels.includes(cat)) continue;
    const fs = analyze(c.text, { lang: c.lang, explain: true }).findings.filter((f) => f.category === "patient-privacy");
    const spans: string[] = c.spans?.["patient-privacy"] ?? [];
    const missed = spans.filter((s) => { const a = c.text.indexOf(s); return !fs.some((f) => f.severity !== "info" && f.start < a + s.length && a < f.end); });
    console.log(`${c.id} [${c.labels}] missed=${JSON.stringify(missed)}`);
    for (const f of fs) console.log(`   ${f.severity} ${f.ruleId} «${c.text.slice(f.start, f.end)}» ${process.env.TRACE ? JSON.stringify(f.trace) : ""} ${f.fix ? "→" + JSON.stringify(f.fix.replacement) : ""}`);
  }
});
