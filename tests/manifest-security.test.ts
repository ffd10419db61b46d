// What the built manifest and the sources promise about code and permissions (README, "Privacy
// and security"): extension pages run only the extension's own code and reach no server; the
// permissions are the smallest that work; no file is exposed to every site; no source writes
// markup from strings or compiles code at run time.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const manifestPath = join(root, "dist", "chrome", "manifest.json");

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  web_accessible_resources?: Array<{ matches?: string[]; resources: string[] }>;
}

describe.skipIf(!existsSync(manifestPath) && !process.env.CI)("the built manifest", () => {
  const manifest = () => JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;

  it("lets extension pages run only their own code and connect nowhere", () => {
    const csp = manifest().content_security_policy?.extension_pages ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:/);
  });

  it("asks only for storage and activeTab, with scripting optional", () => {
    const m = manifest();
    for (const p of m.permissions ?? []) expect(["storage", "activeTab"]).toContain(p);
    for (const p of m.optional_permissions ?? []) expect(["scripting"]).toContain(p);
  });

  it("holds host permissions only for named sites, never every site", () => {
    const hosts = manifest().host_permissions ?? [];
    expect(hosts.length).toBeGreaterThan(0);
    for (const h of hosts) expect(h).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
  });

  it("exposes no file to every site", () => {
    for (const r of manifest().web_accessible_resources ?? []) {
      for (const m of r.matches ?? []) expect(m).not.toMatch(/<all_urls>|^\*:|^https?:\/\/\*\//);
    }
  });
});

describe("the sources", () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(p);
    }
  };
  walk(join(root, "src"));

  it("never write markup from strings nor compile code at run time", () => {
    const sinks = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|new Function\s*\(|\beval\s*\(/;
    const offenders = files.filter((f) => sinks.test(readFileSync(f, "utf8").replace(/\/\/.*$/gm, "")));
    expect(files.length).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });
});
