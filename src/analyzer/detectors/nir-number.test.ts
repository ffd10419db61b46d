import { describe, expect, it } from "vitest";
import { nirKey, readNir } from "./nir-number.js";
import { ruleTable } from "../../../tests/support/rule-table.js";

describe("NIR validator", () => {
  it("computes the key as 97 − (number mod 97)", () => expect(nirKey("2841275114222")).toBe(9));
  it("accepts a number whose key matches", () => expect(readNir("284127511422209")?.keyValid).toBe(true));
  it("marks a number whose key does not match", () => expect(readNir("284127511422259")?.keyValid).toBe(false));
  it("reads Corsica's 2A as 19 for the key", () => expect(readNir("185052A123456")?.body.slice(5, 7)).toBe("19"));
  it("rejects a month that cannot be", () => expect(readNir("185157512345678")).toBeNull());
  it("rejects sex digit 5", () => expect(readNir("585057512345678")).toBeNull());
  it("rejects département 00", () => expect(readNir("185050012345678")).toBeNull());
});

ruleTable(
  "privacy/nir-number",
  [
    { name: "flags a NIR with a valid key, in printed groups", text: "Sur la feuille de soins : 2 84 12 75 114 222 09, à refaire.", span: "2 84 12 75 114 222 09" },
    { name: "flags a NIR with a valid key, digit by digit", text: "Formulaire rempli : 2 8 4 1 2 7 5 1 1 4 2 2 2 0 9 pour la mutuelle.", span: "2 8 4 1 2 7 5 1 1 4 2 2 2 0 9" },
    { name: "flags a NIR after its keyword even when the key fails, as a warning", text: "Numéro de sécurité sociale 185057512345678 noté au dossier.", span: "185057512345678", severity: "warning" },
  ],
  [
    { name: "does not flag a number whose key fails without keyword", text: "Référence interne 185057512345678 pour le lot de gants." },
    { name: "does not flag a digit run inside a longer table", text: "Mesures 6 4 1 7 3 0 9 8 5 1 2 6 4 0 3 7 9 1 5 8 2 4 6 0 prises ce matin." },
    { name: "does not flag an amount", text: "Le budget de 185057512345673 $ a été voté hier." },
    { name: "does not flag talk about the NIR", text: "Le NIR a quinze chiffres, clé comprise." },
  ],
);
