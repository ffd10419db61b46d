// Canadian postal codes (A1A 1A1) with Canada Post's letters only: no D, F, I, O, Q or U anywhere,
// and no W or Z in first place. A full code narrows a home to a few dozen doors (Code de
// déontologie, art. 20); a clinic's own code in an announcement is public.
import { z } from "zod";
import { findCue, INSTITUTIONAL, PATIENT, tokenSpan, windowsAt } from "./lib/context.js";
import { defineDetector, NO_PARAMS, type Hit } from "./types.js";

export const POSTAL_CODE = /(?<![\p{L}\p{N}])([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])[ \u00a0-]?(\d[ABCEGHJ-NPRSTV-Z]\d)(?![\p{L}\p{N}])/giu;

const LETTER_DIGIT_LETTER = /\p{L}\d\p{L}/u;

export default defineDetector({
  id: "postal-code",
  description: "Canadian postal codes with valid letters, unless they are a clinic's own in an announcement.",
  params: NO_PARAMS,
  create() {
    const shape = new RegExp(POSTAL_CODE.source, POSTAL_CODE.flags);
    return {
      detect(ctx) {
        const hits: Hit[] = [];
        // A cheap test first: the shape's look-arounds are slow to try at every position.
        if (!LETTER_DIGIT_LETTER.test(ctx.text)) return hits;
        for (const m of ctx.text.matchAll(shape)) {
          const start = m.index;
          const end = start + m[0].length;
          // Lower-case codes are accepted only when written like one ("h2x 1y4"), not a word run.
          const mixed = m[0] !== m[0].toUpperCase() && m[0] !== m[0].toLowerCase();
          if (mixed) continue;
          const [a, b] = tokenSpan(ctx, start, end);
          const w = windowsAt(ctx, a, b);
          const patient = findCue(ctx, ...w.withPrevious, PATIENT);
          const institutional = findCue(ctx, ...w.withPrevious, INSTITUTIONAL);
          if (institutional && !patient) continue; // the clinic's own address
          const trace = [`pattern: postal code «${m[0]}»`, "validator: Canada Post letters ok"];
          if (patient) trace.push(`context: ${patient}`);
          hits.push({ start, end, trace });
        }
        return hits;
      },
    };
  },
});
