import { describe, expect, it } from "vitest";
import { sinValid, ssnValid } from "./sin-number.js";
import { ruleTable } from "../../../tests/support/rule-table.js";

describe("validators", () => {
  it("accepts a Luhn-valid SIN", () => expect(sinValid("269920575")).toBe(true));
  it("rejects a SIN starting with 0", () => expect(sinValid("046454286")).toBe(false));
  it("rejects a SIN failing Luhn", () => expect(sinValid("480716073")).toBe(false));
  it("rejects an SSN in area 666", () => expect(ssnValid("666", "12", "3456")).toBe(false));
  it("rejects an SSN with group 00", () => expect(ssnValid("219", "00", "3456")).toBe(false));
  it("accepts a plausible SSN", () => expect(ssnValid("219", "09", "9999")).toBe(true));
});

ruleTable(
  "privacy/social-insurance-number",
  [
    { name: "flags a SIN after NAS", text: "Son NAS est le 309 605 756, écrit sur la fiche.", span: "309 605 756" },
    { name: "flags a SIN after 'social insurance number'", text: "Social insurance number: 420510174, on the claim.", span: "420510174" },
    { name: "flags a hyphenated SIN without keyword as a warning", text: "Sur le formulaire : 599-943-404.", span: "599-943-404", severity: "warning" },
  ],
  [
    { name: "does not flag a SIN that fails Luhn", text: "Son NAS 231 343 342 ne passe pas la validation." },
    { name: "does not flag a large amount written with spaces", text: "Le budget atteint 1 234 567 890 $ cette année." },
    { name: "does not flag an order number", text: "Commande 599-943-404 expédiée ce matin." },
    { name: "does not flag an SSN in area 900", text: "SSN 912-34-5678 is a sample from a textbook." },
    { name: "does not flag a spaced number without keyword", text: "Nous avons vu 269 920 575 visiteurs sur le site." },
  ],
);
