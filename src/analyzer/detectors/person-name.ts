// Direct identification (Code de déontologie, art. 20): a person's name in a story of care reveals
// that this person consulted. Colleagues ("Dre Tremblay"), public figures and the author's own
// family are not patients and are left alone unless the text says they were treated.
import { z } from "zod";
import { ContextFinder, contextParamsSchema } from "../privacy/context.js";
import { nameHits, patientNames } from "../privacy/patient-names.js";
import { PATIENT_GROUP } from "../privacy/scoring.js";
import { defineDetector } from "./types.js";

const paramsSchema = z.lazy(() =>
  contextParamsSchema
    .unwrap()
    .extend({
      /** How far a bare first name or an English name found by compromise may be from the care
       *  context (paragraphs); titled and introduced names use `reach`. */
      bareNameReach: z.number().int().min(0).max(3).default(1),
    })
    .strict(),
);

export default defineDetector({
  id: "person-name",
  description: "Names of patients (titles, kinship and patient triggers, Quebec gazetteers, compromise for English) within a care context.",
  params: paramsSchema,
  create(params, env) {
    const context = new ContextFinder(params, env);
    return {
      detect(ctx) {
        return nameHits(ctx, context.paragraph(ctx));
      },
      finalize(_document, hits) {
        return patientNames(hits, params.reach, params.bareNameReach).map((h) => ({ ...h, severity: "error" as const, group: PATIENT_GROUP }));
      },
    };
  },
});
