import { ruleTable } from "../../../tests/support/rule-table.js";

ruleTable(
  "privacy/chart-header-name",
  [
    { name: "flags SURNAME Given beside a lab result", text: "Résultats de laboratoire : POIRIER Nathalie, créatinine en hausse.", span: "POIRIER Nathalie" },
    { name: "flags a compound given name", text: "Ordonnance renouvelée pour LABELLE Jean-François ce matin.", span: "LABELLE Jean-François" },
    { name: "flags Given SURNAME beside a stay", text: "Hospitalisation de Céline MARCOUX prolongée d'une semaine.", span: "Céline MARCOUX" },
  ],
  [
    { name: "does not flag a titled colleague", text: "Consultation conjointe avec le Dr POIRIER Nathalie demain." },
    { name: "does not flag an acronym before a name", text: "L'IRM Nathalie est un surnom donné à l'appareil du labo." },
    { name: "does not flag a list of collaborators", text: "Équipe de soins palliatifs : merci à GAGNON Sylvie et à toute l'équipe." },
    { name: "does not flag a word shouted in capitals before a name", text: "MERCI Julie pour ton aide aux urgences hier soir!" },
    { name: "does not flag a care heading in capitals", text: "URGENCES Sophie est notre nouvelle infirmière-chef." },
    { name: "does not flag a name without care words", text: "Concert de BOUCHARD Céline samedi au parc." },
  ],
);
