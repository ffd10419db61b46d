// Grammar of the author's stance that needs no word list: quotation marks, the French reporting
// conditional, and a counterfactual "si"/"if" clause. The health-claim detector reads these next
// to its cue families (negation, reported speech, refutation, endorsement) for every claim rule.
import type { Token } from "../../text/tokenize.js";

const OPENERS: ReadonlySet<string> = new Set(["«", "“", "„"]);
const CLOSERS: ReadonlySet<string> = new Set(["»", "”"]);
const STRAIGHT = '"';

/** Whether token `at` sits inside a quotation opened earlier in the sentence `[from, at)`: the
 *  author quotes the claim ("« La COVID, c'est juste une grippe. »") rather than making it. */
export function insideQuotes(tokens: readonly Token[], from: number, at: number): boolean {
  let open = false;
  let straight = false;
  let single = false;
  for (let i = from; i < at; i++) {
    const n = (tokens[i] as Token).norm;
    if (OPENERS.has(n)) open = true;
    else if (CLOSERS.has(n)) open = false;
    else if (n === STRAIGHT) straight = !straight;
    else if (SINGLE.has(n)) {
      if (!single) single = singleOpens(tokens, i);
      else if (singleCloses(tokens, i)) single = false;
    }
  }
  return open || straight || single;
}

const SINGLE: ReadonlySet<string> = new Set(["'", "‘", "’"]);

/** A single quotation mark opens a quotation ('Raw milk builds immunity') when it stands apart
 *  from the word before and against the word after; a possessive ("parents' fears") does not. */
function singleOpens(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return next !== undefined && next.start === t.end && next.kind !== "punct" && (prev === undefined || prev.end < t.start || prev.kind === "punct");
}

/** …and closes it against the word before. */
function singleCloses(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return prev !== undefined && (prev.end === t.start || prev.kind === "punct") && (next === undefined || next.start > t.end || next.kind === "punct");
}

const SCARE: ReadonlySet<string> = new Set(["'", "‘", "’", '"', "«", "»", "“", "”"]);

/** Whether tokens `[start, end)` stand between quotation marks of their own ("'chronic Lyme'",
 *  « détox »): a named pseudo-diagnosis or remedy the author holds at a distance. */
export function scareQuoted(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  const after = tokens[end];
  return before !== undefined && after !== undefined && SCARE.has(before.norm) && SCARE.has(after.norm);
}

// The French conditional of reported speech ("la 5G donnerait le cancer", "les vaccins
// causeraient…"): endings of the third person. "pourrait" hedges a claim the author makes.
const CONDITIONAL_ENDINGS = ["rait", "raient"];
const NOT_REPORTING: ReadonlySet<string> = new Set(["pourrait", "pourraient", "serait", "seraient", "aurait", "auraient", "faudrait", "voudrait", "devrait", "devraient"]);

/** Whether the relation opens with a verb in the reporting conditional. */
export function reportingConditional(tokens: readonly Token[], relStart: number, relEnd: number): boolean {
  for (let i = relStart; i < relEnd; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") continue;
    if (NOT_REPORTING.has(t.norm)) return false;
    return t.norm.length > 6 && CONDITIONAL_ENDINGS.some((e) => t.norm.endsWith(e));
  }
  return false;
}

const HYPOTHETICAL: ReadonlySet<string> = new Set(["si", "if", "s'il", "s'ils"]);

/** Whether the clause `[from, at)` opens a counterfactual ("Si le curcuma guérissait…",
 *  "If it did…"): the author supposes the claim in order to answer it. */
export function hypotheticalClause(tokens: readonly Token[], from: number, at: number): boolean {
  for (let i = from; i < at; i++) if (HYPOTHETICAL.has((tokens[i] as Token).norm)) return true;
  return false;
}
