// Scores texts written by others (the measurement folder described in its SOURCES.md): each line
// says what Garde-fou should say on one dimension only, so each file is scored on that dimension.
// These texts are for measurement only: they are read at run time and never kept in the project.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Category, Finding } from "../analyzer/types.js";

export const externalLineSchema = z.object({
  id: z.string(),
  text: z.string(),
  lang: z.string(),
  source_label: z.string().optional(),
  expect: z.enum(["consensus-violation", "consensus-ok", "privacy", "clean", "advice"]),
});
export type ExternalLine = z.infer<typeof externalLineSchema> & { file: string };

/** The categories a line's expectation is about. The clean lines of the privacy sources are about
 * privacy; the Quebec tweets' clean lines are about any warning (see scoreExternal). */
const watched: Record<ExternalLine["expect"], readonly Category[] | "any"> = {
  "consensus-violation": ["medical-consensus"],
  "consensus-ok": ["medical-consensus"],
  privacy: ["patient-privacy"],
  clean: ["patient-privacy"],
  advice: ["clinical-advice", "therapeutic-relationship"],
};
const positive = new Set<ExternalLine["expect"]>(["consensus-violation", "privacy", "advice"]);

/** The misinformation files pooled for the consensus figure. */
const MISINFORMATION = ["covid19-rumor-en", "constraint-covid-fakenews-en", "coaid-en", "healthver-en", "covidlies-misconceptions-en"];

export function readExternal(dir: string): ExternalLine[] | null {
  if (!existsSync(dir)) return null;
  const lines: ExternalLine[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort()) {
    const file = name.replace(/\.jsonl$/, "");
    readFileSync(join(dir, name), "utf8")
      .split("\n")
      .forEach((raw, i) => {
        if (!raw.trim()) return;
        const r = externalLineSchema.safeParse(JSON.parse(raw));
        if (!r.success) throw new Error(`${name} line ${i + 1}: ${r.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
        lines.push({ ...r.data, file });
      });
  }
  return lines;
}

/** Whether a line was flagged on the dimension it is about (severity error or warning). */
export function flagged(line: ExternalLine, findings: readonly Finding[], categories = watched[line.expect]): boolean {
  return findings.some((f) => f.severity !== "info" && (categories === "any" || categories.includes(f.category)));
}

export interface Rate {
  label: string;
  flagged: number;
  total: number;
}
export interface ExternalReport {
  rows: Rate[];
  misses: Array<{ id: string; expect: string }>;
}

export function scoreExternal(lines: readonly ExternalLine[], findingsById: ReadonlyMap<string, readonly Finding[]>): ExternalReport {
  const groups = new Map<string, Rate>();
  const misses: ExternalReport["misses"] = [];
  const add = (label: string, hit: boolean) => {
    const g = groups.get(label) ?? { label, flagged: 0, total: 0 };
    g.total++;
    if (hit) g.flagged++;
    groups.set(label, g);
  };
  for (const line of lines) {
    const findings = findingsById.get(line.id) ?? [];
    const tweets = line.file.startsWith("qc2022");
    const hit = tweets && line.expect === "clean" ? flagged(line, findings, "any") : flagged(line, findings);
    add(`${line.file} ${line.expect}${tweets && line.expect === "clean" ? " (any warning)" : ""}`, hit);
    if (MISINFORMATION.includes(line.file)) add(`misinformation pooled ${line.expect}`, hit);
    if (tweets && line.expect === "clean") add(`${line.file} clean (consensus warning)`, flagged(line, findings, ["medical-consensus"]));
    if (positive.has(line.expect) !== hit) misses.push({ id: line.id, expect: line.expect });
  }
  return { rows: [...groups.values()].sort((a, b) => a.label.localeCompare(b.label)), misses };
}

export function formatExternal(r: ExternalReport): string {
  const rows = ["file and expectation                                        flagged"];
  for (const g of r.rows) rows.push(`${g.label.padEnd(60)} ${String(g.flagged).padStart(4)}/${String(g.total).padEnd(4)} ${((100 * g.flagged) / g.total).toFixed(1).padStart(5)} %`);
  return rows.join("\n");
}
