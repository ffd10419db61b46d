// The extension build: dist/chrome (crxjs bundles the manifest's entry points).
import { crx } from "@crxjs/vite-plugin";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";
import manifest from "./manifest.config.ts";
import { prebuiltRules } from "./vite.rules-plugin.ts";

export default defineConfig({
  plugins: [preact(), crx({ manifest }), prebuiltRules()],
  build: {
    outDir: "dist/chrome",
    emptyOutDir: true,
    target: "chrome120",
    sourcemap: false,
    // The analyzer chunk is large by nature: compromise (its prebuilt CommonJS bundle, which the
    // lazy `require` in src/analyzer/privacy/nlp.ts pulls in) and the prebuilt rules with their
    // triggers. It loads in the background worker only, never in a page.
    chunkSizeWarningLimit: 1100,
    // Extension pages that no manifest key names (crxjs builds these inputs as extra HTML pages).
    rolldownOptions: { input: { playground: "src/playground/index.html" } },
  },
  server: { cors: false },
  legacy: {},
});
