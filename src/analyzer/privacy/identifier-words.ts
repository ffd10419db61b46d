// The identifier recognizers' word lists (rules/gazetteers/identifiers.json): the keywords before
// a number, the context words around it, the labels, titles, fillers and units, by detector
// ("shared" for the lists several detectors read). The build checks the file (checkIdentifierWords, as the other
// gazetteers); the analyzer reads it without checking it again.
import { z } from "zod";
import file from "../../../rules/gazetteers/identifiers.json";
import { checkFile } from "./gazetteers.js";

const entry = z.string().min(1).refine((w) => w === w.trim() && !/\s{2}/.test(w), "an entry is its words, single-spaced");
const list = z.array(entry).min(1).refine((l) => new Set(l).size === l.length, "an entry is listed twice");
const schema = z.lazy(() =>
  z.strictObject({
    note: z.string().min(1),
    source: z.string().min(1),
    license: z.string().min(1),
    lists: z.record(z.string().regex(/^[a-z][a-z-]*$/), z.record(z.string().regex(/^[a-z][a-z-]*$/), list)),
  }),
);

type Lists = Record<string, Record<string, readonly string[]>>;
const lists = (file as unknown as { lists: Lists }).lists;

/** Checks the file (or `data` in its place); throws naming it and the list at fault. The build
 *  calls it (prebuild.ts, scripts/check-rules.mjs). */
export function checkIdentifierWords(data: unknown = file): void {
  checkFile("rules/gazetteers/identifiers.json", schema, data);
}

/** The list `name` of `group` (a detector's file name, or "shared"), in the file's order (a cue
 *  list's order decides which of two equally long keywords is reported). */
export function identifierWords(group: string, name: string): readonly string[] {
  const found = lists[group]?.[name];
  if (!found) throw new Error(`rules/gazetteers/identifiers.json: no list "${name}" in "${group}"`);
  return found;
}

const PLAIN_WORD = /^[a-z]+(?:-[a-z]+)*$/;

/** A list that goes into a regular expression as alternatives: plain lower-case words only, so that
 *  no entry can carry a pattern of its own. */
export function identifierAlternatives(group: string, name: string): readonly string[] {
  const words = identifierWords(group, name);
  const bad = words.find((w) => !PLAIN_WORD.test(w));
  if (bad !== undefined) throw new Error(`rules/gazetteers/identifiers.json: "${bad}" in ${group}.${name} is not a plain word`);
  return words;
}
