// The command line as docs/CONTRACTS.md specifies it, run as a user would (the built dist/node/cli.js).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import Ajv from "ajv-draft-04";
import { analysisOutputSchema, CATEGORIES, SEVERITIES } from "../src/analyzer/types.js";

const root = new URL("..", import.meta.url).pathname;
const cli = join(root, "dist", "node", "cli.js");
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const dir = mkdtempSync(join(tmpdir(), "garde-fou-cli-"));

beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/node/cli.js is missing: run `npm run build` (npm test does)");
});

describe("garde-fou check", () => {
  it("exits 2 with a usage message on bad usage", () => {
    for (const args of [[], ["lint", "x"], ["check"], ["check", "--format", "xml", "-"], ["check", "--rule-sets", "nope", "-"], ["check", "--bogus", "-"]]) {
      const r = run(args, "");
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/Usage: garde-fou check/);
    }
  });
  it("exits 2 when a file cannot be read", () => {
    const r = run(["check", join(dir, "missing.txt")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read .*missing\.txt: ENOENT/);
  });
  it("exits 0 on a clean draft and 1 when a warning or an error is found", () => {
    expect(run(["check", "-"], "Bonne fin de semaine à toutes et à tous!").status).toBe(0);
    const r = run(["check", "--no-color", "-"], "Son dossier no 552190 est resté ouvert.");
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/<stdin>:1:5 error/);
    expect(r.stdout).toMatch(/art\. 20/);
  });
  it("prints the Analysis as JSON", () => {
    const file = join(dir, "draft.txt");
    writeFileSync(file, "Chart # 88123 was left open.");
    const r = run(["check", "--format", "json", file]);
    const analysis = JSON.parse(r.stdout);
    expect(analysis.language).toBe("en");
    expect(analysis.findings[0]).toMatchObject({ category: "patient-privacy", severity: "error" });
  });
  it("answers one line per draft in order, and an error record for a malformed line", () => {
    const input = ['{"id":"a","text":"Son dossier no 552190."}', "{not json", '{"id":"c"}', '{"id":"d","text":""}', ""].join("\n");
    const r = run(["check", "--format", "jsonl", "-"], input);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["a", null, null, "d"]);
    expect(lines[1]).toMatchObject({ line: 2 });
    expect(lines[2]).toMatchObject({ line: 3, error: expect.stringMatching(/text/) });
    expect(lines[3].findings).toEqual([]);
  });
  it("answers the whole development corpus with findings inside the contract", () => {
    const corpus = readFileSync(join(root, "tests", "fixtures", "dev.jsonl"), "utf8");
    const drafts = corpus.trim().split("\n").map((l) => JSON.parse(l) as { id: string; text: string });
    const r = run(["check", "--format", "jsonl", "-"], corpus);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(drafts.map((d) => d.id));
    out.forEach((o, i) => {
      const text = drafts[i]!.text;
      for (const f of o.findings) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(f.start).toBeLessThan(f.end);
        expect(CATEGORIES).toContain(f.category);
        expect(SEVERITIES).toContain(f.severity);
      }
    });
  });
  it("prints a combination finding once with its parts indented, and its parts in JSON and SARIF", () => {
    const story = "Hier soir, une dame de 93 ans de Saint-Siméon, ancienne mairesse, est arrivée à l'urgence avec une fracture.";
    const r = run(["check", "--no-color", "-"], story);
    expect(r.status).toBe(1);
    const headers = r.stdout.split("\n").filter((l) => l.includes("[privacy/patient-details]"));
    expect(headers).toHaveLength(1);
    expect(r.stdout).toMatch(/détails qui, ensemble, identifient :\n {6}1:1 « Hier soir » → correctif : « Récemment »/);
    expect(r.stdout).toMatch(/\n {6}1:\d+ « de 93 ans »/);
    expect(r.stdout).toMatch(/\n {6}1:\d+ « mairesse »/);
    const json = run(["check", "--format", "json", "-"], story);
    // The output is the contract's shape, parts included (the schema the CLI checks it with).
    const analysis = analysisOutputSchema.parse(JSON.parse(json.stdout));
    const combined = analysis.findings.filter((f) => f.ruleId === "privacy/patient-details");
    expect(combined).toHaveLength(1);
    const parts = combined[0]?.parts ?? [];
    expect(parts.map((p) => p.text)).toEqual(expect.arrayContaining(["Hier soir", "de 93 ans", "mairesse"]));
    for (const p of parts) expect(story.slice(p.start, p.end)).toBe(p.text);
    const sarif = JSON.parse(run(["check", "--format", "sarif", "-"], story).stdout);
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === "privacy/patient-details");
    expect(result.relatedLocations).toHaveLength(parts.length);
    expect(result.fixes.length).toBe(parts.filter((p) => p.fix).length);
    const schema = JSON.parse(readFileSync(join(root, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false, logger: false }).compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
  });
  it("restricts rule sets and switches the message language", () => {
    const r = run(["check", "--format", "json", "--rule-sets", "consensus", "--lang", "en", "-"], "Son dossier no 552190.");
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    const r2 = run(["check", "--format", "json", "--lang", "en", "-"], "Son dossier no 552190.");
    expect(JSON.parse(r2.stdout).findings[0].message).toMatch(/[Cc]hart|[Ff]ile/);
  });
  it("explains why a finding fired", () => {
    const r = run(["check", "--explain", "--no-color", "-"], "Son dossier no 552190.");
    expect(r.stdout).toMatch(/· /);
  });
  it("processes a 10 MB batch in one streaming pass", () => {
    const line = JSON.stringify({ id: "x", text: "Bonne journée à toutes et à tous. ".repeat(30) });
    const input = Array.from({ length: Math.ceil((10 * 1024 * 1024) / line.length) }, () => line).join("\n");
    const r = run(["check", "--format", "jsonl", "-"], input);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n").length).toBe(Math.ceil((10 * 1024 * 1024) / line.length));
  });
});

describe("garde-fou check on blog files", () => {
  const blog = mkdtempSync(join(tmpdir(), "garde-fou-blog-"));
  const md = ["---", "title: Billet", "---", "# Ma semaine", "", "Un **suivi** difficile : son [dossier](https://x.y/z) no 552190", "est resté ouvert."].join("\n");
  const html = ["<html><body>", "<h1>Semaine</h1>", "<p>Chart <b>#</b> 88123 was left <em>open</em>.</p>", "</body></html>"].join("\n");
  writeFileSync(join(blog, "billet.md"), md);
  writeFileSync(join(blog, "post.html"), html);
  writeFileSync(join(blog, "notes.txt"), "Bonne journée!");
  writeFileSync(join(blog, "image.png"), "not text");

  it("points at the right line and column of a Markdown file", () => {
    const r = run(["check", "--no-color", join(blog, "billet.md")]);
    expect(r.status).toBe(1);
    const line = md.split("\n").findIndex((l) => l.includes("[dossier]")) + 1;
    const col = md.split("\n")[line - 1]!.indexOf("dossier") + 1;
    expect(r.stdout).toContain(`billet.md:${line}:${col} error`);
  });
  it("keeps offsets of an HTML file and reads no tag as text", () => {
    const r = run(["check", "--format", "json", join(blog, "post.html")]);
    const a = JSON.parse(r.stdout);
    const f = a.findings.find((x: { category: string }) => x.category === "patient-privacy");
    expect(html.slice(f.start, f.end)).toMatch(/^Chart <b>#<\/b> 88123$/);
  });
  it("checks every supported file of a directory and sums up", () => {
    const r = run(["check", "--no-color", "--lang", "en", blog]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/3 file\(s\) checked/);
    expect(r.stdout).not.toMatch(/image\.png/);
  });
  it("writes SARIF 2.1.0 with regions in the original file", () => {
    const r = run(["check", "--format", "sarif", join(blog, "billet.md")]);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe("2.1.0");
    // The SARIF 2.1.0 JSON schema, as shipped by Microsoft's SARIF test package.
    const schema = JSON.parse(readFileSync(join(root, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false, logger: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const result = log.runs[0].results.find((x: { level: string }) => x.level === "error");
    expect(result.locations[0].physicalLocation.region.startLine).toBe(6);
    expect(log.runs[0].tool.driver.rules.map((x: { id: string }) => x.id)).toContain(result.ruleId);
  });
});
