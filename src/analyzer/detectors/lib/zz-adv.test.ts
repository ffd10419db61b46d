import { it } from "vitest";
import { defaultEngine } from "../../index.js";
const mine = /^privacy\/(file-number|health-card-number|provincial-health-number|social-insurance-number|phone-number|email-address|postal-code|street-address|room-number|birth-date|care-date)$/;
const texts = (process.env.TEXTS ?? "").split("\n").filter(Boolean);
it("adv", () => {
  for (const t of texts) {
    const f = defaultEngine().analyze(t, { explain: true }).findings.filter((x) => mine.test(x.ruleId));
    console.log((f.length ? "HIT " : "ok  ") + t.slice(0, 70) + " => " + f.map((x) => `${x.ruleId}:${x.severity}«${t.slice(x.start, x.end)}»`).join(" "));
  }
});
