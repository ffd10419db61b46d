import { describe, expect, it } from "vitest";
import { TraceLines } from "./trace-lines.js";

describe("TraceLines", () => {
  it("builds prefix + text + suffix", () => {
    expect(new TraceLines("pattern: ").of("@drug")).toBe("pattern: @drug");
    expect(new TraceLines("name (", ")").of("title")).toBe("name (title)");
  });

  it("gives the same string for the same text, and a different one for another text", () => {
    const lines = new TraceLines("age ");
    const a = lines.of("87");
    expect(lines.of("87")).toBe(a);
    expect(lines.of("88")).toBe("age 88");
  });

  it("still answers once its memo is full", () => {
    const lines = new TraceLines("n");
    for (let i = 0; i < 10_050; i++) expect(lines.of(String(i))).toBe(`n${i}`);
  });
});
