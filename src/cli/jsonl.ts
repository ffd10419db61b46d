// Batch mode: one draft per input line, one result per output line, in order. Reads the stream
// line by line so that a 10 MB batch never sits in memory as a whole.
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { z } from "zod";
import { analysisOutputSchema, type AnalyzeOptions } from "../analyzer/types.js";
import { analyze } from "../analyzer/index.js";

const draftSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  lang: z.enum(["fr", "en"]).optional(),
  platform: z.enum(["facebook", "x", "linkedin", "blog", "other"]).optional(),
});

/** Returns true when any draft has a warning or an error. */
export async function runJsonl(input: Readable, output: Writable, base: AnalyzeOptions): Promise<{ warned: boolean; failed: boolean }> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  let warned = false;
  let failed = false;
  for await (const raw of rl) {
    line++;
    if (raw.trim() === "") continue;
    let record: string;
    try {
      const draft = draftSchema.parse(JSON.parse(raw));
      const options: AnalyzeOptions = { ...base };
      if (draft.platform) options.platform = draft.platform;
      if (draft.lang) options.lang = draft.lang;
      const analysis = analysisOutputSchema.parse(analyze(draft.text, options));
      if (analysis.findings.some((f) => f.severity !== "info")) warned = true;
      const out: Record<string, unknown> = { id: draft.id, language: analysis.language, findings: analysis.findings };
      if (analysis.errors) out.errors = analysis.errors;
      record = JSON.stringify(out);
    } catch (e) {
      failed = true;
      const message = e instanceof z.ZodError ? e.issues.map((i) => `${i.path.join(".") || "(line)"}: ${i.message}`).join("; ") : (e as Error).message;
      record = JSON.stringify({ id: null, line, error: message });
    }
    if (!output.write(record + "\n")) await new Promise((r) => output.once("drain", r));
  }
  return { warned, failed };
}
