// The spans a finding underlines. Kept apart from the zod schemas (types.ts) so that the content
// script, which carries no zod, can read them.
import type { Finding } from "./types.js";

/** A combination finding's parts, or the finding's own span. */
export function spansOf(f: Pick<Finding, "start" | "end" | "parts">): ReadonlyArray<{ start: number; end: number }> {
  return f.parts && f.parts.length > 0 ? f.parts : [{ start: f.start, end: f.end }];
}
