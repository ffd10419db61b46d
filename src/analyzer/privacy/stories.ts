// Which patient story each detail belongs to, and which ordinary details are worth showing. A
// story runs over consecutive paragraphs ("Ma garde d'hier." then the patient, then "Elle habite
// seule…"); a paragraph that introduces a person (a name, an age) while the story already has one
// starts the next story. Each story becomes one combination finding (combination.ts).
import type { DocumentHit } from "../contract.js";

export const PATIENT_GROUP = "patient";

/** Kinds that introduce a person. */
const PERSON_KINDS = new Set(["age"]);

/** The group id of the nth story (0-based): `patient`, then `patient-2`, `patient-3`… */
export function storyGroup(story: number): string {
  return story === 0 ? PATIENT_GROUP : `${PATIENT_GROUP}-${story + 1}`;
}

/** By paragraph index, its story (0-based), for the paragraphs that hold details or names. */
export function storiesOf(details: readonly DocumentHit[], names: readonly DocumentHit[]): Map<number, number> {
  const person = new Set<number>();
  const held = new Set<number>();
  for (const h of details) {
    held.add(h.paragraph);
    if (PERSON_KINDS.has(h.data?.kind ?? "")) person.add(h.paragraph);
  }
  for (const n of names) {
    held.add(n.paragraph);
    person.add(n.paragraph);
  }
  const out = new Map<number, number>();
  let story = 0;
  let hasPerson = false;
  for (const p of [...held].sort((a, b) => a - b)) {
    if (person.has(p) && hasPerson) {
      story++;
      hasPerson = false;
    }
    if (person.has(p)) hasPerson = true;
    out.set(p, story);
  }
  return out;
}

/**
 * The details worth showing. An ordinary one (a `quiet` kind: a morning, a pneumonia) is shown
 * only in a story that also holds a strong one (a detail of another kind, counted or reported, or
 * a named patient), or whose ordinary details alone reach the threshold (a screenshot, a lab value
 * and the morning it came back): otherwise nothing in the story identifies anyone.
 */
export function loudDetails(
  members: readonly DocumentHit[],
  counted: readonly DocumentHit[],
  names: readonly DocumentHit[],
  stories: ReadonlyMap<number, number>,
  options: { quiet: ReadonlySet<string>; weights: Readonly<Record<string, number>>; threshold: number },
): DocumentHit[] {
  const { quiet } = options;
  const strong = new Set<number>();
  const quietWeight = new Map<number, Map<string, number>>();
  for (const h of counted) {
    const story = stories.get(h.paragraph) ?? 0;
    const kind = h.data?.kind ?? "";
    if (!quiet.has(kind)) {
      strong.add(story);
      continue;
    }
    let byKind = quietWeight.get(story);
    if (!byKind) quietWeight.set(story, (byKind = new Map()));
    const w = (options.weights[kind] ?? 1) + Number(h.data?.bonus ?? 0);
    byKind.set(kind, Math.max(byKind.get(kind) ?? 0, w));
  }
  for (const n of names) strong.add(stories.get(n.paragraph) ?? 0);
  for (const [story, byKind] of quietWeight) {
    let sum = 0;
    for (const w of byKind.values()) sum += w;
    if (sum >= options.threshold) strong.add(story);
  }
  return members.filter((h) => !quiet.has(h.data?.kind ?? "") || strong.has(stories.get(h.paragraph) ?? 0));
}
