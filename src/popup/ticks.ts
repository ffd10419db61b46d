// The manual items the user ticked, per tab, in storage.session (ids only, never draft text).
// Ticks belong to one draft: the page's URL and the draft's key (random, held by the content
// script while the draft lives), so a new draft, or a tab that navigates elsewhere, starts a
// fresh checklist, while the same draft keeps them across popup openings.
import { sessionArea } from "../shared/session-area.js";
import { z } from "zod";

const ticksSchema = z.object({ url: z.string(), draft: z.string().max(16).default(""), ids: z.array(z.string().max(100)).max(50) });

export const ticksKey = (tabId: number) => `ticks:${tabId}`;

/** Whose ticks: the page (its URL without the fragment) and the draft's key ("" when the page has none). */
export interface TickOwner {
  url: string | undefined;
  draft: string | undefined;
}

function pageOf(url: string | undefined): string {
  return (url ?? "").split("#")[0] ?? "";
}

export async function loadTicks(tabId: number, owner: TickOwner): Promise<Set<string>> {
  const parsed = ticksSchema.safeParse((await sessionArea().get(ticksKey(tabId)))[ticksKey(tabId)]);
  return parsed.success && parsed.data.url === pageOf(owner.url) && parsed.data.draft === (owner.draft ?? "") ? new Set(parsed.data.ids) : new Set();
}

export async function saveTicks(tabId: number, owner: TickOwner, ids: ReadonlySet<string>): Promise<void> {
  await sessionArea().set({ [ticksKey(tabId)]: { url: pageOf(owner.url), draft: owner.draft ?? "", ids: [...ids] } });
}
