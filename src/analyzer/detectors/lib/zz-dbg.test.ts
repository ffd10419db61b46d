import { it } from "vitest";
import { defaultEngine } from "../../index.js";
import { tokenize } from "../../text/tokenize.js";
it("dbg", () => {
  const t = process.env.T ?? "";
  const an = defaultEngine().analyze(t, { explain: true }); console.log(JSON.stringify(an.errors)); console.log(JSON.stringify(an.findings.map((f) => [f.ruleId, f.severity, t.slice(f.start, f.end), f.trace, f.fix?.replacement])));
  console.log(tokenize(t).map((x) => `${x.norm}/${x.kind}`).join(" "));
});
