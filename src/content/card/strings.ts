// UI text of the in-page experience (chip, tooltip, card, gate) in French and English. Rule
// messages come localised from the analyzer; recommendations from rules/recommendations.json.
import type { Severity, UiLanguage } from "../../analyzer/types.js";
import { CATEGORY_NAMES } from "../../shared/category-names.js";

const fr = {
  chipLabel: (n: number, worst: string) =>
    n === 0 ? "Garde-fou : rien à signaler" : `Garde-fou : ${n} avertissement${n > 1 ? "s" : ""}, le plus grave : ${worst}`,
  chipClean: "Rien à signaler",
  chipChecking: "Vérification…",
  chipCheckingLabel: "Garde-fou : vérification du brouillon en cours",
  severity: { error: "erreur", warning: "avertissement", info: "conseil" } satisfies Record<Severity, string>,
  category: CATEGORY_NAMES.fr,
  cardLabel: "Avertissement Garde-fou",
  flagged: "Passage signalé",
  recommendation: "Recommandation du Collège",
  code: "Code de déontologie",
  // French spacing: a space before ":" and ";", as everywhere in the French UI.
  codeLine: (articles: readonly string[]) => `Code de déontologie : ${articles.join(" ; ")}`,
  reportSection: (where: string) => `À lire dans le rapport : ${where.replace(/; /g, " ; ")}`,
  applyFix: "Appliquer",
  partsTitle: (n: number) => `${n} détails qui, ensemble, pourraient identifier la personne :`,
  partFix: (replacement: string) => `Remplacer par « ${replacement} »`,
  fixFailed: "La correction n'a pas pu être appliquée ; le texte est inchangé.",
  ignore: "Ignorer ici",
  disableRule: "Désactiver la règle",
  confirmDisable: "Désactiver cette règle dans tous les onglets ? Vous pourrez la réactiver dans les options.",
  confirm: "Désactiver",
  cancel: "Annuler",
  close: "Fermer",
  position: (i: number, n: number) => `${i} sur ${n}`,
  shortcuts: "Alt+Maj+N / Alt+Maj+P : suivant / précédent · Échap : fermer",
  gateTitle: "Avant de publier",
  gateIntro: (n: number) => `${n} erreur${n > 1 ? "s" : ""} reste${n > 1 ? "nt" : ""} dans ce brouillon :`,
  gateWarnings: (n: number) => `${n} avertissement${n > 1 ? "s" : ""} à relire :`,
  review: "Réviser",
  quote: (s: string) => `« ${s} »`,
  publishAnyway: "Publier quand même",
};

type Strings = typeof fr;

const en: Strings = {
  chipLabel: (n, worst) => (n === 0 ? "Garde-fou: nothing to report" : `Garde-fou: ${n} warning${n > 1 ? "s" : ""}, worst: ${worst}`),
  chipClean: "Nothing to report",
  chipChecking: "Checking…",
  chipCheckingLabel: "Garde-fou: checking the draft",
  severity: { error: "error", warning: "warning", info: "tip" },
  category: CATEGORY_NAMES.en,
  cardLabel: "Garde-fou warning",
  flagged: "Flagged passage",
  recommendation: "Collège recommendation",
  code: "Code of ethics",
  codeLine: (articles) => `Code of ethics: ${articles.join("; ")}`,
  reportSection: (where) => `Read in the report (in French): ${where}`,
  applyFix: "Apply",
  partsTitle: (n) => `${n} details that together could identify the person:`,
  partFix: (replacement) => `Replace with “${replacement}”`,
  fixFailed: "The fix could not be applied; the text is unchanged.",
  ignore: "Ignore here",
  disableRule: "Turn rule off",
  confirmDisable: "Turn this rule off in all tabs? You can turn it back on in the options.",
  confirm: "Turn off",
  cancel: "Cancel",
  close: "Close",
  position: (i, n) => `${i} of ${n}`,
  shortcuts: "Alt+Shift+N / Alt+Shift+P: next / previous · Esc: close",
  gateTitle: "Before you publish",
  gateIntro: (n) => `${n} error${n > 1 ? "s remain" : " remains"} in this draft:`,
  gateWarnings: (n) => `${n} warning${n > 1 ? "s" : ""} to read again:`,
  review: "Review",
  quote: (s) => `“${s}”`,
  publishAnyway: "Publish anyway",
};

export const STRINGS: Record<UiLanguage, Strings> = { fr, en };
export type { Strings };
