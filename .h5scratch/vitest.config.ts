import { defineConfig } from "vitest/config";
export default defineConfig({ root: "/work/main", test: { include: [".h5scratch/*.spec.ts"], environment: "node", testTimeout: 60000 } });
