// A test copy of dist/chrome for the custom-site test (launched with `useBrowserWith({ dist })`).
// Headless Chromium cannot click a permission prompt, so the copy's manifest already holds what the popup asks for: the fixture
// origin in host_permissions and "scripting" in permissions; permissions.request then resolves
// true without a prompt, and the rest of the flow is the product's own.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const CUSTOM_ORIGIN = "https://blog.example.org";
const BUILT = new URL("../../../dist/chrome/", import.meta.url).pathname;

export const TEST_DIST = mkdtempSync(join(tmpdir(), "garde-fou-custom-dist-"));
if (existsSync(join(BUILT, "manifest.json"))) {
  cpSync(BUILT, TEST_DIST, { recursive: true });
  const path = join(TEST_DIST, "manifest.json");
  const manifest = JSON.parse(readFileSync(path, "utf8")) as { host_permissions?: string[]; permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `${CUSTOM_ORIGIN}/*`];
  manifest.permissions = [...(manifest.permissions ?? []), "scripting"];
  writeFileSync(path, JSON.stringify(manifest, null, 2));
}
