import { ruleTable } from "../../../tests/support/rule-table.js";

ruleTable(
  "privacy/postal-code",
  [
    { name: "flags a patient's postal code", text: "Ma patiente du G0A 4P0 n'a plus de transport.", span: "G0A 4P0" },
    { name: "flags a code without a space", text: "The lady I saw at home, H3Z2Y7, had no heat.", span: "H3Z2Y7" },
    { name: "flags a lower-case code", text: "Son adresse finit par j8t 2k5, chez elle à Gatineau.", span: "j8t 2k5" },
  ],
  [
    { name: "does not flag a first letter W", text: "Code W1A 1A1 is a London one." },
    { name: "does not flag a virus name", text: "La grippe H1N1 revient chaque hiver." },
    { name: "does not flag a mixed-case word run", text: "Le Q3a 2b1 n'est pas un code." },
  ],
);
