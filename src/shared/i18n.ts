// Every UI string of the extension's pages in French and English. The French dictionary defines
// the keys; the English one must have exactly the same (a missing key is a compile error).
// No extension API here: content scripts, pages and Node tests all import this module.
import type { Category, RuleSetId, Severity } from "../analyzer/types.js";
import type { SiteId } from "./settings.js";

export type Lang = "fr" | "en";

const fr = {
  appName: "Garde-fou",
  tagline: "Avant de publier, ce qui contrevient à vos obligations déontologiques.",
  privacyShort: "Votre brouillon est analysé dans le navigateur ; rien ne le quitte.",

  "severity.error": "Erreur",
  "severity.warning": "Avertissement",
  "severity.info": "Conseil",

  "category.patient-privacy": "Confidentialité des patients",
  "category.clinical-advice": "Conseils cliniques",
  "category.medical-consensus": "Consensus médical",
  "category.therapeutic-relationship": "Relation thérapeutique",
  "category.advertising": "Publicité",
  "category.professionalism": "Professionnalisme",

  "ruleSet.privacy": "Confidentialité",
  "ruleSet.privacy.description": "Noms, numéros, dates, lieux et détails qui permettent de reconnaître un patient.",
  "ruleSet.clinical-advice": "Conseils cliniques",
  "ruleSet.clinical-advice.description": "Conseils personnalisés, doses ou diagnostics donnés sans mention d'information générale.",
  "ruleSet.consensus": "Consensus médical",
  "ruleSet.consensus.description": "Affirmations qui s'écartent des données actuelles de la science sans le dire.",
  "ruleSet.relationship": "Relation thérapeutique",
  "ruleSet.relationship.description": "Consultations en ligne, amitié avec des patients, conflits d'intérêts.",
  "ruleSet.advertising": "Publicité",
  "ruleSet.advertising.description": "Résultats garantis, témoignages, superlatifs, rabais et prix sans leurs conditions.",
  "ruleSet.professionalism": "Professionnalisme",
  "ruleSet.professionalism.description": "Moqueries envers des patients ou des collègues, propos qui nuisent à la dignité de la profession.",

  "reference.code": "Code de déontologie des médecins, {article}",
  "reference.cp": "Code des professions, art. {article}",

  "popup.title": "Vérification avant publication",
  "popup.loading": "Chargement…",
  "popup.noTab": "Aucun onglet actif à vérifier.",
  "popup.ready": "Prêt à publier",
  "popup.readyDetail": "Aucune erreur ne reste et toutes les vérifications sont cochées.",
  "popup.notReady": "Pas encore prêt à publier",
  "popup.errorsOne": "1 erreur à corriger",
  "popup.errorsMany": "{count} erreurs à corriger",
  "popup.checksOne": "1 vérification à cocher",
  "popup.checksMany": "{count} vérifications à cocher",
  "popup.findingsHeading": "Ce que Garde-fou a relevé",
  "popup.noFindings": "Rien à signaler dans ce brouillon.",
  "popup.categoryCount": "{label} ({count})",
  "popup.recommendation": "Recommandation du rapport",
  "popup.showInPage": "Montrer dans la page",
  "popup.showInPageLabel": "Montrer dans la page : {message}",
  "popup.showInPageFailed": "La page ne répond pas : rechargez-la, puis réessayez.",
  "popup.showInPageMissing": "Ce passage n'est plus dans le brouillon : il a été modifié depuis l'analyse.",
  "popup.manualHeading": "À vérifier vous-même",
  "popup.manualIntro": "Aucun outil ne peut vérifier ces points : cochez-les pour ce brouillon.",
  "popup.mediaAlert": "Une image ou une vidéo est jointe : obtenez le consentement de chaque personne qui y figure avant de publier.",
  "popup.untickAll": "Tout décocher",
  "popup.noComposerTitle": "Aucune zone de rédaction",
  "popup.noComposerText": "Garde-fou est actif sur cette page mais n'y voit pas de zone de rédaction. Cliquez dans la zone où vous écrivez votre publication, puis rouvrez ce panneau.",
  "popup.siteOffTitle": "Garde-fou est désactivé sur {site}",
  "popup.siteOffText": "Vous l'avez désactivé dans les options. Réactivez-le pour vérifier vos brouillons sur ce site.",
  "popup.turnOnSite": "Activer sur {site}",
  "popup.notActiveTitle": "Garde-fou n'est pas actif sur ce site",
  "popup.notActiveText": "Vous pouvez l'activer pour {origin}. Le navigateur vous demandera l'autorisation de lire les pages de ce site ; l'analyse reste dans le navigateur.",
  "popup.turnOnOrigin": "Activer pour {origin}",
  "popup.unsupportedPage": "Garde-fou ne peut pas lire cette page (page du navigateur, fichier local ou boutique d'extensions).",
  "popup.unknownPage": "Garde-fou n'est pas actif sur cette page. Sur un site qui n'est pas pris en charge, ouvrez ce panneau depuis le bouton de la barre d'outils pour l'activer.",
  "popup.permissionDenied": "Autorisation refusée : rien n'a changé.",
  "popup.turnedOn": "Activé. Si la zone de rédaction n'est pas détectée, rechargez la page.",
  "popup.turnOnFailed": "Impossible d'activer Garde-fou ici : {reason}",
  "popup.openOptions": "Options",
  "popup.openPlayground": "Bac à sable",

  "playground.title": "Essayer Garde-fou",
  "playground.intro": "Choisissez un exemple ou collez votre propre brouillon : Garde-fou souligne ce qui contreviendrait à vos obligations déontologiques, comme il le fait sur Facebook, X, LinkedIn ou un blogue. Cliquez sur un passage souligné pour lire l'explication.",
  "playground.privacy": "Tout se passe dans votre navigateur : aucune autorisation de site, aucune requête réseau, aucun brouillon enregistré.",
  "playground.sampleLabel": "Brouillon d'exemple",
  "playground.samplesFr": "Brouillons en français",
  "playground.samplesEn": "Brouillons en anglais",
  "playground.sampleEmpty": "Brouillon vide : collez le vôtre",
  "playground.sample.nightShift": "Récit de garde et conseil de dose",
  "playground.sample.opinion": "Opinion sur les vaccins et anecdote",
  "playground.sample.clinic": "Annonce de clinique et avis par message",
  "playground.sample.clean": "Capsule d'information générale (sans problème)",
  "playground.editorLabel": "Votre brouillon",
  "playground.placeholder": "Écrivez ou collez ici le texte d'une publication…",
  "playground.shortcuts": "Au clavier : Alt+Maj+N et Alt+Maj+P passent d'un passage signalé à l'autre ; Échap ferme l'explication.",
  "playground.publish": "Publier (simulation)",
  "playground.published": "Simulation : rien n'a été publié.",
  "playground.showInDraft": "Montrer dans le brouillon",
  "playground.showInDraftLabel": "Montrer dans le brouillon : {message}",
  "playground.waiting": "Analyse en cours…",
  "playground.summaryNone": "Aucun passage signalé.",
  "playground.summaryOne": "1 passage signalé.",
  "playground.summaryMany": "{count} passages signalés.",

  "options.title": "Options de Garde-fou",
  "options.saved": "Enregistré.",
  "options.saveFailed": "Échec de l'enregistrement : {reason}",
  "options.ruleSetsHeading": "Familles de règles",
  "options.ruleSetsIntro": "Décochez une famille pour ne plus recevoir ses avertissements. Le changement s'applique aussitôt dans les onglets ouverts.",
  "options.sitesHeading": "Sites",
  "options.sitesIntro": "Garde-fou lit la zone de rédaction des sites cochés.",
  "options.customSitesHeading": "Autres sites activés",
  "options.customSitesNone": "Aucun. Pour activer Garde-fou sur un autre site, ouvrez-le puis cliquez sur le bouton de Garde-fou dans la barre d'outils.",
  "options.removeCustomSite": "Retirer {origin}",
  "options.languageHeading": "Langue de l'interface",
  "options.languageAuto": "Automatique (langue du navigateur)",
  "options.disclaimersHeading": "Mentions d'information générale",
  "options.disclaimersIntro": "Le texte que Garde-fou propose d'ajouter quand un conseil clinique n'en a pas.",
  "options.disclaimerFr": "En français",
  "options.disclaimerEn": "En anglais",
  "options.disclaimerShortFr": "Forme courte pour X, en français (140 caractères au plus)",
  "options.disclaimerShortEn": "Forme courte pour X, en anglais (140 caractères au plus)",
  "options.listsHeading": "Vos listes",
  "options.allowlist": "Ne jamais signaler : noms de collègues, nom de votre clinique (un par ligne)",
  "options.alwaysFlag": "Toujours signaler : unités de votre hôpital, noms de lieux propres à votre milieu (un par ligne)",
  "options.gateHeading": "Vérification au moment de publier",
  "options.gateEnabled": "Quand je publie un brouillon qui contient encore des erreurs ou des avertissements, me les montrer d'abord",
  "options.gateSitesIntro": "Sur ces sites :",
  "options.gateStopOnWarnings": "M'arrêter aussi sur les avertissements, pas seulement sur les erreurs",
  "options.gateStopOnWarningsHint": "Par exemple une posologie sans mention d'information générale, ou une affirmation contraire au consensus médical.",
  "options.allowlistHint": "Écrivez chaque nom au complet, tel que vous l'écrivez dans vos publications (« Dre Julie Tremblay »). Un nom précédé de Mme ou M. dans le récit d'un patient est toujours signalé.",
  "options.surnameWarning": "« {entry} » est un nom de famille courant : écrivez plutôt le nom complet de la personne (par exemple « Dre Julie {entry} »), car seul, il ferait taire ce nom aussi quand il désigne un patient.",
  "options.offHeading": "Ce que vous avez désactivé",
  "options.disabledRulesHeading": "Règles désactivées",
  "options.disabledRulesNone": "Aucune règle désactivée.",
  "options.turnBackOn": "Réactiver",
  "options.enableRuleLabel": "Réactiver la règle {rule}",
  "options.ignoredHeading": "Passages ignorés dans les brouillons ouverts",
  "options.ignoredIntro": "« Ignorer ici » vaut pour le brouillon en cours seulement ; rien n'en est enregistré.",
  "options.ignoredNone": "Aucun passage ignoré dans les onglets ouverts.",
  "options.unignoreLabel": "Signaler de nouveau « {excerpt} »",
  "options.dataHeading": "Sauvegarde des réglages",
  "options.export": "Exporter les réglages (JSON)",
  "options.import": "Importer des réglages (JSON)",
  "options.importDone": "Réglages importés.",
  "options.importRefused": "Fichier refusé, rien n'a changé : {reason}",
  "options.importNotJson": "ce n'est pas un fichier JSON valide",
  "options.importTooLarge": "le fichier est trop volumineux",
  "options.importNotObject": "le fichier ne contient pas un objet de réglages",
  "options.importNoVersion": "le champ « version » manque ; ce n'est pas un fichier exporté par Garde-fou",
  "options.importNewer": "réglages d'une version plus récente de Garde-fou (version {version})",
  "options.importUnknownField": "champ inconnu « {field} »",
  "options.importInvalid": "valeur invalide pour « {field} » ({detail})",
  "options.resetHeading": "Réglages par défaut",
  "options.reset": "Rétablir les réglages par défaut…",
  "options.resetConfirmTitle": "Rétablir les réglages par défaut ?",
  "options.resetConfirmText": "Familles de règles, sites, langue, mentions, listes et vérification au moment de publier reviennent à leurs valeurs d'origine. Exportez d'abord vos réglages pour les garder.",
  "options.resetConfirm": "Rétablir",
  "options.cancel": "Annuler",
  "options.resetDone": "Réglages par défaut rétablis.",
  "options.privacyHeading": "Confidentialité",
  "options.privacyText": "Rien ne quitte votre navigateur. Vos brouillons sont analysés par le code de l'extension, sur votre ordinateur : Garde-fou n'envoie aucune requête, ne conserve aucun texte de brouillon et ne tient aucun journal. Seuls ces réglages sont enregistrés, par le navigateur (et synchronisés avec votre compte si la synchronisation du navigateur est activée).",
  "options.diagnosticsHeading": "Diagnostic",
  "options.ruleErrorsNone": "Aucune règle n'a échoué pendant cette session.",
  "options.ruleErrorsSome": "Ces règles ont échoué sur un brouillon (les autres ont continué de signaler) :",
  "options.diagnosticsOk": "Réglages lus sans problème (format {version}).",
  "options.diagnosticsRepaired": "Les réglages enregistrés étaient illisibles en tout ou en partie ; les valeurs par défaut ont été rétablies là où il le fallait. Détail :",
  "options.extensionVersion": "Garde-fou {version}",
  "options.openPlayground": "Essayer Garde-fou sur des exemples",
};

export type MessageKey = keyof typeof fr;

const en: Record<MessageKey, string> = {
  appName: "Garde-fou",
  tagline: "Before you publish: what would break your professional duties.",
  privacyShort: "Your draft is analysed in the browser; nothing leaves it.",

  "severity.error": "Error",
  "severity.warning": "Warning",
  "severity.info": "Tip",

  "category.patient-privacy": "Patient privacy",
  "category.clinical-advice": "Clinical advice",
  "category.medical-consensus": "Medical consensus",
  "category.therapeutic-relationship": "Therapeutic relationship",
  "category.advertising": "Advertising",
  "category.professionalism": "Professionalism",

  "ruleSet.privacy": "Privacy",
  "ruleSet.privacy.description": "Names, numbers, dates, places and details that let someone recognise a patient.",
  "ruleSet.clinical-advice": "Clinical advice",
  "ruleSet.clinical-advice.description": "Personal advice, doses or diagnoses given without a general-information notice.",
  "ruleSet.consensus": "Medical consensus",
  "ruleSet.consensus.description": "Claims that depart from current scientific evidence without saying so.",
  "ruleSet.relationship": "Therapeutic relationship",
  "ruleSet.relationship.description": "Online consultations, friendships with patients, conflicts of interest.",
  "ruleSet.advertising": "Advertising",
  "ruleSet.advertising.description": "Guaranteed results, testimonials, superlatives, discounts and prices without their conditions.",
  "ruleSet.professionalism": "Professionalism",
  "ruleSet.professionalism.description": "Mocking patients or colleagues, remarks that harm the dignity of the profession.",

  "reference.code": "Code of ethics of physicians, {article}",
  "reference.cp": "Professional Code, s. {article}",

  "popup.title": "Pre-publish check",
  "popup.loading": "Loading…",
  "popup.noTab": "No active tab to check.",
  "popup.ready": "Ready to publish",
  "popup.readyDetail": "No error remains and every check is ticked.",
  "popup.notReady": "Not ready to publish yet",
  "popup.errorsOne": "1 error to fix",
  "popup.errorsMany": "{count} errors to fix",
  "popup.checksOne": "1 check to tick",
  "popup.checksMany": "{count} checks to tick",
  "popup.findingsHeading": "What Garde-fou found",
  "popup.noFindings": "Nothing to flag in this draft.",
  "popup.categoryCount": "{label} ({count})",
  "popup.recommendation": "The report's recommendation",
  "popup.showInPage": "Show in the page",
  "popup.showInPageLabel": "Show in the page: {message}",
  "popup.showInPageFailed": "The page did not answer: reload it, then try again.",
  "popup.showInPageMissing": "This passage is no longer in the draft: it changed since the analysis.",
  "popup.manualHeading": "Check it yourself",
  "popup.manualIntro": "No tool can check these: tick them for this draft.",
  "popup.mediaAlert": "An image or video is attached: get the consent of everyone who appears in it before you publish.",
  "popup.untickAll": "Untick all",
  "popup.noComposerTitle": "No compose box",
  "popup.noComposerText": "Garde-fou is on for this page but sees no compose box. Click in the box where you write your post, then open this panel again.",
  "popup.siteOffTitle": "Garde-fou is off on {site}",
  "popup.siteOffText": "You turned it off in the options. Turn it back on to check your drafts on this site.",
  "popup.turnOnSite": "Turn on for {site}",
  "popup.notActiveTitle": "Garde-fou is not on for this site",
  "popup.notActiveText": "You can turn it on for {origin}. The browser will ask your permission to read this site's pages; the analysis stays in the browser.",
  "popup.turnOnOrigin": "Turn on for {origin}",
  "popup.unsupportedPage": "Garde-fou cannot read this page (a browser page, a local file or an extension store).",
  "popup.unknownPage": "Garde-fou is not on for this page. On a site that is not supported, open this panel from the toolbar button to turn it on.",
  "popup.permissionDenied": "Permission refused: nothing changed.",
  "popup.turnedOn": "Turned on. If the compose box is not detected, reload the page.",
  "popup.turnOnFailed": "Could not turn Garde-fou on here: {reason}",
  "popup.openOptions": "Options",
  "popup.openPlayground": "Playground",

  "playground.title": "Try Garde-fou",
  "playground.intro": "Pick a sample or paste your own draft: Garde-fou underlines what would break your professional duties, as it does on Facebook, X, LinkedIn or a blog. Click an underlined passage to read why.",
  "playground.privacy": "Everything happens in your browser: no site permission, no network request, no draft stored.",
  "playground.sampleLabel": "Sample draft",
  "playground.samplesFr": "Drafts in French",
  "playground.samplesEn": "Drafts in English",
  "playground.sampleEmpty": "Empty draft: paste your own",
  "playground.sample.nightShift": "Night-shift story and a dose tip",
  "playground.sample.opinion": "Vaccine opinion and a patient anecdote",
  "playground.sample.clinic": "Clinic ad and an offer of advice by message",
  "playground.sample.clean": "General-information post (no issue)",
  "playground.editorLabel": "Your draft",
  "playground.placeholder": "Write or paste the text of a post here…",
  "playground.shortcuts": "Keyboard: Alt+Shift+N and Alt+Shift+P move between flagged passages; Escape closes the explanation.",
  "playground.publish": "Publish (simulation)",
  "playground.published": "Simulation: nothing was published.",
  "playground.showInDraft": "Show in the draft",
  "playground.showInDraftLabel": "Show in the draft: {message}",
  "playground.waiting": "Analysing…",
  "playground.summaryNone": "Nothing flagged.",
  "playground.summaryOne": "1 passage flagged.",
  "playground.summaryMany": "{count} passages flagged.",

  "options.title": "Garde-fou options",
  "options.saved": "Saved.",
  "options.saveFailed": "Could not save: {reason}",
  "options.ruleSetsHeading": "Rule sets",
  "options.ruleSetsIntro": "Untick a rule set to stop its warnings. The change applies at once in open tabs.",
  "options.sitesHeading": "Sites",
  "options.sitesIntro": "Garde-fou reads the compose box of the ticked sites.",
  "options.customSitesHeading": "Other sites turned on",
  "options.customSitesNone": "None. To turn Garde-fou on for another site, open it and click Garde-fou's toolbar button.",
  "options.removeCustomSite": "Remove {origin}",
  "options.languageHeading": "Interface language",
  "options.languageAuto": "Automatic (browser language)",
  "options.disclaimersHeading": "General-information notices",
  "options.disclaimersIntro": "The text Garde-fou offers to add when clinical advice has none.",
  "options.disclaimerFr": "In French",
  "options.disclaimerEn": "In English",
  "options.disclaimerShortFr": "Short form for X, in French (140 characters at most)",
  "options.disclaimerShortEn": "Short form for X, in English (140 characters at most)",
  "options.listsHeading": "Your lists",
  "options.allowlist": "Never flag: colleagues' names, your clinic's name (one a line)",
  "options.alwaysFlag": "Always flag: your hospital's units, place names specific to your workplace (one a line)",
  "options.gateHeading": "Check when publishing",
  "options.gateEnabled": "When I publish a draft that still has errors or warnings, show them to me first",
  "options.gateSitesIntro": "On these sites:",
  "options.gateStopOnWarnings": "Stop on warnings too, not only on errors",
  "options.gateStopOnWarningsHint": "For example a dose without a general-information notice, or a claim against medical consensus.",
  "options.allowlistHint": "Write each name in full, as you write it in your posts (“Dr Julie Tremblay”). A name after Mrs or Mr in a patient's story is always flagged.",
  "options.surnameWarning": "“{entry}” is a common surname: write the person's full name instead (for example “Dr Julie {entry}”), since alone it would also silence that name where it means a patient.",
  "options.offHeading": "What you turned off",
  "options.disabledRulesHeading": "Turned-off rules",
  "options.disabledRulesNone": "No rule is turned off.",
  "options.turnBackOn": "Turn back on",
  "options.enableRuleLabel": "Turn the rule {rule} back on",
  "options.ignoredHeading": "Passages ignored in open drafts",
  "options.ignoredIntro": "“Ignore here” lasts for the current draft only; nothing of it is stored.",
  "options.ignoredNone": "No passage is ignored in the open tabs.",
  "options.unignoreLabel": "Flag “{excerpt}” again",
  "options.dataHeading": "Back up settings",
  "options.export": "Export settings (JSON)",
  "options.import": "Import settings (JSON)",
  "options.importDone": "Settings imported.",
  "options.importRefused": "File refused, nothing changed: {reason}",
  "options.importNotJson": "it is not a valid JSON file",
  "options.importTooLarge": "the file is too large",
  "options.importNotObject": "the file does not hold a settings object",
  "options.importNoVersion": "the \"version\" field is missing; this is not a file Garde-fou exported",
  "options.importNewer": "settings from a newer version of Garde-fou (version {version})",
  "options.importUnknownField": "unknown field \"{field}\"",
  "options.importInvalid": "invalid value for \"{field}\" ({detail})",
  "options.resetHeading": "Default settings",
  "options.reset": "Restore default settings…",
  "options.resetConfirmTitle": "Restore default settings?",
  "options.resetConfirmText": "Rule sets, sites, language, notices, lists and the publish check go back to their original values. Export your settings first to keep them.",
  "options.resetConfirm": "Restore",
  "options.cancel": "Cancel",
  "options.resetDone": "Default settings restored.",
  "options.privacyHeading": "Privacy",
  "options.privacyText": "Nothing leaves your browser. Your drafts are analysed by the extension's own code, on your computer: Garde-fou sends no request, keeps no draft text and writes no log. Only these settings are stored, by the browser (and synced with your account if browser sync is on).",
  "options.diagnosticsHeading": "Diagnostics",
  "options.ruleErrorsNone": "No rule has failed during this session.",
  "options.ruleErrorsSome": "These rules failed on a draft (the others kept reporting):",
  "options.diagnosticsOk": "Settings read without a problem (format {version}).",
  "options.diagnosticsRepaired": "The stored settings were wholly or partly unreadable; defaults were restored where needed. Details:",
  "options.extensionVersion": "Garde-fou {version}",
  "options.openPlayground": "Try Garde-fou on samples",
};

export const messages: Record<Lang, Record<MessageKey, string>> = { fr, en };

/** Language names are shown in their own language, whatever the UI language. */
export const LANGUAGE_NAMES: Record<Lang, string> = { fr: "Français", en: "English" };

export const SITE_NAMES: Record<SiteId, string> = {
  facebook: "Facebook",
  x: "X (Twitter)",
  linkedin: "LinkedIn",
  wordpress: "WordPress.com",
  medium: "Medium",
  substack: "Substack",
  blogger: "Blogger",
};

/** The UI language: the setting, or the browser's language when "auto" (French for any French
 *  locale, English otherwise — as the content script's in-page UI decides). */
export function resolveLanguage(setting: "auto" | Lang, browserLanguage?: string): Lang {
  if (setting !== "auto") return setting;
  const tag = (browserLanguage ?? globalThis.navigator?.language ?? "fr").toLowerCase();
  return tag.startsWith("fr") ? "fr" : "en";
}

/** The string for `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type Translator = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translator {
  return (key, params) => translate(lang, key, params);
}

export const categoryKey = (c: Category): MessageKey => `category.${c}`;
export const severityKey = (s: Severity): MessageKey => `severity.${s}`;
export const ruleSetKey = (r: RuleSetId): MessageKey => `ruleSet.${r}`;
export const ruleSetDescriptionKey = (r: RuleSetId): MessageKey => `ruleSet.${r}.description`;

/** "art. 20 (5°)" → the Code de déontologie; "CP 59.2" → the Code des professions. */
export function describeArticle(t: Translator, article: string): string {
  return describeArticles(t, [article]);
}

/** A recommendation's articles, one mention a code: "Code de déontologie des médecins, art. 88.0.1, art. 93.2". */
export function describeArticles(t: Translator, articles: readonly string[]): string {
  const code = articles.filter((a) => !/^CP\s/.test(a));
  const cp = articles.filter((a) => /^CP\s/.test(a)).map((a) => a.replace(/^CP\s+/, ""));
  const parts: string[] = [];
  if (code.length) parts.push(t("reference.code", { article: code.join(", ") }));
  if (cp.length) parts.push(t("reference.cp", { article: cp.join(", ") }));
  return parts.join(" · ");
}
