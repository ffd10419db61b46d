// SARIF 2.1.0 output, for editors and CI systems that read static-analysis results.
import type { AnalysisWithDiagnostics } from "../analyzer/engine.js";
import type { Recommendation } from "../analyzer/rules/schema.js";
import { lineIndex, type LineIndex } from "./report.js";

export interface SarifFile {
  uri: string;
  text: string;
  analysis: AnalysisWithDiagnostics;
}

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

export function toSarif(files: readonly SarifFile[], recommendations: ReadonlyMap<string, Recommendation>, version: string, ui: "fr" | "en"): object {
  const ruleIds = [...new Set(files.flatMap((f) => f.analysis.findings.map((x) => x.ruleId)))].sort();
  const firstFinding = new Map(files.flatMap((f) => f.analysis.findings.map((x) => [x.ruleId, x] as const)).reverse());
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "Garde-fou",
            version,
            informationUri: "https://www.cmq.org/",
            rules: ruleIds.map((id) => {
              const f = firstFinding.get(id);
              const rec = f ? recommendations.get(f.recommendation) : undefined;
              return {
                id,
                shortDescription: { text: f?.message ?? id },
                ...(rec ? { fullDescription: { text: `${rec.title[ui]} — ${rec.text[ui]}` }, properties: { category: f?.category, articles: rec.articles } } : {}),
              };
            }),
          },
        },
        results: files.flatMap((file) => {
          const idx = lineIndex(file.text);
          return file.analysis.findings.map((f) => {
            const a = idx.position(f.start);
            const b = idx.position(f.end);
            const fixes = f.fix ? [f.fix] : (f.parts ?? []).flatMap((p) => (p.fix ? [p.fix] : []));
            return {
              ruleId: f.ruleId,
              level: LEVEL[f.severity],
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: file.uri },
                    region: { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, charOffset: f.start, charLength: f.end - f.start },
                  },
                },
              ],
              // A combination finding's details: each a related location, each fix its own.
              ...(f.parts ? { relatedLocations: f.parts.map((p, id) => ({ id, message: { text: p.text }, physicalLocation: { artifactLocation: { uri: file.uri }, region: regionOf(idx, p.start, p.end) } })) } : {}),
              ...(fixes.length > 0
                ? { fixes: fixes.map((x) => ({ description: { text: x.label }, artifactChanges: [{ artifactLocation: { uri: file.uri }, replacements: [{ deletedRegion: { charOffset: x.start, charLength: x.end - x.start }, insertedContent: { text: x.replacement } }] }] })) }
                : {}),
            };
          });
        }),
      },
    ],
  };
}

function regionOf(idx: LineIndex, start: number, end: number) {
  const a = idx.position(start);
  const b = idx.position(end);
  return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, charOffset: start, charLength: end - start };
}
