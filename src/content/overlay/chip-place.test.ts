import { describe, expect, it } from "vitest";
import { placeChip } from "./chip-place.js";

const editor = { left: 100, top: 200, right: 600, bottom: 340 };
const chip = { width: 120, height: 22 };
const viewport = { width: 1200, height: 900 };
const line = (top: number, right: number) => ({ left: 108, top, right, bottom: top + 18 });

describe("where the chip goes", () => {
  it("stays in the bottom-right corner while the text is far from it", () => {
    expect(placeChip({ editor, chip, text: [line(208, 300)], overflows: false, viewport }).where).toBe("bottom-right");
  });

  it("moves to the top-right corner when the last line runs under the bottom-right one", () => {
    const p = placeChip({ editor, chip, text: [line(208, 400), line(310, 590)], overflows: false, viewport });
    expect(p).toMatchObject({ where: "top-right", top: 206 });
  });

  it("goes above the box when text fills both corners, below it when there is no room above", () => {
    const text = [line(208, 592), line(310, 590)];
    expect(placeChip({ editor, chip, text, overflows: false, viewport })).toMatchObject({ where: "above", top: 200 - 22 - 4, left: 480 });
    expect(placeChip({ editor: { ...editor, top: 10 }, chip, text: [line(18, 592), line(310, 590)], overflows: false, viewport }).where).toBe("below");
  });

  it("never sits inside a box whose text scrolls", () => {
    expect(placeChip({ editor, chip, text: [], overflows: true, viewport }).where).toBe("above");
  });
});
