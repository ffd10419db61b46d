import { defineConfig } from "vitest/config";

export default defineConfig({
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
