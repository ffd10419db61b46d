// A phrase rule's warning in a passage the situation model finds very unlikely for its category is
// shown as a tip (info) instead: a quoted myth followed by its correction, a colleague's name in a
// thank-you. Errors, identifiers and the situation rules themselves are never demoted. The levels
// are the model file's `demoteBelow`, one a category (0: never).
import type { DocumentParagraph } from "../contract.js";
import type { Finding } from "../types.js";
import { situationModel, type SituationModel } from "./model.js";
import { situationReading, type SituationWindow } from "./windows.js";

export function demoteUnlikely(
  findings: Finding[],
  paragraphs: () => readonly DocumentParagraph[],
  isDemotable: (ruleId: string) => boolean,
  model: SituationModel = situationModel(),
): void {
  let windows: readonly SituationWindow[] | undefined;
  for (const f of findings) {
    if (f.severity !== "warning" || !isDemotable(f.ruleId)) continue;
    const c = model.indexOf(f.category);
    const level = model.demoteBelow[c] ?? 0;
    if (level <= 0) continue;
    windows ??= situationReading(paragraphs(), model).windows;
    const w = windows.find((x) => f.start < x.end) ?? windows[windows.length - 1];
    const probability = w ? (w.probabilities[c] as number) : 1;
    if (probability >= level) continue;
    f.severity = "info";
    f.trace?.push(`shown as a tip: situation model ${probability.toFixed(2)} < ${level}`);
  }
}
