// Direct identification (Code de déontologie, art. 20): a person's name in a story of care reveals
// that this person consulted. Colleagues ("Dre Tremblay"), public figures and the author's own
// family are not patients and are left alone unless the text says they were treated.
import { z } from "zod";
import { ContextFinder, contextParamsSchema } from "../privacy/context.js";
import { nameHits, patientNames } from "../privacy/patient-names.js";
import { FICTIONAL_SIGNAL, PATIENT_GROUP } from "../privacy/scoring.js";
import { startsSentence } from "../text/segment.js";
import { defineDetector, type DocumentHit } from "./types.js";

const FEMININE_TITLE = /^(?:mme|mmes|mlle|madame|mademoiselle|mrs|ms|miss)\b/iu;
const MASCULINE_TITLE = /^(?:m\.|monsieur|mr|mister)(?=[\s.])/iu;
const POSSESSIVE_END = /['’]s$/u;

/** A titled name's generalisation ("Mme Tremblay" → "une patiente", "Mr. Kent's" → "a patient's"),
 *  capitalised at a sentence start as the name was; none for other names (no title, no gender). */
function titledNameFix(span: string, lang: "fr" | "en"): string | undefined {
  const feminine = FEMININE_TITLE.test(span);
  if (!feminine && !MASCULINE_TITLE.test(span)) return undefined;
  let out = lang === "en" ? "a patient" : feminine ? "une patiente" : "un patient";
  if (lang === "en" && POSSESSIVE_END.test(span)) out += "'s";
  return out;
}

const paramsSchema = z.lazy(() =>
  contextParamsSchema
    .unwrap()
    .extend({
      /** How far a bare first name may be from the care context (paragraphs); titled and
       *  introduced names use `reach`. */
      bareNameReach: z.number().int().min(0).max(3).default(1),
    })
    .strict(),
);

export default defineDetector({
  id: "person-name",
  description: "Names of patients (titles, kinship and patient triggers, initials, name gazetteers) within a care context.",
  params: paramsSchema,
  create(params, env) {
    const context = new ContextFinder(params, env);
    return {
      detect(ctx) {
        return nameHits(ctx, context.paragraph(ctx));
      },
      finalize(document, hits) {
        if (document.signals.has(FICTIONAL_SIGNAL)) return [];
        const lang = document.lang === "en" ? "en" : "fr";
        return patientNames(hits, params.reach, params.bareNameReach).map((h) => {
          const out: DocumentHit = { ...h, severity: "error" as const, group: PATIENT_GROUP };
          const general = titledNameFix(document.text.slice(h.start, h.end), lang);
          const replacement = general !== undefined && startsSentence(document.text, h.start) ? general.charAt(0).toUpperCase() + general.slice(1) : general;
          if (replacement !== undefined) out.fix = { replacement, label: { fr: `Remplacer par « ${replacement} »`, en: `Replace with “${replacement}”` } };
          return out;
        });
      },
    };
  },
});
