// The loop of identifiers that follow their keyword ("dossier no 552190", "IPP : 80012345"): the
// longest keyword at a token, the fillers after it ("n°", ":", "du patient"), then the identifier,
// which the declaration reads and accepts. The hit covers keyword and identifier; its fix keeps the
// keyword ("Son dossier traînait") and removes the number.
import type { Triggers } from "../../patterns/matcher.js";
import type { Token } from "../../text/tokenize.js";
import { defineDetector, NO_PARAMS, type DetectorModule, type Hit, type ParagraphContext } from "../types.js";
import type { CueList } from "./context.js";

/** Where the identifier would be: after keyword `keyword` (tokens [keywordStart, keywordEnd)) and
 *  its fillers, at token `at`. */
export interface KeywordSite {
  ctx: ParagraphContext;
  keyword: string;
  keywordStart: number;
  keywordEnd: number;
  at: number;
  /** Whether fillers stand between keyword and identifier. */
  filled: boolean;
}

/** The identifier read at a keyword site: its token, its index, and the trace lines. */
export interface KeyedId {
  token: Token;
  index: number;
  trace: string[];
}

export interface KeyedIdentifierDeclaration {
  id: string;
  description: string;
  triggers: Triggers;
  keywords: CueList;
  /** What may stand between keyword and identifier, and how many tokens of it. */
  fillers: ReadonlySet<string>;
  maxFillers: number;
  /** The identifier at the site, or null (not an identifier, or not this keyword's). */
  read(site: KeywordSite): KeyedId | null;
}

export function defineKeyedIdentifier(d: KeyedIdentifierDeclaration): DetectorModule<Record<string, never>> {
  return defineDetector({
    id: d.id,
    description: d.description,
    params: NO_PARAMS,
    create() {
      return { triggers: d.triggers, detect: (ctx) => recognizeKeyed(d, ctx) };
    },
  });
}

export function recognizeKeyed(d: KeyedIdentifierDeclaration, ctx: ParagraphContext): Hit[] {
  const hits: Hit[] = [];
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const keyword = d.keywords.longestAt(ctx, i);
    if (!keyword) continue;
    const kwEnd = i + keyword.words.length;
    let j = kwEnd;
    while (j < tokens.length && j - kwEnd < d.maxFillers && d.fillers.has((tokens[j] as Token).norm)) j++;
    const found = d.read({ ctx, keyword: keyword.text, keywordStart: i, keywordEnd: kwEnd, at: j, filled: j > kwEnd });
    if (!found) continue;
    const start = (tokens[i] as Token).start;
    hits.push({ start, end: found.token.end, trace: found.trace, fix: { replacement: ctx.text.slice(start, (tokens[kwEnd - 1] as Token).end) } });
    i = found.index;
  }
  return hits;
}
