// Reads the rule files from disk as the analyzer's loader expects them (src/analyzer/rules/load.ts):
// rules/*.json, and rules/<set>/*.json for each folder holding a set.json (a rule set kept as one
// file a topic). Other folders (rules/gazetteers) hold word lists, read by their own modules.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Every rule file under `root`/rules, by path ("/rules/…"), as parsed JSON; a file that is not
 *  valid JSON is reported through `onError` (its path and the parser's message) and left out. */
export function readRuleFiles(root, onError = (file, message) => { throw new Error(`${file}: not valid JSON: ${message}`); }) {
  const dir = join(root, "rules");
  const names = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(".json")) names.push(entry.name);
    else if (entry.isDirectory() && existsSync(join(dir, entry.name, "set.json"))) {
      for (const f of readdirSync(join(dir, entry.name))) if (f.endsWith(".json")) names.push(`${entry.name}/${f}`);
    }
  }
  const files = {};
  for (const name of names.sort()) {
    try {
      files[`/rules/${name}`] = JSON.parse(readFileSync(join(dir, name), "utf8"));
    } catch (e) {
      onError(`rules/${name}`, e.message);
    }
  }
  return files;
}
