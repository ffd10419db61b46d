import { ruleTable } from "../../../tests/support/rule-table.js";

ruleTable(
  "privacy/street-address",
  [
    { name: "flags a rural range address", text: "Mon patient du 7, rang Sainte-Anne, ne se déplace plus.", span: "7, rang Sainte-Anne" },
    { name: "flags an abbreviated boulevard", text: "Ma patiente habite au 1450 boul. Saint-Laurent Est.", span: "1450 boul. Saint-Laurent Est" },
    { name: "flags an English abbreviation with an apartment", text: "The man from 45 Main St., apt 3B, missed his dialysis.", span: "45 Main St., apt 3B" },
    { name: "flags a named street in a patient's story as a warning", text: "J'ai vu une dame de la rue Principale ce matin.", span: "rue Principale", severity: "warning" },
    { name: "flags the house number given after the street", text: "Anyone living on Maple Crescent? My patient at number 12 is not answering.", span: "number 12" },
  ],
  [
    { name: "does not flag a highway number", text: "Un accident sur la route 132 a bloqué la circulation." },
    { name: "does not flag a region named Côte", text: "Une patiente de la Côte-Nord m'a écrit une belle lettre." },
    { name: "does not flag a landmark square", text: "The patient said Place des Arts was her favourite venue." },
    { name: "does not flag a lecture hall address", text: "La conférence aura lieu au 2020, rue University, salle 300." },
    { name: "does not flag a colleague whose surname is a street type", text: "My patient loved meeting Dr. Sarah Lane at the clinic." },
    { name: "does not flag the author's own street", text: "J'habite au 12, rue des Lilas depuis 20 ans." },
  ],
);
