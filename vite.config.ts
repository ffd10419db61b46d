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
    // The analyzer chunk is large by nature: the prebuilt rules with their triggers, their
    // patterns' start facts and the folded word lists, and franc's trigram tables. It loads in the
    // background worker only, never in a page.
    chunkSizeWarningLimit: 1500,
    // Extension pages that no manifest key names (crxjs builds these inputs as extra HTML pages).
    // ASCII output: the worker's engine keeps a one-byte copy of the source and decodes it without
    // UTF-8's slow path (docs/PERFORMANCE.md, "Cold start").
    rolldownOptions: { input: { playground: "src/playground/index.html" }, output: { charset: "ascii" } },
  },
  server: { cors: false },
  legacy: {},
});
