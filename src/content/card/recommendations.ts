// The report's recommendations and Code articles for the card. rules/recommendations.json is
// small (about 11 kB) and has no code, so the content script bundles it instead of asking the
// worker; it is validated here like any other boundary, with the one recommendations schema
// (zod/mini: the page's bundle stays small).
import * as z from "zod/mini";
import raw from "../../../rules/recommendations.json";
import { recommendationSchema, type Recommendation } from "../../analyzer/rules/recommendation-schema.js";
import type { UiLanguage } from "../../analyzer/types.js";

const fileSchema = z.object({ recommendations: z.array(z.unknown()) });

export interface RecommendationView {
  title: string;
  text: string;
  articles: string[];
  /** Where in the report to read (its parts' French titles). */
  reportSection: string | undefined;
}

let byId: Map<string, Recommendation> | null = null;

function table(): Map<string, Recommendation> {
  if (byId) return byId;
  byId = new Map();
  const file = fileSchema.safeParse(raw);
  // One malformed entry must not hide the others.
  for (const entry of file.success ? file.data.recommendations : []) {
    const parsed = recommendationSchema.safeParse(entry);
    if (parsed.success) byId.set(parsed.data.id, parsed.data);
  }
  return byId;
}

export function recommendationFor(id: string, lang: UiLanguage): RecommendationView | null {
  const rec = table().get(id);
  return rec ? { title: rec.title[lang], text: rec.text[lang], articles: rec.articles, reportSection: rec.reportSection } : null;
}
