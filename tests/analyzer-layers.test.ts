// The analyzer's rooms import downwards only: the text layer and the contract types at the bottom,
// then the pattern language, the privacy helpers and the situation models, the detectors, and the
// engine on top. A room
// that reached up (a privacy helper importing a detector) would tie the lower room to the higher.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

const ANALYZER = resolve(__dirname, "..", "src", "analyzer");

// Rank of a module by its room; files at the analyzer's root are listed by name.
const ROOMS: Record<string, number> = { text: 0, rules: 0, patterns: 1, privacy: 2, situations: 2, detectors: 3, engine: 4 };
const ROOT_FILES: Record<string, number> = {
  "contract.ts": 0, "types.ts": 0, "constants.ts": 0, "paragraph-memo.ts": 0, "trace-lines.ts": 0, "fix-tidy.ts": 0, "spans.ts": 0,
  "allowlist.ts": 3, "engine.ts": 4, "index.ts": 4, "prebuild.ts": 4,
};

function rankOf(file: string): number {
  const rel = relative(ANALYZER, file);
  const [room] = rel.split(sep);
  if (rel.includes(sep)) return ROOMS[room as string] ?? Number.NaN;
  return ROOT_FILES[rel] ?? Number.NaN;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

const IMPORT = /^\s*(?:import|export)\b[^;]*?from\s+"(\.[^"]+)"/gm;

describe("analyzer layering", () => {
  const files = sources(ANALYZER);
  it("knows the room of every analyzer module", () => {
    expect(files.filter((f) => Number.isNaN(rankOf(f))).map((f) => relative(ANALYZER, f))).toEqual([]);
  });
  it("has no import from a lower room up to a higher one", () => {
    const upward: string[] = [];
    for (const file of files) {
      for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
        const target = resolve(dirname(file), (m[1] as string).replace(/\.js$/, ".ts"));
        if (!target.startsWith(ANALYZER + sep)) continue; // rule data, other folders
        if (rankOf(target) > rankOf(file)) upward.push(`${relative(ANALYZER, file)} → ${relative(ANALYZER, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
