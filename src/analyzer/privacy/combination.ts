// Details that identify a patient together (report, Part 2: indirect identification) read as ONE
// finding a story, listing its parts, rather than one identical warning a detail. The scoring gives
// each story's details one group id (stories.ts): two patients told in two paragraphs give two
// findings. Only the patient-details rule and the privacy situation model are combined; a name or a hard identifier (person-name,
// RAMQ, file number…) keeps its own finding.
import { spansOf } from "../spans.js";
import type { Finding, FindingPart } from "../types.js";

const SITUATION_RULE = "privacy/situation";
const DETAILS_RULE = "privacy/patient-details";
/** Characters between two details that still belong to one story (about two sentences). */
const STORY_REACH = 200;
/** The rules whose findings of one story (one group id) read as one finding. */
export const COMBINED_RULES: ReadonlySet<string> = new Set([DETAILS_RULE, SITUATION_RULE]);

const RANK = { info: 0, warning: 1, error: 2 } as const;
/** Parts a situation card takes in from quiet details, at most. */
const ABSORB_MAX = 12;

/**
 * `findings` sorted by offset. Returns the same findings with each story's patient-details
 * findings (one group id) folded into one: its `start`/`end` are the story's first detail in the
 * text (consumers that know nothing of parts underline that), `parts` lists every detail in text
 * order with its own fix, and the finding's own fix is dropped (it would fix one part only). A
 * story with a single detail keeps it as a plain finding. The result is sorted by offset again.
 */
export function combineDetails(findings: readonly Finding[], text: string): Finding[] {
  const out = absorbRetold(absorbQuiet(combineStories(findings, text), text), text);
  // A card now starts at its story's first detail, which may come before findings it followed.
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function combineStories(findings: readonly Finding[], text: string): Finding[] {
  const stories = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!COMBINED_RULES.has(f.ruleId)) continue;
    const story = `${f.ruleId} ${f.group ?? ""}`;
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
    // A story's details are listed as the reader meets them, whatever order the rule found them in.
    const one = cardOf(first, parts.sort((a, b) => a.start - b.start));
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


/** A finding's parts, or the finding itself as its one part (with its fix). */
function partsOf(f: Finding, text: string): FindingPart[] {
  return f.parts ?? [{ start: f.start, end: f.end, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix } : {}) }];
}

/** `f` underlining `parts` (in text order): its start and end are the first part's; several parts
 *  are listed, a single one keeps its own fix as the finding's. */
function cardOf(f: Finding, parts: FindingPart[]): Finding {
  const first = parts[0] as FindingPart;
  const one: Finding = { ...f, start: first.start, end: first.end };
  if (parts.length > 1) {
    one.parts = parts;
    delete one.fix;
  } else {
    delete one.parts;
    if (first.fix) one.fix = first.fix;
  }
  return one;
}

/** Characters between part `p` and the nearest of `parts` (0 when they overlap). */
function distanceTo(p: FindingPart, parts: readonly FindingPart[]): number {
  let best = Infinity;
  for (const q of parts) best = Math.min(best, Math.max(q.start - p.end, p.start - q.end, 0));
  return best;
}

/** A story's details that the patient-details rule found too few to warn about (a tip: "mardi",
 *  "une pneumonie", "au sans rendez-vous") join the situation model's card when the model finds
 *  the same story identifying: they are the parts a reader would recognise the person by. */
function absorbQuiet(findings: Finding[], text: string): Finding[] {
  if (!findings.some((f) => f.ruleId === DETAILS_RULE && f.severity === "info")) return findings;
  // Each card's reach (its parts' extent widened by a story's reach), in text order.
  const hosts = findings
    .filter((f) => f.ruleId === SITUATION_RULE && f.severity !== "info")
    .map((f) => {
      const parts = [...partsOf(f, text)];
      let lo = Infinity;
      let hi = -Infinity;
      for (const q of parts) {
        lo = Math.min(lo, q.start);
        hi = Math.max(hi, q.end);
      }
      return { host: f, parts, lo: lo - STORY_REACH, hi: hi + STORY_REACH, grew: false };
    })
    .sort((a, b) => a.lo - b.lo);
  if (hosts.length === 0) return findings;
  const absorbed = new Set<Finding>();
  let h = 0;
  for (const f of findings) {
    if (f.ruleId !== DETAILS_RULE || f.severity !== "info") continue;
    while (h < hosts.length - 1 && (hosts[h] as { hi: number }).hi < f.start) h++;
    // The nearest card whose reach holds the detail: this one or the next.
    const card = [hosts[h], hosts[h + 1]].find((x) => x !== undefined && x.lo <= f.start && f.end <= x.hi && x.parts.length < ABSORB_MAX);
    if (!card) continue;
    for (const p of partsOf(f, text)) {
      const same = card.parts.find((q) => q.start < p.end && p.start < q.end);
      if (!same) card.parts.push(p);
      // The detail's generalisation ("de 97 ans" → "dans la quatre-vingt-dizaine") stays with the part.
      else if (p.fix && !same.fix) card.parts[card.parts.indexOf(same)] = p;
    }
    card.grew = true;
    absorbed.add(f);
  }
  if (absorbed.size === 0) return findings;
  const grown = new Map(hosts.filter((x) => x.grew).map((x) => [x.host, x.parts]));
  const out: Finding[] = [];
  for (const f of findings) {
    if (absorbed.has(f)) continue;
    const parts = grown.get(f);
    if (!parts) {
      out.push(f);
      continue;
    }
    out.push(cardOf(f, parts.sort((a, b) => a.start - b.start)));
  }
  return out;
}

/** A story the situation model tells where the patient-details rule already tells one: each of its
 *  details joins the nearest such card within a story's reach (two cards would tell one story
 *  twice); details already underlined are dropped; the others keep the model's own card. */
function absorbRetold(findings: Finding[], text: string): Finding[] {
  const hosts = findings.filter((f) => f.ruleId === DETAILS_RULE && f.severity !== "info");
  if (hosts.length === 0 || !findings.some((f) => f.ruleId === SITUATION_RULE)) return findings;
  // Copies: a host's own parts stay as they are until its card is rebuilt.
  const grown = new Map<Finding, FindingPart[]>(hosts.map((h) => [h, [...partsOf(h, text)]]));
  const left = new Map<Finding, FindingPart[]>();
  for (const f of findings) {
    if (f.ruleId !== SITUATION_RULE) continue;
    const kept: FindingPart[] = [];
    for (const p of partsOf(f, text)) {
      if ([...grown.values()].some((parts) => parts.some((q) => q.start < p.end && p.start < q.end))) continue;
      let best: { host: Finding; distance: number } | undefined;
      for (const [host, parts] of grown) {
        const distance = distanceTo(p, parts);
        if (distance <= STORY_REACH && (!best || distance < best.distance)) best = { host, distance };
      }
      if (best) (grown.get(best.host) as FindingPart[]).push({ start: p.start, end: p.end, text: p.text });
      else kept.push(p);
    }
    left.set(f, kept);
  }
  const out: Finding[] = [];
  for (const f of findings) {
    const rest = left.get(f);
    if (rest) {
      if (rest.length > 0) out.push(cardOf(f, rest));
      continue;
    }
    const parts = grown.get(f);
    if (!parts || parts.length < 2 || parts.length === partsOf(f, text).length) {
      out.push(f);
      continue;
    }
    out.push(cardOf(f, parts.sort((a, b) => a.start - b.start)));
  }
  return out;
}
