// Scores a patient's quasi-identifiers at document level (report, Part 2; issue 3): one detail
// alone is a tip; two or more, or one with a rare disease or a unique event, are a warning. Every
// detail keeps its own span and the details of one story share a group id (stories.ts), so that
// they read as one finding: "these details together could identify the patient".
import type { DocumentContext, DocumentHit } from "../contract.js";
import type { Severity } from "../types.js";
import { startsSentence } from "../text/segment.js";
import { paragraphsInReach } from "./context.js";
import { loudDetails, PATIENT_GROUP, storiesOf, storyGroup } from "./stories.js";

export interface DetailData {
  kind: string;
  fixFr?: string;
  fixEn?: string;
  bonus?: number;
  /** Counted, not reported (another rule reports it). */
  hidden?: boolean;
}

/** Kinds that only carry information between detect and finalize. */
const BOOKKEEPING = new Set(["context", "doctor", "name"]);

export interface ScoreOptions {
  reach: number;
  weights: Readonly<Record<string, number>>;
  threshold: number;
  /** Kinds reported only when the story is a warning. */
  quiet?: ReadonlySet<string>;
}

export { PATIENT_GROUP };

/** A draft that says its case is invented or a composite tells of no real patient. */
export const FICTIONAL_SIGNAL = "privacy/fictional";

export function scorePatientDetails(document: DocumentContext, hits: readonly DocumentHit[], names: readonly DocumentHit[], options: ScoreOptions): DocumentHit[] {
  if (document.signals.has(FICTIONAL_SIGNAL)) return [];
  const contextParagraphs = new Set<number>();
  for (const h of hits) if (h.data?.kind === "context") contextParagraphs.add(h.paragraph);
  if (contextParagraphs.size === 0) return [];
  const inReach = paragraphsInReach(contextParagraphs, options.reach);
  const counted = hits.filter((h) => h.data?.kind !== undefined && !BOOKKEEPING.has(h.data.kind) && inReach.has(h.paragraph));
  const members = counted.filter((h) => h.data?.hidden !== "1");
  if (members.length === 0) return [];
  // Each kind counts once, at its heaviest (two mentions of the night of the visit are one detail).
  const byKind = new Map<string, number>();
  for (const h of counted) {
    const kind = h.data?.kind as string;
    const w = (options.weights[kind] ?? 1) + Number(h.data?.bonus ?? 0);
    byKind.set(kind, Math.max(byKind.get(kind) ?? 0, w));
  }
  // A named patient (reported by person-name as an error) makes the rest of the story identifying.
  if (names.length > 0) byKind.set("name", options.weights.name ?? 2);
  let score = 0;
  for (const w of byKind.values()) score += w;
  const severity: Severity = score >= options.threshold ? "warning" : "info";
  const summary = `patient story: ${[...byKind].map(([k, w]) => `${k}=${w}`).join(", ")}; score ${score} (warning from ${options.threshold})`;
  const lang = document.lang === "en" ? "en" : "fr";
  const stories = storiesOf(counted, names);
  const quiet = options.quiet;
  const shown = quiet !== undefined && quiet.size > 0 ? loudDetails(members, counted, names, stories, { quiet, weights: options.weights, threshold: options.threshold }) : members;
  return shown.map((h) => {
    const out: DocumentHit = { ...h, severity, group: storyGroup(stories.get(h.paragraph) ?? 0), trace: [...h.trace, summary] };
    const replacement = lang === "en" ? h.data?.fixEn : h.data?.fixFr;
    if (replacement !== undefined) out.fix = { replacement: matchCase(document.text, h.start, replacement) };
    return out;
  });
}

/** Capitalises a replacement that opens a sentence ("Hier soir" → "Récemment"), and only then:
 *  "Friday's arrest" mid-sentence becomes "recently", not "Recently". */
function matchCase(text: string, at: number, replacement: string): string {
  if (replacement === "" || !startsSentence(text, at)) return replacement;
  return replacement.charAt(0).toUpperCase() + replacement.slice(1);
}
