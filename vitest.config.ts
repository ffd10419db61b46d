import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Tests run on the rule files as written; builds ship them prebuilt (vite.rules-plugin.ts).
  resolve: { alias: { "virtual:garde-fou/rules": fileURLToPath(new URL("./src/analyzer/rules/source-rules.ts", import.meta.url)) } },
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests share one Chromium build; run files one at a time on this 2-core machine.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
