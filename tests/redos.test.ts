// Every regular expression in src/ (literals, `new RegExp("…")` with a literal, and expressions
// built from templates such as `new RegExp(`${DAY}…`)`, read as they are built when their module
// loads) and in rules/ (values of keys named *regex*) is checked for catastrophic backtracking by
// recheck, a tool made for it. Phrase patterns in rules/ are not regular expressions: they compile to position-set
// matchers whose cost is polynomial by construction (see src/analyzer/patterns/matcher.test.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { checkSync } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

/** `new RegExp(x)` whose pattern is not a string literal: a template or a name. */
interface BuiltSite {
  file: string;
  line: number;
  /** `new RegExp(X.source, X.flags)`: a copy of an expression checked where it is written. */
  copyOf: string | null;
}

function builtSites(file: string): BuiltSite[] {
  const text = readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const sites: BuiltSite[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === "RegExp" && n.arguments?.[0] && !ts.isStringLiteralLike(n.arguments[0])) {
      const [a, b] = n.arguments;
      const copy = ts.isPropertyAccessExpression(a) && a.name.text === "source" && b && ts.isPropertyAccessExpression(b) && b.name.text === "flags" && a.expression.getText() === b.expression.getText();
      sites.push({ file, line: sf.getLineAndCharacterOfPosition(n.getStart()).line + 1, copyOf: copy ? a.expression.getText() : null });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return sites;
}

/** Loads `files` with RegExp wrapped, and returns every expression their loading builds, with the
 *  line of src/ that built it (module-level templates: dates, month names). */
async function regexesBuiltOnLoad(files: string[]): Promise<Array<Found & { file: string; line: number }>> {
  const built: Array<Found & { file: string; line: number }> = [];
  const Original = globalThis.RegExp;
  const recording = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const re = Reflect.construct(target, args) as RegExp;
      const frame = (new Error().stack ?? "").split("\n").find((l) => l.includes("/src/") && !l.includes("redos.test"));
      const at = frame?.match(/(\/src\/[^:)]+):(\d+)/);
      if (at) built.push({ where: `${at[1]!.slice(1)}:${at[2]}`, source: re.source, flags: re.flags, file: join(root, at[1]!), line: Number(at[2]) });
      return re;
    },
  });
  globalThis.RegExp = recording;
  try {
    for (const f of files) await import(f);
  } finally {
    globalThis.RegExp = Original;
  }
  return built;
}

function regexesInSource(file: string): Found[] {
  const text = readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const where = (n: ts.Node) => `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (n: ts.Node) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = n.getText();
      const end = lit.lastIndexOf("/");
      found.push({ where: where(n), source: lit.slice(1, end), flags: lit.slice(end + 1) });
    } else if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === "RegExp" && n.arguments?.[0] && ts.isStringLiteralLike(n.arguments[0])) {
      const flags = n.arguments[1] && ts.isStringLiteralLike(n.arguments[1]) ? n.arguments[1].text : "";
      found.push({ where: where(n), source: n.arguments[0].text, flags });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

function regexesInJson(file: string): Found[] {
  const found: Found[] = [];
  const visit = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${path}[${i}]`));
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (/regex/i.test(k)) {
          for (const s of Array.isArray(x) ? x : [x]) if (typeof s === "string") found.push({ where: `${relative(root, file)}: ${path}.${k}`, source: s, flags: "u" });
        }
        visit(x, `${path}.${k}`);
      }
    }
  };
  visit(JSON.parse(readFileSync(file, "utf8")), "");
  return found;
}

const sources = walk(join(root, "src")).filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f));
const rules = walk(join(root, "rules")).filter((f) => f.endsWith(".json"));
const all = [...sources.flatMap(regexesInSource), ...rules.flatMap(regexesInJson)];
const sites = sources.flatMap(builtSites);
const templateSites = sites.filter((s) => s.copyOf === null);
const built = await regexesBuiltOnLoad([...new Set(templateSites.map((s) => s.file))]);
const unique = [...new Map([...all, ...built].map((r) => [`${r.flags}/${r.source}`, r])).values()];

describe("regular expressions", () => {
  it("finds the project's regular expressions", () => {
    expect(unique.length).toBeGreaterThan(10);
  });
  it("reads every expression built from a template, as its module builds it", () => {
    expect(templateSites.length).toBeGreaterThan(0);
    const seen = new Set(built.map((b) => `${b.file}:${b.line}`));
    // A template built inside a function (not when its module loads) would be missed here: it
    // must then be checked by a test of its own, or built at module level.
    expect(templateSites.filter((s) => !seen.has(`${s.file}:${s.line}`)).map((s) => `${relative(root, s.file)}:${s.line}`)).toEqual([]);
    expect(built.some((b) => b.source.includes("janvier") || b.source.includes("january"))).toBe(true);
  });
  it(
    "has none vulnerable to catastrophic backtracking",
    () => {
      const vulnerable: string[] = [];
      for (const r of unique) {
        const result = checkSync(r.source, r.flags.replace(/[^dgimsuy]/g, ""), { timeout: 10_000 });
        if (result.status === "vulnerable") vulnerable.push(`${r.where}: /${r.source}/${r.flags} (${result.complexity?.type ?? ""}, attack ${JSON.stringify(result.attack?.pattern ?? "")})`);
      }
      expect(vulnerable).toEqual([]);
    },
    600_000,
  );
  it("catches a known vulnerable pattern (the checker works)", () => {
    expect(checkSync("^(a+)+$", "").status).toBe("vulnerable");
  });
});
