import { describe, expect, it } from "vitest";
import { placeCard } from "./placement.js";

const card = { width: 380, height: 300 };
const viewport = { width: 1200, height: 900 };

describe("where the card goes", () => {
  it("goes below the line after the flagged one, leaving both readable", () => {
    const p = placeCard({ card, viewport, left: 100, band: { top: 200, bottom: 218, line: 24 } });
    expect(p.where).toBe("below-next-line");
    expect(p.top).toBeGreaterThanOrEqual(218 + 24);
  });

  it("goes above the flagged line when there is no room below", () => {
    const p = placeCard({ card, viewport, left: 100, band: { top: 700, bottom: 718, line: 24 } });
    expect(p).toMatchObject({ where: "above", top: 700 - 300 - 8 });
  });

  it("falls back to just below the flagged words, inside the viewport, when neither fits", () => {
    const p = placeCard({ card: { width: 380, height: 700 }, viewport, left: 1000, band: { top: 300, bottom: 318, line: 24 } });
    expect(p.where).toBe("below");
    expect(p.left).toBe(1200 - 380 - 8);
    expect(p.top + 700).toBeLessThanOrEqual(900 - 8);
  });
});
