import { ruleTable } from "../../../tests/support/rule-table.js";

ruleTable(
  "privacy/birth-date",
  [
    { name: "flags a DOB label with an ISO date", text: "Patient X, DOB 1941-04-03, transferred.", span: "DOB 1941-04-03", fix: "" },
    { name: "flags a date de naissance label", text: "Date de naissance : 03/04/1941, à confirmer.", span: "Date de naissance : 03/04/1941" },
    { name: "flags a first of the month", text: "La dame née le 1er mai 1940 nous a quittés.", span: "née le 1er mai 1940" },
    { name: "flags an abbreviated date de naissance label", text: "Date de nais. : 17/11/1952, allergie à la pénicilline.", span: "Date de nais. : 17/11/1952" },
    { name: "flags a form's date with vertical bars", text: "Madame G., née le 4|9|1947, revue en clinique.", span: "née le 4|9|1947", fix: "née en 1947" },
    { name: "flags a mise au monde label", text: "Date de mise au monde : 08/06/2011, suivi en pédiatrie.", span: "Date de mise au monde : 08/06/2011" },
    { name: "flags a birth date without year as a warning", text: "Le bébé de la chambre 5, né le 12 mars, va bien.", span: "né le 12 mars", severity: "warning" },
  ],
  [
    { name: "does not flag a delivery with no date after it", text: "Elle a mis au monde des jumeaux en pleine tempête de neige." },
    { name: "does not flag bars between numbers that are not a date", text: "Score 4|9|1947 dans le tableau des résultats de l'étude." },
    { name: "does not flag an abbreviated label with an impossible date", text: "Date de nais. : 31/02/1952 est une coquille évidente." },
    { name: "does not flag an impossible date", text: "Né le 31 avril 1950, selon le formulaire mal rempli." },
    { name: "does not flag a preterm birth without a date", text: "Des jumeaux nés à 26 semaines, quel courage." },
    { name: "does not flag a newborn count", text: "Newborns born in May 2020 had fewer visits." },
    { name: "does not flag the negation ne", text: "Il ne le sait pas encore." },
    { name: "does not flag a cohort born in a month", text: "Babies born in May 2020 met few visitors." },
    { name: "does not flag a relative's birth date", text: "Mon grand-père, né le 5 mai 1925, aurait eu 100 ans." },
  ],
);
