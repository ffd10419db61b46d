// After the Chrome build: writes dist/firefox (same files; the manifest gets background.scripts,
// which crxjs drops, and browser_specific_settings.gecko), per TOOLCHAIN.md's Firefox notes.
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const chrome = new URL("../dist/chrome/", import.meta.url);
const firefox = new URL("../dist/firefox/", import.meta.url);
rmSync(firefox, { recursive: true, force: true });
cpSync(chrome, firefox, { recursive: true });
const manifestUrl = new URL("manifest.json", firefox);
const manifest = JSON.parse(readFileSync(manifestUrl, "utf8"));
const worker = manifest.background?.service_worker;
if (!worker) throw new Error("dist/chrome/manifest.json has no background.service_worker");
manifest.background = { scripts: [worker], type: "module" };
delete manifest.minimum_chrome_version;
manifest.browser_specific_settings = {
  gecko: { id: "garde-fou@garde-fou.ca", strict_min_version: "140.0", data_collection_permissions: { required: ["none"] } },
  gecko_android: { strict_min_version: "142.0" },
};
// Nothing is web-accessible: a page could otherwise probe for the extension (vite.generic.config.ts).
if (manifest.web_accessible_resources) throw new Error("dist/chrome/manifest.json declares web-accessible resources");
writeFileSync(manifestUrl, JSON.stringify(manifest, null, 2));
console.log("dist/firefox written");
