// The Node build: dist/node/index.js (exports analyze) and dist/node/cli.js, self-contained.
import { defineConfig } from "vite";

import pkg from "./package.json" with { type: "json" };
import { prebuiltRules } from "./vite.rules-plugin.ts";

export default defineConfig({
  plugins: [prebuiltRules()],
  define: { __VERSION__: JSON.stringify(pkg.version) },
  build: {
    ssr: true,
    outDir: "dist/node",
    emptyOutDir: true,
    target: "node20",
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: { index: "src/analyzer/index.ts", cli: "src/cli/main.ts", eval: "src/eval/main.ts", bench: "src/bench/main.ts" },
      // ASCII output: the engine keeps a one-byte copy of the source and decodes it without the
      // UTF-8 slow path (see docs/PERFORMANCE.md, "Cold start").
      output: { format: "es", entryFileNames: "[name].js", chunkFileNames: "chunks/[name]-[hash].js", charset: "ascii", comments: { legal: true, annotation: true, jsdoc: false } },
    },
  },
  // Benchmark peers stay in node_modules: they are development dependencies, never bundled.
  ssr: { noExternal: true, external: ["harper.js", "harper.js/binaryInlined", "alex", "write-good"], target: "node" },
});
