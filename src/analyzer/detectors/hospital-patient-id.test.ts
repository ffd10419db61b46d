import { ruleTable } from "../../../tests/support/rule-table.js";

ruleTable(
  "privacy/hospital-patient-id",
  [
    { name: "flags an IPP after its keyword", text: "Scanner à relire pour IPP : 7712093456 avant la réunion.", span: "IPP : 7712093456", fix: "IPP" },
    { name: "flags an identification number beside a patient", text: "La patiente, n° d'identification 40077123, sort demain.", span: "n° d'identification 40077123" },
    { name: "flags a bare ID in a patient record", text: "Nom : R. PELLETIER, ID : 55120934, vu en suivi.", span: "ID : 55120934" },
    { name: "flags a stay number", text: "Numéro de séjour 55123098 : compte rendu manquant.", span: "Numéro de séjour 55123098" },
  ],
  [
    { name: "does not flag a bank-card NIP", text: "J'ai oublié mon NIP 4831 au guichet ce matin." },
    { name: "does not flag a vehicle identification number", text: "Numéro d'identification 40077123 du camion de livraison." },
    { name: "does not flag the word IPP alone", text: "L'IPP reste le même d'une hospitalisation à l'autre." },
    { name: "does not flag an account ID", text: "Mon ID Zoom 84512093 est dans l'invitation de la conférence." },
    { name: "does not flag an ID in a sentence with a negation", text: "Je ne retrouve plus mon ID 84512093 pour la plateforme." },
    { name: "does not flag a year after the keyword", text: "Le numéro de séjour 2024 est un exemple fictif." },
  ],
);
