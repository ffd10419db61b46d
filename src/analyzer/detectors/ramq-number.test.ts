import { describe, expect, it } from "vitest";
import { ramqBirthDate } from "./ramq-number.js";
import { ruleTable } from "../../../tests/support/rule-table.js";

describe("ramqBirthDate", () => {
  it("reads a man's birth date", () => expect(ramqBirthDate("41040312")).toEqual({ year2: 41, month: 4, day: 3, female: false }));
  it("reads a woman's birth date (month + 50)", () => expect(ramqBirthDate("38570912")).toEqual({ year2: 38, month: 7, day: 9, female: true }));
  it("rejects month 13", () => expect(ramqBirthDate("41130312")).toBeNull());
  it("rejects month 63", () => expect(ramqBirthDate("41630312")).toBeNull());
  it("rejects 31 April", () => expect(ramqBirthDate("41043112")).toBeNull());
  it("rejects 29 February in a year not divisible by 4", () => expect(ramqBirthDate("41022912")).toBeNull());
  it("accepts 29 February in a leap year", () => expect(ramqBirthDate("40522912")).not.toBeNull());
});

ruleTable(
  "privacy/health-card-number",
  [
    { name: "flags a spaced number after 'carte'", text: "On a retrouvé sa carte (GAGL 4512 0307) sous la civière.", span: "GAGL 4512 0307" },
    { name: "flags an unspaced number after 'NAM'", text: "NAM : ROYM38570912, à vérifier à l'admission.", span: "ROYM38570912" },
    { name: "flags a number after 'health card' in English", text: "Whoever lost health card PELJ 7208 1501, it is at the desk.", span: "PELJ 7208 1501" },
    { name: "flags a number with hyphens", text: "Assurance maladie no TREM-5503-1212 retrouvée au stationnement.", span: "TREM-5503-1212" },
    { name: "flags an upper-case number without context as a warning", text: "Laissé au comptoir : BOUC 6907 0811.", span: "BOUC 6907 0811", severity: "warning" },
  ],
  [
    { name: "does not flag a RAMQ-shaped number with month 13", text: "Sa carte porte TREM 5513 1212, un faux évidemment.", },
    { name: "does not flag a RAMQ-shaped number with an impossible day", text: "La carte GAGL 4504 3107 est invalide.", },
    { name: "does not flag a RAMQ-shaped number with a woman's month 63", text: "Carte soleil ROYM 3863 0912, refusée au guichet.", },
    { name: "does not flag a lower-case word followed by digits without context", text: "The code word is ward 1234 5678 for the door.", },
    { name: "does not flag an order code", text: "Commande ABCD 0101 0101 confirmée hier.", },
    { name: "does not flag a talk about RAMQ cards", text: "La RAMQ envoie les nouvelles cartes par la poste.", },
  ],
);
