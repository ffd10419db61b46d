// Table test for the person-name detector: as many drafts it must leave alone as drafts it flags.
import { describe, expect, it } from "vitest";
import { analyze } from "../index.js";

const RULE = "privacy/person-name";

function names(text: string): string[] {
  return analyze(text, { explain: true })
    .findings.filter((f) => f.ruleId === RULE)
    .map((f) => text.slice(f.start, f.end));
}

const flags: Array<[string, string, string]> = [
  ["a patient thanked by first name in a care story", "Merci Gisèle pour les biscuits apportés à votre dernier rendez-vous de dialyse!", "Gisèle"],
  ["a titled patient seen this morning", "Belle surprise : M. Gérard Pelletier est venu me voir ce matin au bureau, remis de son AVC.", "M. Gérard Pelletier"],
  ["a patient introduced by « mon patient »", "Mon patient Normand a enfin arrêté de fumer après quarante ans!", "Normand"],
  ["a child introduced by « la petite »", "La petite Rosalie Gagné est repartie de l'urgence avec un plâtre rose.", "Rosalie Gagné"],
  ["a reply to a patient by handle", "@Francine Lemieux merci pour votre visite de mardi, vos résultats sont rassurants.", "@Francine Lemieux"],
  ["a first name from the gazetteer next to a care story", "En visite à domicile, Huguette m'a offert du sucre à la crème.", "Huguette"],
  ["an English full name in a care story", "When I admitted her last week, Margaret Holloway asked for her knitting first.", "Margaret Holloway"],
  ["a relative named after a possessive", "Her grandson Tyler brought her to our ER after the fall.", "Tyler"],
  ["initials introduced as my patient", "So proud of my patient R.T., discharged today after six weeks in rehab.", "R.T."],
  ["a title with an initial", "Mme L. Bouchard, rappelez la clinique au sujet de votre biopsie.", "Mme L. Bouchard"],
  ["an English title", "Mr. Desmond Clarke was transferred to our ICU overnight.", "Mr. Desmond Clarke"],
  ["a titled name told a diagnosis, without the word patient", "Dur matin : j'ai expliqué à M. Lapointe que sa masse au foie était maligne.", "M. Lapointe"],
  ["a titled name whose visit is dated", "Mme Corriveau est revenue à la clinique le 14 mai, souriante malgré tout.", "Mme Corriveau"],
  ["initials followed by an age", "S.-A. P., 61 ans, a quitté les soins intensifs hier soir.", "S.-A. P."],
  ["a child's first name after « baby »", "Baby Ayla went home from the NICU this morning after nine weeks.", "Ayla"],
  ["a given name that is also a word, before a listed surname", "Saw Rose Gagnon at my clinic this afternoon, still fighting her migraines.", "Rose Gagnon"],
];

const leaves: Array<[string, string]> = [
  ["nurses named with their abbreviated title after a shift", "Nuit d'enfer à l'urgence. Merci à Karine Boudreau, inf., et à Samuel Ouellet, inh., pour leur calme."],
  ["a couple congratulated, with a care word nearby", "Pas une seule garde ce samedi, juste une noce et aucun appel du département. Congrats Julie and Marc!"],
  ["a word-name with a surname outside any care story", "Pierre Lachance a été élu maire hier soir; félicitations à toute son équipe."],
  ["a colleague named Dre", "Merci à la Dre Chantal Simard qui a pris ma garde à l'urgence cette nuit."],
  ["a colleague named Dr.", "Shoutout to Dr. Kevin Nguyen, who covered my clinic today."],
  ["a colleague mentioned again by first name", "Bravo à la Dre Josée Paquette, nouvelle cheffe de l'urgence. Josée a été ma résidente."],
  ["eponyms in disease names", "La maladie de Crohn et la maladie d'Alzheimer ne sont pas des noms de patients."],
  ["an English eponym", "It is Down syndrome awareness week; Parkinson's disease research also needs funding."],
  ["a public figure who spoke publicly", "Le chanteur Marc Dupré a parlé publiquement de son anxiété; je ne l'ai jamais croisé."],
  ["an athlete's own story", "Olympic swimmer Penny Walsh spoke openly about her depression this week."],
  ["the author's own family", "Ma fille Émilie a eu sa première otite; même les médecins passent des nuits blanches."],
  ["a town that contains a given name", "Je serai à Saint-Jérôme et à Sainte-Julie pour des remplacements cet été."],
  ["a name with no care context", "Bon anniversaire à ma sœur Isabelle, la meilleure des tantes!"],
  ["a titled colleague with her job", "Mme Lucie Hébert, technologue en imagerie, quitte le 2e étage pour la retraite vendredi."],
  ["a titled guest welcomed to the team", "Welcome Ms. Dana Fox, our new unit clerk on 3 West!"],
  ["a titled donor thanked", "Merci à M. Gaston Roy pour son don à l'urgence de l'hôpital."],
];

function fixOf(text: string): string | undefined {
  return analyze(text).findings.find((f) => f.ruleId === RULE)?.fix?.replacement;
}

describe("person-name fixes", () => {
  it("replaces a titled name by « une patiente » / « un patient », capitalised at a sentence start", () => {
    expect(fixOf("Hier, Mme Corriveau est revenue à la clinique pour son plâtre.")).toBe("une patiente");
    expect(fixOf("M. Gingras est sorti du 4e étage ce matin.")).toBe("Un patient");
  });
  it("keeps an English possessive", () => {
    expect(fixOf("Mr. Okafor's daughter brought muffins to our ICU after his surgery.")).toBe("A patient's");
  });
});

describe("person-name", () => {
  for (const [what, text, span] of flags) {
    it(`flags ${what}`, () => {
      expect(names(text)).toContain(span);
    });
  }
  for (const [what, text] of leaves) {
    it(`does not flag ${what}`, () => {
      expect(names(text)).toEqual([]);
    });
  }
});
