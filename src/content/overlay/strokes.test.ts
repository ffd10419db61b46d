import { describe, expect, it } from "vitest";
import { layoutStrokes, type StrokeInput } from "./strokes.js";

const rect = (severity: StrokeInput["severity"], left: number, right: number, top = 10): StrokeInput => ({ severity, left, right, top, bottom: top + 18 });

/** How many full strokes stand under the point x of the line at `top`. */
function primariesAt(inputs: StrokeInput[], x: number, top = 10): number {
  const out = layoutStrokes(inputs);
  return inputs.filter((r, i) => r.top === top && out[i]!.some((s) => s.kind === "primary" && s.left <= x && x < s.right)).length;
}

describe("underline strokes where findings overlap", () => {
  it("draws the longest of three overlapping warnings once, the others as a second line", () => {
    const inputs = [rect("warning", 0, 300), rect("warning", 0, 420), rect("warning", 0, 180)];
    const out = layoutStrokes(inputs);
    expect(out[1]).toEqual([{ left: 0, right: 420, kind: "primary" }]);
    expect(out[0]).toEqual([{ left: 0, right: 300, kind: "second" }]);
    expect(out[2]).toEqual([{ left: 0, right: 180, kind: "second" }]);
    for (let x = 0; x < 420; x += 7) expect(primariesAt(inputs, x)).toBe(1);
  });

  it("gives an error's stroke precedence over a longer warning, and keeps the warning's own part", () => {
    const out = layoutStrokes([rect("warning", 0, 400), rect("error", 100, 200)]);
    expect(out[1]).toEqual([{ left: 100, right: 200, kind: "primary" }]);
    expect(out[0]).toEqual([
      { left: 0, right: 100, kind: "primary" },
      { left: 100, right: 200, kind: "second" },
      { left: 200, right: 400, kind: "primary" },
    ]);
  });

  it("leaves findings on other lines, or side by side, untouched", () => {
    const out = layoutStrokes([rect("warning", 0, 300, 10), rect("warning", 0, 300, 34), rect("warning", 300, 380, 10)]);
    expect(out.map((s) => s.map((x) => x.kind))).toEqual([["primary"], ["primary"], ["primary"]]);
  });
});
