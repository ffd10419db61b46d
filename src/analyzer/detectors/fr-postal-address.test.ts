import { describe, expect, it } from "vitest";
import { codePostalValid } from "./fr-postal-address.js";
import { ruleTable } from "../../../tests/support/rule-table.js";

describe("code postal validator", () => {
  it("accepts a metropolitan code", () => expect(codePostalValid("69003")).toBe(true));
  it("accepts an overseas code", () => expect(codePostalValid("97400")).toBe(true));
  it("rejects département 00", () => expect(codePostalValid("00123")).toBe(false));
  it("rejects département 96", () => expect(codePostalValid("96100")).toBe(false));
});

ruleTable(
  "privacy/fr-postal-address",
  [
    { name: "flags a patient's address with its code postal", text: "Le patient vit seul au 8 impasse des Tilleuls 44300 Nantes.", span: "8 impasse des Tilleuls 44300 Nantes" },
    { name: "flags a house number written in words", text: "Sa mère habite six allée du Parc, 13008 Marseille, au rez-de-chaussée.", span: "six allée du Parc, 13008 Marseille" },
    { name: "flags a bis number", text: "Domicile de la patiente : 12 bis rue Victor Hugo 59000 Lille.", span: "12 bis rue Victor Hugo 59000 Lille" },
  ],
  [
    { name: "does not flag a doctor's office", text: "Adressez le courrier au Dr Vallée, 3 rue Nationale 37000 Tours." },
    { name: "does not flag a hospital's Cedex address", text: "Service d'oncologie, 10 avenue de Verdun 33000 Bordeaux Cedex." },
    { name: "does not flag a clinic's move", text: "Notre clinique déménage au 9 quai Perrache 69002 Lyon." },
    { name: "does not flag an impossible code postal", text: "Le patient vit au 8 impasse des Tilleuls 99300 quelque part." },
  ],
);
