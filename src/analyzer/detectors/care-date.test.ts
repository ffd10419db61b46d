import { ruleTable } from "../../../tests/support/rule-table.js";

ruleTable(
  "privacy/care-date",
  [
    { name: "flags a date at the start of a story", text: "Le 3 janvier, on m'a appelé pour un homme de 70 ans en arrêt.", span: "Le 3 janvier", fix: "En janvier" },
    { name: "flags the day of a death in care", text: "Elle est morte le 8 février à l'unité, sa sœur lui tenait la main.", span: "le 8 février" },
    { name: "flags an English date with a year", text: "On June 2, 2023, a 6-year-old girl was brought in by ambulance.", span: "On June 2, 2023" },
  ],
  [
    { name: "does not flag the anniversary of a famous death", text: "Le 16 août, on se souvient du jour où le King est mort à Memphis." },
    { name: "does not flag a date with no patient", text: "Le 12 mars, l'urgence débordait encore." },
    { name: "does not flag a personal anniversary", text: "Le 14 juillet, j'ai fêté mes 20 ans de pratique." },
    { name: "does not flag a modal may", text: "These 3 may help the patient sleep better after surgery." },
    { name: "does not flag a colleague's appointment as chief", text: "Le 2 avril, la Dre Fortin a été nommée cheffe du département." },
    { name: "does not flag a year alone", text: "En 2019, j'ai vu mon premier cas de rougeole." },
  ],
);
