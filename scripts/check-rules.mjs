// Build step: validates every rule file (rules/*.json, rules/<set>/*.json), rules/gazetteers/*.json and rules/models/situations.json before bundling (and that the privacy rules reading a patient context read one and the same), so a
// malformed rule file or word list fails the build naming the file, the JSON path and what was
// expected (the analyzer a build ships reads them without checking them again). The schemas are the analyzer's own
// (compiled on the fly by vite's SSR loader).
import { createServer } from "vite";
import { readRuleFiles } from "./rule-files.mjs";

const root = new URL("..", import.meta.url).pathname;
const server = await createServer({ root, configFile: false, logLevel: "error", server: { middlewareMode: true, hmr: false }, appType: "custom" });
let failed = false;
try {
  // First: the detectors read their word lists as they load.
  const { checkIdentifierWords } = await server.ssrLoadModule("/src/analyzer/privacy/identifier-words.ts");
  checkIdentifierWords();
  const { parseRuleFiles } = await server.ssrLoadModule("/src/analyzer/rules/load.ts");
  const { Engine } = await server.ssrLoadModule("/src/analyzer/engine.ts");
  const { checkGazetteers } = await server.ssrLoadModule("/src/analyzer/privacy/gazetteers.ts");
  const { checkTreatmentGazetteers } = await server.ssrLoadModule("/src/analyzer/detectors/lib/treatment-gazetteers.ts");
  checkGazetteers();
  checkTreatmentGazetteers();
  const { checkSituationModel } = await server.ssrLoadModule("/src/analyzer/situations/model.ts");
  checkSituationModel();
  const entries = readRuleFiles(root, (file, message) => {
    console.error(`${file}: not valid JSON: ${message}`);
    failed = true;
  });
  if (!failed) {
    const { ruleSets, recommendations } = parseRuleFiles(entries);
    // Compiling the engine checks patterns, families, detectors, params and recommendations.
    const engine = new Engine(ruleSets, recommendations);
    engine.checkFamilies();
    const { checkSharedContexts } = await server.ssrLoadModule("/src/analyzer/privacy/context.ts");
    checkSharedContexts(ruleSets);
    console.log(`rules: ${ruleSets.length} rule sets, ${engine.ruleIds().length} rules, ${recommendations.length} recommendations — valid`);
  }
} catch (e) {
  console.error(e.message);
  failed = true;
} finally {
  await server.close();
}
process.exit(failed ? 1 : 0);
