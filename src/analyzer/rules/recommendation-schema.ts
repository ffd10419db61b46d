// The format of rules/recommendations.json: the report's recommendations that findings cite. One
// schema for every reader (the rule check, the popup, the card in the page), written with zod/mini
// so that the content script can carry it.
import * as z from "zod/mini";

const localized = z.strictObject({ fr: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

export const recommendationSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  title: localized,
  text: localized,
  /** Where in the report (section title, in French as in the report). */
  reportSection: z.string().check(z.minLength(1)),
  /** Code de déontologie des médecins articles, e.g. "art. 20"; Code des professions as "CP 59.2". */
  articles: z.array(z.string()),
  /** Appears in the report's "À retenir" list (manual checklist items come from these). */
  checklist: z._default(z.boolean(), false),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const recommendationsFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  recommendations: z.array(recommendationSchema).check(z.minLength(1)),
});
