// The treatment gazetteers: @drug (rules/gazetteers/drugs.json) and @condition
// (rules/gazetteers/conditions.json), long lists shared by several rules (treatment phrases,
// dosing, replies to a person), kept as data files rather than as families copied into each rule
// set, and added to a rule's compile environment on demand.
import { z } from "zod";
import drugsFile from "../../../../rules/gazetteers/drugs.json";
import conditionsFile from "../../../../rules/gazetteers/conditions.json";
import { checkFile } from "../../privacy/gazetteers.js";
import { FamilyTable, type Families } from "../../patterns/matcher.js";
import type { CompileEnv } from "../types.js";

const gazetteerSchema = z.lazy(() =>
  z.object({
    note: z.string(),
    source: z.string(),
    license: z.string(),
    entries: z.array(z.object({ id: z.string(), names: z.array(z.string().min(1)).min(1) }).passthrough()).min(1),
  }),
);

/** Every name of a gazetteer file, as pattern entries of one family (the file is checked by the
 *  build, see checkTreatmentGazetteers). */
export function gazetteerNames(file: unknown): string[] {
  return (file as z.infer<typeof gazetteerSchema>).entries.flatMap((e) => e.names);
}

/** Checks both gazetteer files; throws naming the file. The build calls it (prebuild.ts), so
 *  that the analyzer it ships reads them without checking them again. */
export function checkTreatmentGazetteers(): void {
  checkFile("rules/gazetteers/drugs.json", gazetteerSchema, drugsFile);
  checkFile("rules/gazetteers/conditions.json", gazetteerSchema, conditionsFile);
}

/** The gazetteer families, read on first use. */
let gazetteerFamilies: Record<string, string[]> | undefined;
function gazetteerFamilyLists(): Record<string, string[]> {
  gazetteerFamilies ??= { drug: gazetteerNames(drugsFile), condition: gazetteerNames(conditionsFile) };
  return gazetteerFamilies;
}

// One table a rule set: its rules share the compiled gazetteer families.
const tables = new WeakMap<Families, FamilyTable>();

/** The rule's compile environment with the gazetteer families added under the rule set's own. */
export function withGazetteers(env: CompileEnv): CompileEnv {
  let families = tables.get(env.families);
  if (!families) {
    families = new FamilyTable(gazetteerFamilyLists(), env.families, env.families.id === undefined ? undefined : `${env.families.id}+gazetteers`);
    tables.set(env.families, families);
  }
  const table = families;
  return {
    ...env,
    families: table,
    pattern(source: string) {
      return env.patternIn(table, source);
    },
  };
}
