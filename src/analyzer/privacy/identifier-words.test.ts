import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import file from "../../../rules/gazetteers/identifiers.json";
import { checkIdentifierWords, identifierAlternatives, identifierWords } from "./identifier-words.js";

const ANALYZER = new URL("../", import.meta.url).pathname;
const FOLDERS = ["detectors", "detectors/lib", "privacy"];

/** Every `identifierWords("group", "name")` (or identifierAlternatives) the analyzer's code reads. */
function listsRead(): string[] {
  const sources = FOLDERS.flatMap((d) => readdirSync(`${ANALYZER}${d}`).map((f) => `${ANALYZER}${d}/${f}`)).filter((p) => p.endsWith(".ts") && !p.endsWith(".test.ts"));
  const read = new Set<string>();
  for (const path of sources) {
    for (const m of readFileSync(path, "utf8").matchAll(/identifier(?:Words|Alternatives)\("([a-z-]+)", "([a-z-]+)"\)/g)) read.add(`${m[1]}.${m[2]}`);
  }
  return [...read].sort();
}

describe("the identifier word lists (rules/gazetteers/identifiers.json)", () => {
  it("are valid", () => {
    expect(() => checkIdentifierWords()).not.toThrow();
  });

  it("are each read by a detector, and every list a detector reads is in the file", () => {
    const inFile = Object.entries(file.lists).flatMap(([group, lists]) => Object.keys(lists).map((name) => `${group}.${name}`)).sort();
    expect(listsRead()).toEqual(inFile);
  });

  it("refuses an entry listed twice, a blank entry and a missing note, naming the file", () => {
    const lists = { "file-number": { keywords: ["dossier", "dossier"] } };
    expect(() => checkIdentifierWords({ ...file, lists })).toThrow(/identifiers\.json.*listed twice/s);
    expect(() => checkIdentifierWords({ ...file, lists: { "file-number": { keywords: [" "] } } })).toThrow(/identifiers\.json/);
    expect(() => checkIdentifierWords({ lists: file.lists })).toThrow(/identifiers\.json.*note/s);
  });

  it("names a list that is missing, and lets only plain words into a regular expression", () => {
    expect(() => identifierWords("file-number", "nothing")).toThrow(/no list "nothing" in "file-number"/);
    expect(identifierAlternatives("fr-postal-address", "street-types")).toContain("rond-point");
    expect(() => identifierAlternatives("file-number", "fillers")).toThrow(/not a plain word/);
  });
});
