// The MV3 manifest. Host permissions are only the supported sites; anything else is optional and
// requested when the user enables Garde-fou on a site from the popup.
import { defineManifest } from "@crxjs/vite-plugin";
import pkg from "./package.json" with { type: "json" };
import { SITE_MATCHES } from "./src/content/sites/matches.ts";
import { CONTENT_SCRIPT } from "./src/shared/custom-site-script.ts";

// The content script is one classic script with everything inlined (vite.generic.config.ts), the
// same file on every site, added to the built manifest after that build. crxjs would instead
// ship a loader importing chunks that must be web-accessible, which lets any supported site probe
// for the extension (and so for a physician).
export const contentScripts = [{ matches: [...SITE_MATCHES], js: [CONTENT_SCRIPT], run_at: "document_idle", all_frames: false }];

export default defineManifest({
  manifest_version: 3,
  name: "__MSG_extName__",
  short_name: "Garde-fou",
  description: "__MSG_extDescription__",
  version: pkg.version,
  default_locale: "fr",
  minimum_chrome_version: "120",
  icons: { 16: "icons/icon-16.png", 32: "icons/icon-32.png", 48: "icons/icon-48.png", 128: "icons/icon-128.png" },
  action: {
    default_title: "__MSG_actionTitle__",
    default_popup: "src/popup/index.html",
    default_icon: { 16: "icons/icon-16.png", 32: "icons/icon-32.png" },
  },
  options_ui: { page: "src/options/index.html", open_in_tab: true },
  background: { service_worker: "src/background/index.ts", type: "module" },
  // activeTab: the popup learns the URL of a page outside the supported sites when the user clicks
  // the toolbar button, so it can offer to turn Garde-fou on for that origin (no install warning).
  permissions: ["storage", "activeTab"],
  optional_permissions: ["scripting"],
  host_permissions: [...SITE_MATCHES],
  optional_host_permissions: ["https://*/*", "http://*/*"],
  content_security_policy: {
    extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; connect-src 'none'",
  },
});
