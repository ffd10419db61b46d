// Hashes what the analyzer says, traces included, over every labelled draft and the external
// texts: a change meant to keep the output (a refactor, a speed-up) must keep this hash.
// Usage: node scripts/output-hash.mjs [dist/node/index.js]   (build with `npm run build` or the
// node config first). Prints one line per file and the total.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = resolve(process.argv[2] ?? join(root, "dist/node/index.js"));
const { analyze } = await import(pathToFileURL(bundle).href);

const files = [join(root, "tests/fixtures/dev.jsonl"), join(root, "tests/fixtures/holdout.jsonl")];
const blind = join(root, "tests/fixtures/blind");
if (existsSync(blind)) for (const f of readdirSync(blind).sort()) if (f.endsWith(".jsonl")) files.push(join(blind, f));
const external = join(root, "../shared/external");
if (existsSync(external)) for (const f of readdirSync(external).sort()) if (f.endsWith(".jsonl")) files.push(join(external, f));

const total = createHash("sha256");
let drafts = 0;
for (const file of files) {
  const h = createHash("sha256");
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line);
    const out = JSON.stringify(analyze(text, { explain: true }));
    h.update(out + "\n");
    total.update(out + "\n");
    drafts++;
  }
  console.log(`${h.digest("hex").slice(0, 16)}  ${relative(root, file)}`);
}
console.log(`${total.digest("hex")}  total over ${drafts} drafts`);
