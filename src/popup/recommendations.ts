// The report's recommendations, bundled into the popup (a small JSON file) and validated once.
import file from "../../rules/recommendations.json";
import { recommendationsFileSchema, type Recommendation } from "../analyzer/rules/recommendation-schema.js";

export const recommendations: readonly Recommendation[] = recommendationsFileSchema.parse(file).recommendations;

const byId = new Map(recommendations.map((r) => [r.id, r]));

export function recommendationById(id: string): Recommendation | undefined {
  return byId.get(id);
}

/** The "À retenir" items no analyzer can check: the user ticks them for each draft. */
export const manualItems: readonly Recommendation[] = recommendations.filter((r) => r.checklist);

export const CONSENT_ITEM = "consent-images";
