// Messages from extension pages (popup, options) to the content script of a tab (tabs.sendMessage).
// Zod-checked on both ends like the background protocol, with zod/mini: the content script loads
// on every page of the supported sites, and the full API would weigh 20 kB gzipped there. Draft
// words travel only in replies to the page that asked, live: nothing here is ever stored.
import * as z from "zod/mini";

// No `new Function` fast path: eval in a page would show in the page's CSP reports.
z.config({ jitless: true });

export const tabProtocol = {
  /** Scroll to, select and open the card of the finding at `index` of the tab's current findings. */
  focusFinding: { request: z.object({ index: z.number().check(z.refine(Number.isSafeInteger), z.minimum(0)) }), response: z.object({ ok: z.boolean() }) },
  /** What the content script sees in the tab. */
  getDraftInfo: {
    request: z.object({}),
    response: z.object({
      site: z.nullable(z.string()),
      hasComposer: z.boolean(),
      hasMedia: z.boolean(),
      enabled: z.boolean(),
      /** The draft's key for the manual ticks: random, held by the page while the draft lives. */
      draft: z.optional(z.string().check(z.maxLength(16))),
    }),
  },
  /** The flagged words of the tab's current findings, in the order of the popup's list. */
  getExcerpts: {
    request: z.object({}),
    response: z.object({ excerpts: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(500)) }),
  },
  /** The passages "Ignore here" hides in the tab's open drafts. */
  listIgnored: {
    request: z.object({}),
    response: z.object({ items: z.array(z.object({ key: z.string().check(z.maxLength(400)), ruleId: z.string().check(z.maxLength(100)), excerpt: z.string().check(z.maxLength(200)) })).check(z.maxLength(500)) }),
  },
  /** Shows an ignored passage again. */
  unignore: { request: z.object({ key: z.string().check(z.maxLength(400)) }), response: z.object({ ok: z.boolean() }) },
} as const;

export type TabProtocol = typeof tabProtocol;
export type TabMessageType = keyof TabProtocol;
export type TabRequest<K extends TabMessageType> = z.infer<TabProtocol[K]["request"]>;
export type TabResponse<K extends TabMessageType> = z.infer<TabProtocol[K]["response"]>;
export const tabEnvelopeSchema = z.object({ type: z.enum(Object.keys(tabProtocol) as [TabMessageType, ...TabMessageType[]]), data: z.unknown() });
