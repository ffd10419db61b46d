// A small town in a patient's story generalised to its region ("à Joliette" → "dans Lanaudière"):
// the region keeps what the story needs (the patient lives far from a tertiary centre) without the
// few thousand neighbours a town leaves. The list is data (rules/gazetteers/town-regions.json); a
// town it does not hold gets no fix.
import { z } from "zod";
import file from "../../../rules/gazetteers/town-regions.json";
import { checkFile, foldPhrase } from "./gazetteers.js";

const phrases = z.object({ in: z.string().min(1), from: z.string().min(1) }).strict();
const schema = z.lazy(() =>
  z
    .object({
      note: z.string(),
      source: z.string(),
      license: z.string(),
      regions: z.record(z.string().regex(/^[a-z-]+$/), z.object({ fr: phrases, en: phrases }).strict()),
      towns: z.record(z.string().min(1), z.string().regex(/^[a-z-]+$/)),
    })
    .strict()
    .refine((d) => Object.values(d.towns).every((r) => r in d.regions), "every town's region must be listed in regions"),
);

export interface RegionPhrases {
  fr: { in: string; from: string };
  en: { in: string; from: string };
}

let byTown: Map<string, RegionPhrases> | undefined;

/** Checks the file against its schema (tests and the first use), naming the file on failure. */
export function checkTownRegions(): void {
  checkFile("rules/gazetteers/town-regions.json", schema, file);
}

/** The region phrases for a town, as folded by the tokenizer ("Rivière-du-Loup" → "riviere du
 *  loup"), or undefined when the town is not listed. */
export function regionOfTown(foldedTown: string): RegionPhrases | undefined {
  if (!byTown) {
    checkTownRegions();
    byTown = new Map();
    const regions = file.regions as Record<string, RegionPhrases>;
    for (const [town, region] of Object.entries(file.towns as Record<string, string>)) byTown.set(foldPhrase(town), regions[region] as RegionPhrases);
  }
  return byTown.get(foldedTown);
}
