// The report's recommendations and Code articles for the card, as the worker sends them with each
// analysis (only those its findings cite: the page's script does not carry the whole file). The
// worker takes them from the rules it validated at build time (the one recommendations schema), so
// the page checks only their shape, cheaply; an entry of another shape is dropped, never the others.
import type { Recommendation } from "../../analyzer/rules/recommendation-schema.js";
import type { UiLanguage } from "../../analyzer/types.js";

const isText = (x: unknown): x is string => typeof x === "string";
const isLocalized = (x: unknown): boolean => typeof x === "object" && x !== null && isText((x as { fr?: unknown }).fr) && isText((x as { en?: unknown }).en);

function isRecommendation(x: unknown): x is Recommendation {
  if (typeof x !== "object" || x === null) return false;
  const r = x as Record<string, unknown>;
  return isText(r.id) && isLocalized(r.title) && isLocalized(r.text) && isText(r.reportSection) && Array.isArray(r.articles) && r.articles.every(isText);
}

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
  for (const entry of Object.values(entries)) if (isRecommendation(entry)) byId.set(entry.id, entry);
}

export function recommendationFor(id: string, lang: UiLanguage): RecommendationView | null {
  const rec = byId.get(id);
  return rec ? { title: rec.title[lang], text: rec.text[lang], articles: rec.articles, reportSection: rec.reportSection } : null;
}
