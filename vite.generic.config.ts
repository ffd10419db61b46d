// The content script for sites the user turns on (settings.customSites): one classic script (IIFE)
// with every import inlined, written into dist/chrome after the crxjs build. crxjs's own content
// script is a loader that imports chunks listed as web-accessible for the supported sites only;
// on any other origin those imports would fail, and making them web-accessible everywhere would
// let every site detect the extension. scripting.registerContentScripts runs this file instead.
import { defineConfig } from "vite";
import { CUSTOM_SITE_SCRIPT } from "./src/shared/custom-site-script.js";

export default defineConfig({
  publicDir: false,
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: "dist/chrome",
    emptyOutDir: false,
    target: "chrome120",
    sourcemap: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    lib: {
      entry: "src/content/custom-site.ts",
      formats: ["iife"],
      name: "gardeFouCustomSite",
      fileName: () => CUSTOM_SITE_SCRIPT,
    },
    rolldownOptions: { output: { codeSplitting: false, charset: "ascii" } },
  },
});
