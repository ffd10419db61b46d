import { readFileSync } from "node:fs";
import { it } from "vitest";
import { analyze } from "../../src/analyzer/index.js";
it("probe", () => {
  let ok = 0, n = 0;
  for (const file of (process.env.FILES ?? "/tmp/ph/probe.jsonl,/tmp/ph/neg.jsonl").split(",")) for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const c = JSON.parse(line);
    const fs = analyze(c.text, { lang: c.lang, explain: true }).findings.filter((f) => f.category === "patient-privacy");
    const flagged = fs.some((f) => f.severity !== "info") ? 1 : 0;
    n++; if (flagged === c.exp) ok++;
    if (flagged !== c.exp || process.env.ALL) {
      console.log(`${flagged === c.exp ? "ok " : "BAD"} ${c.id} exp=${c.exp}: ${c.text.slice(0, 90)}`);
      for (const f of fs) console.log(`     ${f.severity} ${f.ruleId} «${c.text.slice(f.start, f.end)}» ${process.env.TRACE ? JSON.stringify(f.trace?.slice(-1)) : ""}`);
    }
  }
  console.log(`${ok}/${n}`);
});
