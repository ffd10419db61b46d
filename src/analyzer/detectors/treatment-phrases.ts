// Phrase patterns that may also name two gazetteers: @drug (rules/gazetteers/drugs.json) and
// @condition (rules/gazetteers/conditions.json). The lists are long and shared by several rules,
// so they live as data files rather than as families copied into each rule set. Everything else
// is the `phrases` detector: ConText-style unless / requires / adjust conditions.
// Code de déontologie, art. 14: public information is allowed; an instruction about a named
// medicine or condition addressed to readers is individual advice.
import { z } from "zod";
import drugsFile from "../../../rules/gazetteers/drugs.json";
import conditionsFile from "../../../rules/gazetteers/conditions.json";
import { compileCondition } from "../patterns/conditions.js";
import { checkFile } from "../privacy/gazetteers.js";
import { FamilyTable, PatternSet, type Families, type Pattern } from "../patterns/matcher.js";
import { phrasesParamsSchema } from "../rules/schema.js";
import { evaluate } from "./phrases.js";
import { defineDetector, type CompileEnv, type Hit, type SentenceView } from "./types.js";

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

export default defineDetector({
  id: "treatment-phrases",
  description: "Phrase patterns over word families plus the @drug and @condition gazetteers.",
  params: phrasesParamsSchema,
  create(params, baseEnv) {
    const env = withGazetteers(baseEnv);
    // As a set: asked sentence by sentence, it first drops, for the paragraph, the patterns that
    // cannot start in it.
    const set = new PatternSet(params.patterns.map((p) => env.pattern(p)));
    const unless = (params.unless ?? []).map((c) => compileCondition(c, env));
    const requires = (params.requires ?? []).map((c) => compileCondition(c, env));
    const adjust = (params.adjust ?? []).map((a) => ({ cond: compileCondition(a.when, env), severity: a.severity }));
    return {
      triggers: set.triggers(),
      detect(ctx) {
        const hits: Hit[] = [];
        if (!set.mayStartIn(ctx.tokens)) return hits;
        // Each pattern's matches in turn, sentence by sentence; one callback for the paragraph,
        // reading the sentence from `si`.
        let si = 0;
        const onMatch = (k: number, a: number, b: number) => {
          const hit = evaluate(ctx, { tokenStart: a, tokenEnd: b, sentence: si }, (set.patterns[k] as Pattern).source, unless, requires, adjust);
          if (hit) hits.push(hit);
        };
        for (; si < ctx.sentences.length; si++) {
          const s = ctx.sentences[si] as SentenceView;
          set.forEachMatch(ctx.tokens, s.tokenStart, s.tokenEnd, onMatch);
        }
        return hits;
      },
    };
  },
});
