import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokenize.js";
import { clockTimeFix, partOfDay } from "./clock-time.js";

const part = (s: string) => {
  const t = tokenize(s);
  return partOfDay(t, 0, t.length);
};
const fix = (s: string, from = 0) => {
  const t = tokenize(s);
  return clockTimeFix(t, from, t.length);
};

describe("clock time → part of the day", () => {
  it("reads a French hour with minutes", () => expect(part("à 3 h 40")).toBe("night"));
  it("reads a glued French hour", () => expect(part("à 23h40")).toBe("night"));
  it("reads an English a.m. time", () => expect(part("at 2:15 a.m.")).toBe("night"));
  it("reads p.m. as the evening", () => expect(part("at 7 pm")).toBe("evening"));
  it("reads du matin", () => expect(part("vers 7 h du matin")).toBe("morning"));
  it("reads the afternoon", () => expect(part("à 14 h")).toBe("day"));
  it("does not read a duration as an hour", () => expect(part("il y a 3 heures")).toBeUndefined());
  it("does not read a day's part without an hour", () => expect(part("ce matin")).toBeUndefined());
  it("gives both languages", () => expect(fix("à 3 h 40")).toEqual({ fr: "pendant la nuit", en: "overnight" }));
  it("gives no fix when a preposition stays outside the span", () => expect(fix("at 11 pm", 1)).toBeNull());
});
