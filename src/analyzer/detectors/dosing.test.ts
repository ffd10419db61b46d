import { ruleTable } from "../../../tests/support/rule-table.js";

ruleTable(
  "clinical-advice/dosing",
  [
    { name: "flags a dose with a frequency and a duration", text: "Pour une sinusite : amoxicilline 500 mg trois fois par jour pendant une semaine.", span: "500 mg trois fois par jour pendant une semaine" },
    { name: "flags a weight-based dose given to parents", text: "Parents, l'ibuprofène c'est 10 mg/kg aux 8 heures.", span: "10 mg/kg aux 8 heures" },
    { name: "flags a Quebec-style interval written without a space", text: "Prenez l'acétaminophène 650 mg aux 6h si la douleur revient.", span: "650 mg aux 6h" },
    { name: "flags a prescription abbreviation", text: "Naproxen 250 mg BID with food, you'll feel better by Friday.", span: "250 mg BID" },
    { name: "flags grams when a medicine is named", text: "Tylenol 1 g every 8 hours is plenty for most adults.", span: "1 g every 8 hours" },
    { name: "flags sprays counted as a dose", text: "Use 2 sprays in each nostril every morning for allergies.", span: "2 sprays in each nostril every morning" },
    { name: "flags a regimen without an amount when it is addressed", text: "Votre ado a mal? Donnez-lui de l'ibuprofène aux 6 heures pendant 3 jours.", span: "ibuprofène aux 6 heures pendant 3 jours" },
  ],
  [
    { name: "does not flag a birth weight in grams", text: "Née à 29 semaines, elle pesait 980 g à la naissance." },
    { name: "does not flag litres of water in a heat-wave reminder", text: "During the heat wave, drink 2 litres of water a day." },
    { name: "does not flag a dose reported from a trial", text: "In the trial, participants received 10 mg of the drug daily." },
    { name: "does not flag a percentage discount", text: "Obtenez 20 % de rabais sur les lunettes ce mois-ci." },
    { name: "does not flag a lab value", text: "Votre LDL devrait être sous 2,0 mmol/L selon les lignes directrices." },
    { name: "does not flag a count of medicines per day", text: "Saviez-vous qu'un aîné sur trois prend plus de 10 médicaments par jour?" },
    { name: "does not flag a personal anecdote with one cue", text: "J'ai pris 2 comprimés de Tylenol après ma garde, et au lit!" },
    { name: "does not flag a dose when the draft carries a disclaimer", text: "Ibuprofène 400 mg aux 6 h au besoin. Information générale : ne remplace pas une consultation." },
    { name: "does not flag a dose when an X-style disclaimer closes the post", text: "Melatonin 1 mg an hour before bed works for many. #NotMedicalAdvice" },
  ],
);

ruleTable(
  "clinical-advice/dosing",
  [{ name: "flags a safety maximum only as information", text: "Ne dépassez jamais 4 g d'acétaminophène par jour.", span: "4 g d'acétaminophène par jour", severity: "info" }],
  [{ name: "does not flag a mass in a story about a patient", text: "The tumour weighed 350 g when it was removed." }],
);

ruleTable(
  "clinical-advice/dosing",
  [
    { name: "flags a bare amount that refers to a remedy named in the sentence before", text: "L'huile d'origan, c'est mon secret. Dix gouttes dans un verre d'eau avant chaque repas, vous m'en direz des nouvelles.", span: "Dix gouttes" },
    { name: "flags spoonfuls of a medicine named just before, with a schedule", text: "Le sirop Tempra marche bien. Give 5 ml every 4 hours to your toddler.", span: "5 ml every 4 hours" },
    { name: "flags drops before every feed addressed to parents", text: "Moms: 3 drops of vitamin D before every feeding for the newborn.", span: "3 drops of vitamin D before every feeding" },
  ],
  [
    { name: "does not flag a recipe amount after a supplement was named", text: "Le curcuma colore bien les plats. Ajoutez 2 cuillères de lait de coco à chaque repas." },
  ],
);
