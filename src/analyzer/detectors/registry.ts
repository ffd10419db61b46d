// Every detector is one file in this folder whose name is its id (refined-github's rule: a
// file's name is its identity). They are found by the bundler, so adding one needs no edit here.
import type { DetectorModule } from "./types.js";

const modules = import.meta.glob<{ default: DetectorModule<unknown> }>(["./*.ts", "!./*.test.ts", "!./types.ts", "!./registry.ts"], {
  eager: true,
});

export const detectors: ReadonlyMap<string, DetectorModule<unknown>> = new Map(
  Object.entries(modules).map(([path, mod]) => {
    const id = path.replace(/^\.\//, "").replace(/\.ts$/, "");
    if (mod.default.id !== id) throw new Error(`detector file ${path} declares id "${mod.default.id}"`);
    return [id, mod.default] as const;
  }),
);
