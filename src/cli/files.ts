// File arguments: a directory stands for every supported file below it (sorted, hidden folders
// and node_modules skipped).
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

export const SUPPORTED = /\.(md|markdown|mdx|html?|xhtml|txt)$/i;

export async function expandPaths(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === "-") {
      out.push(arg);
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (e) {
      throw new Error(`cannot read ${arg}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    if (info.isDirectory()) out.push(...(await walk(arg)));
    else out.push(arg);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (SUPPORTED.test(e.name)) out.push(p);
  }
  return out;
}
