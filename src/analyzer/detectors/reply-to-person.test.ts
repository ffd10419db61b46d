import { ruleTable } from "../../../tests/support/rule-table.js";

ruleTable(
  "relationship/reply-to-person",
  [
    { name: "flags a reply that adjusts one person's dose", text: "@LucieB Avec ces résultats, on peut augmenter votre dose de Synthroid.", span: "@LucieB" },
    { name: "flags a reply about one person's results", text: "@mike_t your results look fine, keep taking the ramipril.", span: "@mike_t" },
    { name: "flags a reply that recalls the person's visit", text: "@Josée_R Oui, je me souviens de votre visite à la clinique mardi!", span: "@Josée_R" },
    { name: "flags a reply opened by the person's first name", text: "Bonsoir Hélène, vos résultats de TSH sont bons, gardez la même dose.", span: "vos résultats de TSH" },
    { name: "flags a reply that says whom it answers", text: "Replying to Omar: your sugars are high, double the insulin tonight.", span: "your sugars" },
  ],
  [
    { name: "does not flag thanks to a colleague", text: "@DreLapointe Merci pour la garde de samedi, tu es géniale!" },
    { name: "does not flag a reply that redirects to the clinic", text: "@mike_t For anything about your results, please call the clinic." },
    { name: "does not flag a handle in the middle of a post", text: "Bravo à @HopitalMaisonneuve pour l'ouverture de la nouvelle urgence." },
    { name: "does not flag a reply about a conference", text: "@sam_md Your talk slides were great, can you share them?" },
    { name: "does not flag a heading before a colon", text: "Hypertension : votre traitement se discute avec votre médecin." },
    { name: "does not flag a name followed by a comma further on", text: "Merci à l'équipe du 5e, Julie, vos résultats d'audit sont excellents." },
  ],
);
