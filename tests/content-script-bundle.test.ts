// The content script (vite.generic.config.ts → CONTENT_SCRIPT in dist/chrome and dist/firefox):
// one classic script, the same on every site, that needs nothing web-accessible and carries
// no franc (the same marker `npm run bench` looks for), and stays light: at most 30 kB gzipped,
// loaded on every page of the supported sites. The report's recommendations are not in it: the
// worker sends those its findings cite with each analysis.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Script } from "node:vm";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { CONTENT_SCRIPT, CUSTOM_SITE_SCRIPT } from "../src/shared/custom-site-script.js";
import { SITE_MATCHES } from "../src/content/sites/matches.js";

const ROOT = new URL("../", import.meta.url).pathname;
const CHROME = join(ROOT, "dist", "chrome");
const built = existsSync(join(CHROME, CONTENT_SCRIPT));

interface Manifest {
  content_scripts?: Array<{ matches: string[]; js: string[]; css?: string[] }>;
  web_accessible_resources?: unknown;
}
const manifestOf = (browser: "chrome" | "firefox") => JSON.parse(readFileSync(join(ROOT, "dist", browser, "manifest.json"), "utf8")) as Manifest;

describe.skipIf(!built && !process.env.CI)("the content script", () => {
  const source = () => readFileSync(join(CHROME, CONTENT_SCRIPT), "utf8");

  it("is a classic script: no import or export statement, no dynamic import, no import.meta", () => {
    // A classic script with a static import or export does not compile.
    expect(() => new Script(source(), { filename: CONTENT_SCRIPT })).not.toThrow();
    expect(source()).not.toMatch(/\bimport\s*\(|import\.meta/);
  });

  it("loads no file of the extension (no URL of ours)", () => {
    expect(source()).not.toMatch(/chrome-extension:|moz-extension:|getURL\(/);
  });

  it("is the one script of every supported site, and of the sites the user turns on", () => {
    for (const browser of ["chrome", "firefox"] as const) {
      expect(manifestOf(browser).content_scripts).toEqual([{ matches: [...SITE_MATCHES], js: [CONTENT_SCRIPT], run_at: "document_idle", all_frames: false }]);
    }
    expect(CUSTOM_SITE_SCRIPT).toBe(CONTENT_SCRIPT);
  });

  it("leaves nothing web-accessible in either manifest", () => {
    expect(manifestOf("chrome").web_accessible_resources).toBeUndefined();
    expect(manifestOf("firefox").web_accessible_resources).toBeUndefined();
  });

  it("weighs at most 30 kB gzipped, without webextension-polyfill", () => {
    expect(gzipSync(readFileSync(join(CHROME, CONTENT_SCRIPT))).length).toBeLessThanOrEqual(30_000);
    expect(source()).not.toContain("This script should only be loaded in a browser extension");
  });

  it("carries no franc (language detection belongs to the worker)", () => {
    expect(source()).not.toMatch(/\bfra:\s*[`"'{]/);
  });

  it("is copied into the Firefox build", () => {
    expect(readFileSync(join(ROOT, "dist", "firefox", CONTENT_SCRIPT), "utf8")).toBe(source());
  });
});
