// A document hit written as a finding: the rule's message in the interface language with its
// placeholders filled, its recommendation, and a fix (the detector's own, or the rule's).
import type { DocumentHit } from "../detectors/types.js";
import { tidyEdit } from "../fix-tidy.js";
import type { AnalyzeOptions, Finding } from "../types.js";
import type { CompiledRule } from "./rule-compilation.js";

export function toFinding(compiled: CompiledRule, h: DocumentHit, text: string, ui: "fr" | "en", fixLang: "fr" | "en", options: AnalyzeOptions): Finding {
  const { rule } = compiled;
  const finding: Finding = {
    ruleId: rule.id,
    category: compiled.category,
    severity: h.severity ?? rule.severity,
    start: h.start,
    end: h.end,
    message: fill(rule.message[ui], h.data),
    recommendation: rule.recommendation,
  };
  if (h.group !== undefined) finding.group = h.group;
  if (h.fix) {
    const own = typeof h.fix.label === "string" ? h.fix.label : h.fix.label?.[ui];
    finding.fix = { ...tidyEdit(text, { start: h.start, end: h.end, replacement: h.fix.replacement }), label: own ?? rule.fix?.label[ui] ?? (ui === "fr" ? "Corriger" : "Fix") };
  } else if (rule.fix) {
    const spec = rule.fix;
    const short = options.platform === "x";
    const own = spec.at === "end" && options.disclaimer ? (short ? (fixLang === "fr" ? options.disclaimer.shortFr : options.disclaimer.shortEn) : options.disclaimer[fixLang]) : undefined;
    const replacement = own ?? (short && spec.short ? spec.short : spec.replacement)[fixLang];
    if (spec.at === "end") {
      const end = text.trimEnd().length;
      finding.fix = { start: end, end, replacement: (end > 0 ? "\n\n" : "") + replacement, label: spec.label[ui] };
    } else {
      finding.fix = { ...tidyEdit(text, { start: h.start, end: h.end, replacement }), label: spec.label[ui] };
    }
  }
  if (options.explain) finding.trace = h.trace;
  return finding;
}

function fill(message: string, data: Record<string, string> | undefined): string {
  if (!data) return message;
  return message.replace(/\{\{(\w+)\}\}/g, (m, k: string) => data[k] ?? m);
}
