// The report's recommendations and Code articles for the card, as the worker sends them with each
// analysis (only those its findings cite: the page's script does not carry the whole file). Each
// entry is validated like any other boundary, with the one recommendations schema (zod/mini: the
// page's bundle stays small); a malformed entry is dropped, never the others.
import { recommendationSchema, type Recommendation } from "../../analyzer/rules/recommendation-schema.js";
import type { UiLanguage } from "../../analyzer/types.js";

export interface RecommendationView {
  title: string;
  text: string;
  articles: string[];
  /** Where in the report to read (its parts' French titles). */
  reportSection: string | undefined;
}

const byId = new Map<string, Recommendation>();

/** Keeps the recommendations an analysis reply carried (by id), for the cards to come. */
export function rememberRecommendations(entries: unknown): void {
  if (typeof entries !== "object" || entries === null) return;
  for (const entry of Object.values(entries)) {
    const parsed = recommendationSchema.safeParse(entry);
    if (parsed.success) byId.set(parsed.data.id, parsed.data);
  }
}

export function recommendationFor(id: string, lang: UiLanguage): RecommendationView | null {
  const rec = byId.get(id);
  return rec ? { title: rec.title[lang], text: rec.text[lang], articles: rec.articles, reportSection: rec.reportSection } : null;
}
