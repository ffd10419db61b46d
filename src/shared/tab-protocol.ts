// Messages from extension pages (popup) to the content script of a tab (tabs.sendMessage).
// Zod-checked on both ends like the background protocol, with zod/mini: the content script loads
// on every page of the supported sites, and the full API would weigh 20 kB gzipped there.
import * as z from "zod/mini";

// No `new Function` fast path: eval in a page would show in the page's CSP reports.
z.config({ jitless: true });

export const tabProtocol = {
  /** Scroll to, select and open the card of the finding at `index` of the tab's current findings. */
  focusFinding: { request: z.object({ index: z.int().check(z.minimum(0)) }), response: z.object({ ok: z.boolean() }) },
  /** What the content script sees in the tab. */
  getDraftInfo: {
    request: z.object({}),
    response: z.object({ site: z.nullable(z.string()), hasComposer: z.boolean(), hasMedia: z.boolean(), enabled: z.boolean() }),
  },
} as const;

export type TabProtocol = typeof tabProtocol;
export type TabMessageType = keyof TabProtocol;
export type TabRequest<K extends TabMessageType> = z.infer<TabProtocol[K]["request"]>;
export type TabResponse<K extends TabMessageType> = z.infer<TabProtocol[K]["response"]>;
export const tabEnvelopeSchema = z.object({ type: z.enum(Object.keys(tabProtocol) as [TabMessageType, ...TabMessageType[]]), data: z.unknown() });
