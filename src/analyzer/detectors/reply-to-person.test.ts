import { ruleTable } from "./lib/rule-table.js";

ruleTable(
  "relationship/reply-to-person",
  [
    { name: "flags a reply that adjusts one person's dose", text: "@LucieB Avec ces résultats, on peut augmenter votre dose de Synthroid.", span: "@LucieB" },
    { name: "flags a reply about one person's results", text: "@mike_t your results look fine, keep taking the ramipril.", span: "@mike_t" },
    { name: "flags a reply that recalls the person's visit", text: "@Josée_R Oui, je me souviens de votre visite à la clinique mardi!", span: "@Josée_R" },
  ],
  [
    { name: "does not flag thanks to a colleague", text: "@DreLapointe Merci pour la garde de samedi, tu es géniale!" },
    { name: "does not flag a reply that redirects to the clinic", text: "@mike_t For anything about your results, please call the clinic." },
    { name: "does not flag a handle in the middle of a post", text: "Bravo à @HopitalMaisonneuve pour l'ouverture de la nouvelle urgence." },
    { name: "does not flag a reply about a conference", text: "@sam_md Your talk slides were great, can you share them?" },
  ],
);
