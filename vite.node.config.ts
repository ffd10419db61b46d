// The Node build: dist/node/index.js (exports analyze) and dist/node/cli.js, self-contained.
import { defineConfig } from "vite";

export default defineConfig({
  build: {
    ssr: true,
    outDir: "dist/node",
    emptyOutDir: true,
    target: "node20",
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: { index: "src/analyzer/index.ts", cli: "src/cli/main.ts", eval: "src/eval/main.ts", bench: "src/bench/main.ts" },
      output: { format: "es", entryFileNames: "[name].js", chunkFileNames: "chunks/[name]-[hash].js" },
    },
  },
  ssr: { noExternal: true, target: "node" },
});
