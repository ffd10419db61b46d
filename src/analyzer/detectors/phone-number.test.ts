import { describe, expect, it } from "vitest";
import { keypadDigits, notAPersonalLine } from "./phone-number.js";
import { ruleTable } from "../../../tests/support/rule-table.js";

describe("phone validators", () => {
  it("reads vanity letters on a keypad", () => expect(keypadDigits("APPELLE")).toBe("2773553"));
  it("treats 1-800 numbers as services", () => expect(notAPersonalLine("800", "668")).toMatch(/toll-free/));
  it("rejects area code 911", () => expect(notAPersonalLine("911", "555")).toMatch(/area code/));
  it("accepts a Montreal number", () => expect(notAPersonalLine("514", "555")).toBeNull());
});

ruleTable(
  "privacy/phone-number",
  [
    { name: "flags a patient's number the team cannot reach", text: "Monsieur Roy, on essaie de vous joindre au 450 555-0134 depuis mardi.", span: "450 555-0134" },
    { name: "flags a number given to find a relative", text: "Quelqu'un connaît sa fille? Son numéro : 819-555-0177.", span: "819-555-0177" },
    { name: "flags a number in parentheses with a dot", text: "The woman from this morning left (613) 555.0148 on the form.", span: "(613) 555.0148" },
    { name: "flags an international form", text: "Her son can be reached at +1 418 555 0162 if anyone sees her.", span: "+1 418 555 0162" },
    { name: "flags a vanity number tied to a person", text: "The man who left his wallet wrote 514-JOE-BLOW on the intake sheet.", span: "514-JOE-BLOW" },
    { name: "flags a local number after 'cell'", text: "Le cell de sa mère, 555-0190, est sur le papier.", span: "555-0190" },
  ],
  [
    { name: "does not flag a vanity toll-free number", text: "Ligne de prévention : 1 866 APPELLE." },
    { name: "does not flag Kids Help Phone", text: "Young people can call 1-800-668-6868 any time." },
    { name: "does not flag 811 or 911", text: "Pour un conseil, le 811; pour une urgence, le 911." },
    { name: "does not flag the clinic's number in an announcement", text: "Notre clinique déménage; nouveau numéro : 450 555-0100." },
    { name: "does not flag 'call us at'", text: "Questions about the flu clinic? Call us at 613-555-0111." },
    { name: "does not flag an order number shaped like a phone number", text: "Commande 514-555-0123 expédiée hier." },
    { name: "does not flag ten bare digits without a phone word", text: "Le lot 5145550123 a été rappelé." },
    { name: "does not flag a local helpline", text: "Tel-Aide répond au 514 935-1101, jour et nuit." },
    { name: "does not flag a number with an impossible exchange", text: "Essayez le 514 155-0123 pour voir." },
    { name: "does not flag all-caps words after a number", text: "ON A VU 514 AND MORE PATIENTS." },
    { name: "does not flag a colleague's name and a dosage", text: "Merci à la Dre Gagnon : 500 mg deux fois par jour, c'était la bonne dose." },
    { name: "does not flag a year range", text: "Rapport annuel 2023-2024 disponible." },
  ],
);
