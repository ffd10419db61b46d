// Every regular expression in src/ (literals and `new RegExp("…")` with a literal) and in rules/
// (values of keys named *regex*) is checked for catastrophic backtracking by recheck, a tool made
// for it. Phrase patterns in rules/ are not regular expressions: they compile to position-set
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
const unique = [...new Map(all.map((r) => [`${r.flags}/${r.source}`, r])).values()];

describe("regular expressions", () => {
  it("finds the project's regular expressions", () => {
    expect(unique.length).toBeGreaterThan(10);
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
