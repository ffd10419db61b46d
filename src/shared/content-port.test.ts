import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyTextPatch, makeTextPatch } from "./content-port.js";

describe("sending a draft as the change since the last one", () => {
  it("rebuilds the new text from the old one and the patch", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 400 }), (base, text) => {
        expect(applyTextPatch(base, makeTextPatch(base, text))).toBe(text);
      }),
    );
  });

  it("carries only the changed part of a keystroke in a long draft", () => {
    const base = "Un paragraphe ordinaire.\n".repeat(2000);
    const text = `${base.slice(0, 25_000)}x${base.slice(25_000)}`;
    expect(makeTextPatch(base, text)).toEqual({ base: base.length, start: 25_000, end: 25_000, insert: "x" });
  });

  it("refuses a patch made for another text", () => {
    const patch = makeTextPatch("Bonjour Marie", "Bonjour Marc");
    expect(applyTextPatch("Bonjour Marie!", patch)).toBeNull();
    expect(applyTextPatch("Bonjour Marie", { ...patch, end: 99 })).toBeNull();
    expect(applyTextPatch("Bonjour Marie", { ...patch, start: 5, end: 4 })).toBeNull();
  });
});
