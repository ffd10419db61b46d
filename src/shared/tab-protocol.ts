// Messages from extension pages (popup, options) to the content script of a tab (tabs.sendMessage).
// Zod-checked on both ends like the background protocol. Draft words travel only in replies to
// the page that asked, live: nothing here is ever stored.
import { z } from "zod";

export const tabProtocol = {
  /** Scroll to, select and open the card of the finding at `index` of the tab's current findings. */
  focusFinding: { request: z.object({ index: z.number().int().nonnegative() }), response: z.object({ ok: z.boolean() }) },
  /** What the content script sees in the tab. */
  getDraftInfo: {
    request: z.object({}),
    response: z.object({ site: z.string().nullable(), hasComposer: z.boolean(), hasMedia: z.boolean(), enabled: z.boolean() }),
  },
  /** The flagged words of the tab's current findings, in the order of the popup's list. */
  getExcerpts: {
    request: z.object({}),
    response: z.object({ excerpts: z.array(z.string().max(200)).max(500) }),
  },
  /** The passages "Ignore here" hides in the tab's open drafts. */
  listIgnored: {
    request: z.object({}),
    response: z.object({ items: z.array(z.object({ key: z.string().max(400), ruleId: z.string().max(100), excerpt: z.string().max(200) })).max(500) }),
  },
  /** Shows an ignored passage again. */
  unignore: { request: z.object({ key: z.string().max(400) }), response: z.object({ ok: z.boolean() }) },
} as const;

export type TabProtocol = typeof tabProtocol;
export type TabMessageType = keyof TabProtocol;
export type TabRequest<K extends TabMessageType> = z.infer<TabProtocol[K]["request"]>;
export type TabResponse<K extends TabMessageType> = z.infer<TabProtocol[K]["response"]>;
export const tabEnvelopeSchema = z.object({ type: z.enum(Object.keys(tabProtocol) as [TabMessageType, ...TabMessageType[]]), data: z.unknown() });
