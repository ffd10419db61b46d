// The cue families a claim rule reads its stance with, compiled once per rule.
import type { Pattern } from "../../patterns/matcher.js";
import type { CompileEnv } from "../types.js";
import type { CueNames } from "./params.js";

export type ClaimCues = Readonly<Record<keyof CueNames, Pattern>>;

export function compileCues(names: CueNames, env: CompileEnv): ClaimCues {
  const cue = (name: string) => env.pattern(`@${name}`);
  return {
    negation: cue(names.negation),
    pseudoNegation: cue(names.pseudoNegation),
    terminator: cue(names.terminator),
    debunk: cue(names.debunk),
    refutation: cue(names.refutation),
    answer: cue(names.answer),
    reported: cue(names.reported),
    question: cue(names.question),
    anaphor: cue(names.anaphor),
    heading: cue(names.heading),
    endorsement: cue(names.endorsement),
    research: cue(names.research),
    assertive: cue(names.assertive),
    irony: cue(names.irony),
  };
}
