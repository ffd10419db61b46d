// Emoji read in context. The pattern language works on words, but on social media the tone is
// often carried by an emoji: a run of stars under a quote is a review (art. 88.0.1 forbids patient
// testimonials), a laughing face after an ER anecdote is mockery (CP 59.2), a camera next to
// "mid-surgery" is a photo taken during care. This detector finds a run of the listed emoji and
// keeps it only when every context group matches near it (ConText-style, inside the paragraph).
import { z } from "zod";
import type { Pattern } from "../patterns/matcher.js";
import { patternString } from "../rules/schema.js";
import { defineDetector, type Hit, type ParagraphContext } from "./types.js";

const patternList = z.lazy(() => z.array(patternString).min(1));

export const emojiContextParamsSchema = z.lazy(() =>
  z
    .object({
      /** Emoji looked for, each one code point (skin tones, gender signs and VS16 are ignored). */
      emoji: z.array(z.string().min(1).max(4)).min(1),
      /** How many of them must follow one another (5 stars for a rating). */
      minRun: z.number().int().min(1).max(10).default(1),
      /** Groups of patterns: each group must match somewhere in the scope. */
      context: z.array(patternList).default([]),
      /** Where context is looked for: the emoji's sentence and its neighbours, or the whole paragraph. */
      within: z.enum(["near", "paragraph"]).default("near"),
      /** Patterns that cancel the hit anywhere in the paragraph (negation, a meta remark). */
      unless: z.array(patternString).default([]),
      /** Which span the finding covers: the emoji run, or the first context match. */
      span: z.enum(["emoji", "context"]).default("emoji"),
    })
    .strict(),
);
export type EmojiContextParams = z.infer<typeof emojiContextParamsSchema>;

// Modifiers that may sit inside an emoji sequence: ZWJ, VS16, gender signs, skin tones.
const MODIFIER = /^[\u200d\ufe0f\u2640\u2642\u{1f3fb}-\u{1f3ff}]$/u;

interface Run {
  first: number;
  last: number;
}

export default defineDetector({
  id: "emoji-context",
  description: "A run of listed emoji, kept when context patterns match near it.",
  params: emojiContextParamsSchema,
  create(params, env) {
    const wanted = new Set(params.emoji.map((e) => e.replace(/\ufe0f/g, "")));
    const groups: Pattern[][] = params.context.map((g) => g.map((p) => env.pattern(p)));
    const unless: Pattern[] = params.unless.map((p) => env.pattern(p));

    function runs(ctx: ParagraphContext): Run[] {
      const out: Run[] = [];
      let current: Run | null = null;
      let count = 0;
      ctx.tokens.forEach((t, i) => {
        // A VS16 alone is tokenised as an empty word; modifiers continue the run.
        if (current && (t.norm === "" || MODIFIER.test(t.raw))) return;
        if (t.kind === "punct" && wanted.has(t.raw)) {
          if (current) {
            current.last = i;
            count++;
          } else {
            current = { first: i, last: i };
            count = 1;
          }
          return;
        }
        if (current && count >= params.minRun) out.push(current);
        current = null;
        count = 0;
      });
      if (current && count >= params.minRun) out.push(current);
      return out;
    }

    function sentenceOf(ctx: ParagraphContext, token: number): number {
      const i = ctx.sentences.findIndex((s) => token >= s.tokenStart && token < s.tokenEnd);
      return i < 0 ? 0 : i;
    }

    /** First match of a group in the scope's sentences, as a token range. */
    function find(ctx: ParagraphContext, group: Pattern[], from: number, to: number): readonly [number, number] | null {
      for (let si = from; si <= to; si++) {
        const s = ctx.sentences[si];
        if (!s) continue;
        for (const p of group) {
          const [m] = p.findAll(ctx.tokens, s.tokenStart, s.tokenEnd);
          if (m) return m;
        }
      }
      return null;
    }

    return {
      // Emoji are punctuation tokens whose folded form is the emoji itself: a paragraph without any
      // of them cannot match, so the engine skips it on every keystroke.
      triggers: { words: new Set(wanted), prefixes: [], classes: new Set() },
      detect(ctx) {
        const found = runs(ctx);
        if (found.length === 0) return [];
        const last = ctx.sentences.length - 1;
        if (unless.length > 0 && find(ctx, unless, 0, last)) return [];
        const hits: Hit[] = [];
        for (const run of found) {
          const si = sentenceOf(ctx, run.first);
          // An emoji often trails the sentence it comments on, after its full stop.
          const [from, to] = params.within === "paragraph" ? [0, last] : [Math.max(0, si - 1), Math.min(last, si + 1)];
          const matches = groups.map((g) => find(ctx, g, from, to));
          if (matches.some((m) => m === null)) continue;
          const firstEmoji = ctx.tokens[run.first];
          const lastEmoji = ctx.tokens[run.last];
          if (!firstEmoji || !lastEmoji) continue;
          const trace = [`emoji: ${ctx.text.slice(firstEmoji.start, lastEmoji.end)}`];
          let start = firstEmoji.start;
          let end = lastEmoji.end;
          const [context] = matches;
          if (context) {
            const a = ctx.tokens[context[0]];
            const b = ctx.tokens[context[1] - 1];
            if (a && b) {
              trace.push(`context: ${ctx.text.slice(a.start, b.end)}`);
              if (params.span === "context") [start, end] = [a.start, b.end];
            }
          }
          hits.push({ start, end, trace });
        }
        return hits;
      },
    };
  },
});
