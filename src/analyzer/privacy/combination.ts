// Details that identify a patient together (report, Part 2: indirect identification) read as ONE
// finding a story, listing its parts, rather than one identical warning a detail. The scoring gives
// each story's details one group id (stories.ts): two patients told in two paragraphs give two
// findings. Only the patient-details rule is combined; a name or a hard identifier (person-name,
// RAMQ, file number…) keeps its own finding.
import type { Finding, FindingPart } from "../types.js";

export const COMBINED_RULE = "privacy/patient-details";

const RANK = { info: 0, warning: 1, error: 2 } as const;

/**
 * `findings` sorted by offset. Returns the same findings with each story's patient-details
 * findings (one group id) folded into the first of them:
 * its `start`/`end` stay the first detail's (consumers that know nothing of parts underline
 * that), `parts` lists every detail with its own fix, and the finding's own fix is dropped (it
 * would fix one part only). A story with a single detail keeps it as a plain finding.
 */
export function combineDetails(findings: readonly Finding[], text: string): Finding[] {
  const stories = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.ruleId !== COMBINED_RULE) continue;
    const story = f.group ?? "";
    const list = stories.get(story);
    if (list) list.push(f);
    else stories.set(story, [f]);
  }
  let grouped = false;
  for (const list of stories.values()) if (list.length > 1) grouped = true;
  if (!grouped) return [...findings];
  const combined = new Map<Finding, Finding | null>();
  for (const list of stories.values()) {
    if (list.length < 2) continue;
    const first = list[0] as Finding;
    const parts: FindingPart[] = list.map((f) => {
      const part: FindingPart = { start: f.start, end: f.end, text: text.slice(f.start, f.end) };
      if (f.fix) part.fix = f.fix;
      return part;
    });
    const one: Finding = { ...first, parts };
    delete one.fix;
    for (const f of list) if (RANK[f.severity] > RANK[one.severity]) one.severity = f.severity;
    if (first.trace) one.trace = [...new Set(list.flatMap((f) => f.trace ?? []))];
    combined.set(first, one);
    for (const f of list.slice(1)) combined.set(f, null);
  }
  const out: Finding[] = [];
  for (const f of findings) {
    const c = combined.get(f);
    if (c === undefined) out.push(f);
    else if (c !== null) out.push(c);
  }
  return out;
}

