import { ruleTable } from "../../../tests/support/rule-table.js";

ruleTable(
  "privacy/fr-phone-number",
  [
    { name: "flags a relative's mobile number", text: "Le fils de la patiente attend un appel au 06 21 43 65 87.", span: "06 21 43 65 87" },
    { name: "flags an international number after a person", text: "Rappeler Madame Côté au +33 6 21 43 65 87 demain.", span: "+33 6 21 43 65 87" },
    { name: "flags a dotted number with a contact word, as a warning", text: "Contacter au 04.78.12.34.56 pour la suite.", span: "04.78.12.34.56", severity: "warning" },
  ],
  [
    { name: "does not flag a fax", text: "Fax : 01 42 16 58 00 pour les demandes urgentes." },
    { name: "does not flag a colleague's line in a staff list", text: "Dr Lemieux, interne de garde, 06 11 22 33 44." },
    { name: "does not flag a ward directory", text: "Salle Pasteur : 01 45 22 18 70 – Salle Curie : 01 45 22 18 71." },
    { name: "does not flag a number given to book", text: "Appelez le 01 23 45 67 89 pour un rendez-vous." },
    { name: "does not flag ten bare digits with no context", text: "Le lot 0612345678 a été retiré de la vente." },
  ],
);
