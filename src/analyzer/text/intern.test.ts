import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { intern } from "./intern.js";

describe("intern", () => {
  it("gives back a string equal to the one given, whatever it holds", () => {
    for (const w of ["patiente", "400", "0", "-1", "1e3", "__proto__", "constructor", "l'", "", "éè", "👍"]) expect(intern(w)).toBe(w);
    fc.assert(fc.property(fc.string(), (s) => intern(s) === s));
  });
});
