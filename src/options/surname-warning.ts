// A never-flag entry that is one common surname ("Tremblay") reads as a colleague to the user but
// names many patients too: the options page warns and asks for the full name as written.
import { z } from "zod";
import file from "../../rules/gazetteers/surnames.json";

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const SURNAMES = new Set(z.object({ entries: z.array(z.string()) }).parse(file).entries.map(fold));

export function singleSurnames(entries: readonly string[]): string[] {
  return entries.filter((e) => !/\s/.test(e.trim()) && SURNAMES.has(fold(e.trim())));
}
