import { describe, expect, it } from "vitest";
import { checkTreatmentGazetteers } from "../detectors/lib/treatment-gazetteers.js";
import { checkGazetteers, gazetteers } from "./gazetteers.js";

describe("gazetteers", () => {
  it("pass the checks the build runs before shipping them unchecked", () => {
    expect(() => checkGazetteers()).not.toThrow();
    expect(() => checkTreatmentGazetteers()).not.toThrow();
  });

  it("are read as folded phrase sets", () => {
    const g = gazetteers();
    expect(g.places.has("rimouski")).toBe(true);
    expect(g.givenNames.phrases.size).toBeGreaterThan(100);
  });
});
