import { describe, expect, it } from "vitest";
import { checkTownRegions, regionOfTown } from "./town-regions.js";
import { foldPhrase } from "./gazetteers.js";

describe("town → region list", () => {
  it("fits its schema", () => expect(() => checkTownRegions()).not.toThrow());
  it("finds a town as the tokenizer folds it", () => expect(regionOfTown(foldPhrase("Rivière-du-Loup"))?.fr.in).toBe("au Bas-Saint-Laurent"));
  it("finds a town with an elision", () => expect(regionOfTown(foldPhrase("L'Assomption"))?.fr.from).toBe("de Lanaudière"));
  it("has no entry for a town outside Quebec", () => expect(regionOfTown(foldPhrase("Moncton"))).toBeUndefined());
  it("has no entry for a large city (already vague enough)", () => expect(regionOfTown(foldPhrase("Québec"))).toBeUndefined());
});
