// Command-line arguments, parsed with node:util and validated with zod.
import { parseArgs } from "node:util";
import { z } from "zod";
import { ruleSetIdSchema } from "../analyzer/types.js";

export const USAGE = `Usage: garde-fou check [options] FILE… | DIR… | -

Checks drafts for what a physician must not publish (Collège des médecins du Québec).

Options:
  --format text|json|jsonl|sarif  output format (default: text; jsonl reads one draft
                           per line; sarif for editors and CI)
  --rule-sets a,b          only these rule sets (privacy, clinical-advice, consensus,
                           relationship, advertising, professionalism)
  --lang fr|en             language of the messages (default: the draft's)
  --platform NAME          facebook, x, linkedin, blog (default: blog for files)
  --explain                show why each finding fired
  --no-color               plain text even on a terminal
  -h, --help               this help

Files: .md and .html are read without their markup (positions stay those of the
file); a directory stands for every .md, .html and .txt file below it.

Exit status: 0 no warning, 1 a finding of severity error or warning, 2 usage or input error.`;

export class UsageError extends Error {}

const optionsSchema = z.object({
  format: z.enum(["text", "json", "jsonl", "sarif"]).default("text"),
  ruleSets: z.array(ruleSetIdSchema).optional(),
  lang: z.enum(["fr", "en"]).optional(),
  platform: z.enum(["facebook", "x", "linkedin", "blog", "other"]).optional(),
  explain: z.boolean().default(false),
  color: z.boolean(),
  files: z.array(z.string()).min(1, "name at least one FILE, or - for standard input"),
});
export type CliOptions = z.infer<typeof optionsSchema>;

export function parseCli(argv: string[], isTty: boolean): { help: true } | { help: false; options: CliOptions } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string" },
        "rule-sets": { type: "string" },
        lang: { type: "string" },
        platform: { type: "string" },
        explain: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const [command, ...files] = positionals;
  if (command !== "check") throw new UsageError(command === undefined ? "missing command: check" : `unknown command "${command}"`);
  const result = optionsSchema.safeParse({
    format: values.format,
    ruleSets: values["rule-sets"]?.split(",").map((s) => s.trim()).filter(Boolean),
    lang: values.lang,
    platform: values.platform,
    explain: values.explain ?? false,
    color: isTty && !values["no-color"] && process.env.NO_COLOR === undefined,
    files,
  });
  if (!result.success) {
    throw new UsageError(result.error.issues.map((i) => `${i.path.length ? `--${i.path.join(".")}: ` : ""}${i.message}`).join("; "));
  }
  return { help: false, options: result.data };
}
