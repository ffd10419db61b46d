// The content script: one classic script (IIFE) with every import inlined, written into
// dist/chrome after the crxjs build, and declared in its manifest for the supported sites
// (manifest.config.ts's contentScripts); scripting.registerContentScripts runs the same file on
// the sites the user turns on. Nothing of it is web-accessible, so no page can probe for the
// extension by fetching one of its files.
import { readFileSync, writeFileSync } from "node:fs";
import { defineConfig, type Plugin } from "vite";
import { contentScripts } from "./manifest.config.ts";
import { CONTENT_SCRIPT } from "./src/shared/custom-site-script.ts";

const OUT_DIR = "dist/chrome";

/** Declares the content script in the manifest crxjs wrote, right after `background`. */
function declareContentScript(): Plugin {
  return {
    name: "garde-fou:declare-content-script",
    apply: "build",
    closeBundle() {
      const path = `${OUT_DIR}/manifest.json`;
      const manifest = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
      if (manifest.web_accessible_resources) throw new Error(`${path} declares web-accessible resources: a page could probe for the extension`);
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(manifest)) {
        if (key === "content_scripts") continue;
        out[key] = value;
        if (key === "background") out.content_scripts = contentScripts;
      }
      writeFileSync(path, JSON.stringify(out, null, 2));
    },
  };
}

/** Squeezes the overlay's style sheet (styles.ts): its comments and the blanks around braces,
 *  semicolons, commas and after colons weigh on every page load and mean nothing to CSS. */
function squeezeShadowCss(): Plugin {
  return {
    name: "garde-fou:squeeze-shadow-css",
    apply: "build",
    // After minification, which inlines styles.ts's gradients into the sheet's template.
    generateBundle(_options, bundle) {
      const chunk = Object.values(bundle).find((c) => c.type === "chunk");
      if (!chunk || chunk.type !== "chunk") return;
      const { code } = chunk;
      const start = code.indexOf("`\n:host {");
      const end = code.indexOf("\n`", start);
      if (start === -1 || end === -1) throw new Error("styles.ts's SHADOW_CSS not found in the content script");
      const css = code
        .slice(start + 1, end + 1)
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\s*([{;,>])\s*/g, "$1")
        // A rule's brace ends its line; an interpolation's (`${c} 35%`) is followed by a blank that counts.
        .replace(/\s*}\n*/g, "}")
        .replace(/:\s+/g, ":")
        .replace(/;}/g, "}")
        .replace(/([:,( ])0\.(\d)/g, "$1.$2")
        .trim();
      chunk.code = `${code.slice(0, start + 1)}${css}${code.slice(end + 1)}`;
    },
  };
}

export default defineConfig({
  publicDir: false,
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  plugins: [squeezeShadowCss(), declareContentScript()],
  build: {
    outDir: OUT_DIR,
    emptyOutDir: false,
    target: "chrome120",
    sourcemap: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    lib: {
      entry: "src/content/index.ts",
      formats: ["iife"],
      name: "gardeFou",
      fileName: () => CONTENT_SCRIPT,
    },
    rolldownOptions: { output: { codeSplitting: false, charset: "ascii" } },
  },
});
