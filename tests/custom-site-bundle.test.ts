// The content script for sites the user turns on (vite.generic.config.ts → CUSTOM_SITE_SCRIPT in
// dist/chrome and dist/firefox): one classic script that needs nothing web-accessible and carries
// neither compromise nor franc (the same markers `npm run bench` looks for).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Script } from "node:vm";
import { describe, expect, it } from "vitest";
import { CUSTOM_SITE_SCRIPT } from "../src/shared/custom-site-script.js";

const ROOT = new URL("../", import.meta.url).pathname;
const CHROME = join(ROOT, "dist", "chrome");
const built = existsSync(join(CHROME, CUSTOM_SITE_SCRIPT));

describe.skipIf(!built && !process.env.CI)("the custom-site content script", () => {
  const source = () => readFileSync(join(CHROME, CUSTOM_SITE_SCRIPT), "utf8");

  it("is a classic script: no import or export statement, no dynamic import, no import.meta", () => {
    // A classic script with a static import or export does not compile.
    expect(() => new Script(source(), { filename: CUSTOM_SITE_SCRIPT })).not.toThrow();
    expect(source()).not.toMatch(/\bimport\s*\(|import\.meta/);
  });

  it("loads no file of the extension (no URL of ours, nothing web-accessible needed)", () => {
    expect(source()).not.toMatch(/chrome-extension:|moz-extension:|getURL\(/);
    const manifest = JSON.parse(readFileSync(join(CHROME, "manifest.json"), "utf8")) as { web_accessible_resources?: Array<{ resources: string[] }> };
    expect((manifest.web_accessible_resources ?? []).flatMap((r) => r.resources)).not.toContain(CUSTOM_SITE_SCRIPT);
  });

  it("carries neither compromise nor franc", () => {
    expect(source()).not.toMatch(/expandLexicon|\bfra:\s*[`"'{]/);
  });

  it("is copied into the Firefox build", () => {
    expect(readFileSync(join(ROOT, "dist", "firefox", CUSTOM_SITE_SCRIPT), "utf8")).toBe(source());
  });
});
