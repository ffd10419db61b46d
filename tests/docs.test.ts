// The documents hold together: every relative link in README.md, CHANGELOG.md and docs/*.md
// names a file or folder of the repository (and a heading of it, for an anchor), and the README
// stays short.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const documents = ["README.md", "CHANGELOG.md", ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)].filter((f) =>
  existsSync(join(root, f)),
);

/** Targets of Markdown links and images, `[text](target)` and `![alt](target)`, outside code. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  const out: string[] = [];
  for (const m of prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) out.push(m[1] as string);
  return out;
}

/** GitHub's anchors for a Markdown file's headings. */
function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  for (const m of markdown.replace(/```[\s\S]*?```/g, "").matchAll(/^#{1,6}\s+(.+)$/gm)) {
    out.add((m[1] as string).trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-"));
  }
  return out;
}

describe("documents", () => {
  it("include the README and the docs", () => {
    expect(documents).toContain("README.md");
    expect(documents.length).toBeGreaterThan(1);
  });

  it("keep the README under 15 KB", () => {
    expect(statSync(join(root, "README.md")).size).toBeLessThan(15 * 1024);
  });

  for (const doc of documents) {
    it(`${doc}: every relative link resolves to a file of the repository`, () => {
      const broken: string[] = [];
      for (const target of linkTargets(readFileSync(join(root, doc), "utf8"))) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // URLs
        const [file, anchor] = target.split("#") as [string, string | undefined];
        const path = file === "" ? join(root, doc) : resolve(root, dirname(doc), decodeURIComponent(file));
        if (relative(root, path).startsWith("..") || !existsSync(path)) broken.push(target);
        else if (anchor !== undefined && (!path.endsWith(".md") || !anchors(readFileSync(path, "utf8")).has(anchor))) broken.push(target);
      }
      expect(broken).toEqual([]);
    });
  }
});
