// The human-readable report: file:line:col, severity, message, recommendation.
import type { AnalysisWithDiagnostics } from "../analyzer/engine.js";
import type { Recommendation } from "../analyzer/rules/schema.js";
import type { Finding } from "../analyzer/types.js";

const COLORS = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[36m", dim: "\x1b[2m", bold: "\x1b[1m", reset: "\x1b[0m" };

export interface LineIndex {
  position(offset: number): { line: number; column: number };
}

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return {
    position(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] as number) <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
    },
  };
}

export function formatText(
  file: string,
  text: string,
  analysis: AnalysisWithDiagnostics,
  recommendations: ReadonlyMap<string, Recommendation>,
  ui: "fr" | "en",
  color: boolean,
  explain: boolean,
): string {
  const c = (k: keyof typeof COLORS, s: string) => (color ? COLORS[k] + s + COLORS.reset : s);
  const idx = lineIndex(text);
  const lines: string[] = [];
  for (const f of analysis.findings) {
    const { line, column } = idx.position(f.start);
    const rec = recommendations.get(f.recommendation);
    lines.push(`${c("bold", `${file}:${line}:${column}`)} ${c(f.severity, pad(f.severity))} ${f.message} ${c("dim", `[${f.ruleId}]`)}`);
    if (f.parts) {
      // A combination finding: printed once, its details indented below it.
      lines.push(`    ${ui === "fr" ? "détails qui, ensemble, identifient :" : "details that identify together:"}`);
      for (const p of f.parts) {
        const at = idx.position(p.start);
        const fix = p.fix ? ` ${c("dim", ui === "fr" ? "→ correctif :" : "→ fix:")} « ${p.fix.replacement.trim()} »` : "";
        lines.push(`      ${c("dim", `${at.line}:${at.column}`)} « ${quoted(text, p.start, p.end)} »${fix}`);
      }
    } else lines.push(`    « ${quoted(text, f.start, f.end)} »`);
    if (rec) lines.push(`    ${c("dim", "→")} ${rec.title[ui]}${rec.articles.length ? c("dim", ` (${articleLabel(rec.articles, ui)})`) : ""}`);
    if (f.fix) lines.push(`    ${c("dim", ui === "fr" ? "correctif :" : "fix:")} ${f.fix.label}`);
    if (explain && f.trace) for (const t of f.trace) lines.push(`    ${c("dim", "· " + t)}`);
  }
  for (const e of analysis.errors ?? []) lines.push(`${file}: ${c("error", "internal error")} in ${e.ruleId}: ${e.message}`);
  return lines.join("\n");
}

export function summary(counts: Record<Finding["severity"], number>, files: number, ui: "fr" | "en"): string {
  const total = counts.error + counts.warning + counts.info;
  if (ui === "fr") return `${files} fichier(s) vérifié(s) : ${total} constat(s) — ${counts.error} erreur(s), ${counts.warning} avertissement(s), ${counts.info} conseil(s).`;
  return `${files} file(s) checked: ${total} finding(s) — ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} tip(s).`;
}

function articleLabel(articles: string[], ui: "fr" | "en"): string {
  const joined = articles.join(", ");
  return ui === "fr" ? `Code de déontologie, ${joined}` : `Code of ethics, ${joined}`;
}

/** The flagged words on one line, at most 80 characters. */
function quoted(text: string, start: number, end: number): string {
  const excerpt = text.slice(start, end).replace(/\s+/g, " ");
  return excerpt.length > 80 ? excerpt.slice(0, 77) + "…" : excerpt;
}

function pad(s: string): string {
  return s.padEnd(7);
}
