// Resolves "virtual:garde-fou/rules" (imported by src/analyzer/index.ts) to the rule files
// validated at build time, with each rule's triggers, each pattern's start facts and the folded
// privacy word lists (src/analyzer/prebuild.ts): the built analyzer neither validates its own
// rule files nor compiles a rule before a draft needs it, nor parses a pattern before matching it. The
// rules are prebuilt by the project's own code, loaded through a short-lived vite server, so the
// build and the source can never disagree.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer, type Plugin } from "vite";
import { readRuleFiles } from "./scripts/rule-files.mjs";

const ID = "virtual:garde-fou/rules";
const RESOLVED = "\0" + ID;
const root = fileURLToPath(new URL(".", import.meta.url));

/** Every file the prebuilt rules depend on: the rule files and the analyzer's code. */
function sources(): string[] {
  const rules = readdirSync(join(root, "rules"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".json"))
    .map((f) => join(root, "rules", f));
  const code = readdirSync(join(root, "src", "analyzer"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => join(root, "src", "analyzer", f));
  return [...rules, ...code];
}

export function prebuiltRules(): Plugin {
  return {
    name: "garde-fou:prebuilt-rules",
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      // A rebuild in watch mode (npm start) follows any change to the rules or the analyzer.
      for (const file of sources()) this.addWatchFile(file);
      const files = readRuleFiles(root) as Record<string, unknown>;
      const server = await createServer({ root, configFile: false, logLevel: "error", server: { middlewareMode: true, hmr: false, ws: false }, appType: "custom", optimizeDeps: { noDiscovery: true, include: [] } });
      try {
        const { prebuildRules } = (await server.ssrLoadModule("/src/analyzer/prebuild.ts")) as typeof import("./src/analyzer/prebuild.js");
        const prebuilt = prebuildRules(files);
        // JSON.parse of a string literal: faster to load than the same data as object literals.
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(prebuilt))});`;
      } finally {
        await server.close();
      }
    },
  };
}
