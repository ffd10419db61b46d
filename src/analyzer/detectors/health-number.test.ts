import { describe, expect, it } from "vitest";
import { bcPhnValid, luhnValid } from "./lib/luhn.js";
import { ruleTable } from "../../../tests/support/rule-table.js";

describe("check digits", () => {
  it("accepts a Luhn-valid OHIP number", () => expect(luhnValid("2308719422")).toBe(true));
  it("rejects a Luhn-invalid one", () => expect(luhnValid("3407554380")).toBe(false));
  it("accepts a mod-11-valid BC PHN", () => expect(bcPhnValid("9421281657")).toBe(true));
  it("rejects a BC PHN with the wrong check digit", () => expect(bcPhnValid("9421281658")).toBe(false));
});

ruleTable(
  "privacy/provincial-health-number",
  [
    { name: "flags an OHIP number with its version code", text: "Ontario health card 1446 020 784 AB left at triage.", span: "1446 020 784 AB" },
    { name: "flags a BC PHN that passes mod 11", text: "Her PHN 9421 281 657 is on the transfer note.", span: "9421 281 657" },
    { name: "flags a number after 'carte santé'", text: "Sa carte santé du Nouveau-Brunswick, numéro 123 456 789, est ici.", span: "123 456 789" },
  ],
  [
    { name: "does not flag a BC PHN that fails mod 11", text: "Her PHN 9421 281 658 was typed wrong." },
    { name: "does not flag ten digits without a keyword", text: "We raised 1234567890 pennies, apparently." },
    { name: "does not flag a phone number near the word health card", text: "Lost your health card? Call 514 555-0100." },
    { name: "does not flag an order number", text: "Health card reader order 4070334760 arrived." },
    { name: "does not flag a RAMQ number's digits", text: "Sa carte d'assurance maladie LAVL 6212 1514 est ici." },
  ],
);
