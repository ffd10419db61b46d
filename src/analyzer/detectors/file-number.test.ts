import { ruleTable } from "../../../tests/support/rule-table.js";

ruleTable(
  "privacy/file-number",
  [
    { name: "flags a chart number with a number sign", text: "Chart #88123 was left on the screen.", span: "Chart #88123" },
    { name: "flags an MRN", text: "MRN 00451236 belongs to the lady in bay 2.", span: "MRN 00451236" },
    { name: "flags an NDA in parentheses", text: "Son dossier (no 448213) a bien épaissi.", span: "dossier (no 448213" },
    { name: "flags a file number with a year prefix", text: "Le dossier n° 21-04417 est arrivé par télécopieur.", span: "dossier n° 21-04417" },
    { name: "flags a chart number with a letter prefix", text: "Chart #B-300218 came up on the wrong screen.", span: "Chart #B-300218" },
  ],
  [
    { name: "does not flag a file count", text: "I had to file 300 forms this month." },
    { name: "does not flag a range of years after dossier", text: "Le dossier 2019-2024 de la réforme est clos." },
    { name: "does not flag a short hyphenated count", text: "The file has 12-15 pages of notes." },
    { name: "does not flag a dossier in the news sense", text: "Le dossier des médecins de famille piétine depuis 10 ans." },
  ],
);
