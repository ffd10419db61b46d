// Sample drafts for the playground, written for this page (never taken from a corpus). Together
// each language's risky samples show all six categories; the last one is a post done right.
// Names, numbers and places are invented.
import type { Category } from "../analyzer/types.js";
import type { MessageKey } from "../shared/i18n.js";

export interface Sample {
  id: string;
  /** The draft's language (the select groups samples by it). */
  lang: "fr" | "en";
  /** Its title in the UI language. */
  title: MessageKey;
  /** Paragraphs of the draft. */
  paragraphs: readonly string[];
  /** The categories it is written to show (documentation and tests; the analyzer decides). */
  shows: readonly Category[];
}

export const SAMPLES: readonly Sample[] = [
  {
    id: "fr-night-shift",
    lang: "fr",
    title: "playground.sample.nightShift",
    paragraphs: [
      "Nuit mouvementée à l'urgence de l'Hôpital de Rimouski. Mme Lucie Bérubé, 84 ans, est arrivée le 12 mars vers 3 h après une chute dans son escalier ; son dossier 7730415 traînait encore sur le comptoir.",
      "Petit rappel pour tout le monde : si vous faites de la fièvre, prenez 1000 mg d'acétaminophène toutes les 6 heures et arrêtez votre antibiotique dès que vous vous sentez mieux.",
    ],
    shows: ["patient-privacy", "clinical-advice"],
  },
  {
    id: "fr-opinion",
    lang: "fr",
    title: "playground.sample.opinion",
    paragraphs: [
      "On nous cache la vérité : les vaccins causent l'autisme, et l'homéopathie guérit mieux que bien des médicaments.",
      "Et que dire de ce patient niaiseux qui est revenu pour la troisième fois cette semaine avec le même rhume 😂",
    ],
    shows: ["medical-consensus", "professionalism"],
  },
  {
    id: "fr-clinic",
    lang: "fr",
    title: "playground.sample.clinic",
    paragraphs: [
      "Ma clinique esthétique ouvre ses portes ! Résultats garantis et 40 % de rabais sur le premier traitement, seulement ce mois-ci.",
      "Une plaque qui vous inquiète ? Envoyez-moi une photo de votre peau en message privé et je vous dirai ce que c'est. Mes patients peuvent aussi m'ajouter comme ami sur Facebook !",
    ],
    shows: ["advertising", "therapeutic-relationship"],
  },
  {
    id: "fr-clean",
    lang: "fr",
    title: "playground.sample.clean",
    paragraphs: [
      "Capsule santé : la saison de la grippe commence. Le vaccin contre la grippe est gratuit pour les personnes de 75 ans et plus, les femmes enceintes et les personnes atteintes d'une maladie chronique.",
      "Information générale seulement : ce message ne remplace pas une consultation. Pour votre situation, parlez-en à votre médecin ou à votre pharmacien.",
    ],
    shows: [],
  },
  {
    id: "en-night-shift",
    lang: "en",
    title: "playground.sample.nightShift",
    paragraphs: [
      "Long night in the ER at Rimouski Hospital. Mrs. Lucy Barrett, 84, came in on March 12 around 3 a.m. after a fall on her stairs; her chart #5528107 was still lying on the desk.",
      "Quick tip for everyone: if you have a fever, take 1000 mg of acetaminophen every 6 hours and stop your antibiotics as soon as you feel better.",
    ],
    shows: ["patient-privacy", "clinical-advice"],
  },
  {
    id: "en-opinion",
    lang: "en",
    title: "playground.sample.opinion",
    paragraphs: [
      "They don't want you to know this: vaccines cause autism, and homeopathy works better than most drugs.",
      "And then there was the idiot patient who came back for the third time this week with the same cold 😂",
    ],
    shows: ["medical-consensus", "professionalism"],
  },
  {
    id: "en-clinic",
    lang: "en",
    title: "playground.sample.clinic",
    paragraphs: [
      "My aesthetic clinic is opening! Guaranteed results and 40% off your first treatment, this month only.",
      "Worried about a mole? DM me a photo of your skin and I'll tell you what it is. My patients can also add me as a friend on Facebook!",
    ],
    shows: ["advertising", "therapeutic-relationship"],
  },
  {
    id: "en-clean",
    lang: "en",
    title: "playground.sample.clean",
    paragraphs: [
      "Health tip: flu season is starting. The flu shot is free for people aged 75 and over, pregnant women and people living with a chronic illness.",
      "General information only: this post does not replace a consultation. For your own situation, talk to your doctor or pharmacist.",
    ],
    shows: [],
  },
];

/** The value of the select's "paste your own" choice. */
export const EMPTY_SAMPLE = "empty";

export function sampleById(id: string): Sample | undefined {
  return SAMPLES.find((s) => s.id === id);
}

/** The sample first shown: the first one in the UI language. */
export function firstSample(lang: "fr" | "en"): Sample {
  return SAMPLES.find((s) => s.lang === lang) ?? SAMPLES[0]!;
}
