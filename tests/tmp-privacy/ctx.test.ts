import { it } from "vitest";
import { analyze } from "../../src/analyzer/index.js";
it("ctx", () => {
  const text = process.env.TEXT ?? "";
  const r = analyze(text, { explain: true, lang: (process.env.LANG2 as "fr" | "en") ?? "en" });
  for (const f of r.findings) console.log(f.ruleId, f.severity, JSON.stringify(text.slice(f.start, f.end)), JSON.stringify(f.trace));
  console.log(JSON.stringify(r.errors));
});
