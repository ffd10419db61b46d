import { describe, expect, it } from "vitest";
import drugsFile from "../../../rules/gazetteers/drugs.json";
import conditionsFile from "../../../rules/gazetteers/conditions.json";
import { gazetteerNames } from "./lib/treatment-gazetteers.js";
import { ruleTable } from "../../../tests/support/rule-table.js";

describe("gazetteers", () => {
  it("loads the drug names, brand and generic, French and English", () => {
    const names = gazetteerNames(drugsFile);
    for (const n of ["acétaminophène", "acetaminophen", "Tylenol", "Advil", "Synthroid", "nitrofurantoïne"]) expect(names).toContain(n);
  });
  it("leaves vaccines out of the drug list", () => {
    expect(gazetteerNames(drugsFile).some((n) => /vaccin/i.test(n))).toBe(false);
  });
  it("loads the condition names", () => {
    expect(gazetteerNames(conditionsFile)).toContain("entorse");
  });
});

ruleTable(
  "clinical-advice/medication-change",
  [
    { name: "flags a French imperative to stop a named drug", text: "Cessez le clopidogrel une semaine avant votre voyage.", span: "Cessez le clopidogrel" },
    { name: "flags a modal aimed at the reader", text: "Vous devriez doubler votre lévothyroxine si vous êtes fatigué.", span: "Vous devriez doubler votre lévothyroxine" },
    { name: "flags giving a brand-name drug to a child", text: "Donnez-lui du Benadryl pour qu'il dorme dans l'avion.", span: "Donnez-lui du Benadryl" },
    { name: "flags an English imperative to switch drugs", text: "Switch from omeprazole to famotidine for a month.", span: "Switch from omeprazole to famotidine" },
    { name: "flags a negated English imperative", text: "Don't take your metoprolol on the morning of the race.", span: "Don't take your metoprolol" },
  ],
  [
    { name: "does not flag a referral before changing a treatment", text: "Ne cessez jamais un antidépresseur sans l'accord de votre médecin." },
    { name: "does not flag a statement about what people take", text: "Many people take melatonin without knowing the right dose." },
    { name: "does not flag a conditional clause", text: "Si vous prenez de la warfarine, votre pharmacien peut vérifier les interactions." },
    { name: "does not flag a vaccination slogan", text: "Faites-vous vacciner contre la grippe : prenez un rendez-vous au CLSC de votre quartier." },
    { name: "does not flag a request quoted from a patient", text: "Il m'a dit : « Changez mes pilules, docteur! »" },
    { name: "does not flag a smoking-cessation slogan", text: "Stop smoking today: call the quit line for free support." },
  ],
);

ruleTable(
  "clinical-advice/self-management",
  [
    { name: "flags a return-to-sport schedule for a named injury", text: "Commotion au hockey? Retournez au jeu après 3 jours sans symptômes.", span: "Retournez au jeu après 3 jours" },
  ],
  [
    { name: "does not flag a general activity slogan", text: "Marchez 30 minutes par jour, beau temps mauvais temps." },
    { name: "does not flag home care with a referral and a disclaimer", text: "Entorse : glace 15 minutes aux 3 heures. Information générale; consultez si la douleur augmente." },
  ],
);
