// The manual items the user ticked, per tab, in storage.session (ids only, never draft text).
// Ticks belong to one page: a tab that navigates elsewhere starts a fresh checklist.
import { sessionArea } from "../shared/session-area.js";
import { z } from "zod";

const ticksSchema = z.object({ url: z.string(), ids: z.array(z.string().max(100)).max(50) });

export const ticksKey = (tabId: number) => `ticks:${tabId}`;


/** Ticks are per page: the URL without its fragment. */
function pageOf(url: string | undefined): string {
  return (url ?? "").split("#")[0] ?? "";
}

export async function loadTicks(tabId: number, url: string | undefined): Promise<Set<string>> {
  const parsed = ticksSchema.safeParse((await sessionArea().get(ticksKey(tabId)))[ticksKey(tabId)]);
  return parsed.success && parsed.data.url === pageOf(url) ? new Set(parsed.data.ids) : new Set();
}

export async function saveTicks(tabId: number, url: string | undefined, ids: ReadonlySet<string>): Promise<void> {
  await sessionArea().set({ [ticksKey(tabId)]: { url: pageOf(url), ids: [...ids] } });
}
