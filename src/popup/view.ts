// Decides what the popup shows for a tab: the checklist, or why there is none and what to do.
import browser from "webextension-polyfill";
import { send, type TabState } from "../shared/protocol.js";
import type { Settings, SiteId } from "../shared/settings.js";
import { hasOriginPermission } from "../shared/ui/custom-sites.js";
import { enableableOrigin, siteOfUrl } from "./site-of-url.js";
import { sendToTab } from "./tab-messages.js";

export type View =
  | { kind: "checklist"; state: TabState }
  | { kind: "no-composer" }
  | { kind: "site-off"; site: SiteId }
  | { kind: "not-active"; origin: string }
  | { kind: "unsupported-page" }
  | { kind: "unknown-page" };

export const transport = { sendMessage: (m: unknown) => browser.runtime.sendMessage(m) };

/** The tab to check: `?tabId=N` (tests, or a popup opened in a tab), else the active tab. */
export async function targetTab(search: string): Promise<{ id: number; url: string | undefined } | null> {
  const param = new URLSearchParams(search).get("tabId");
  if (param !== null && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param));
    return tab.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

export async function decideView(tabId: number, url: string | undefined, settings: Settings): Promise<View> {
  const site = url ? siteOfUrl(url) : null;
  if (site && !settings.sites[site]) return { kind: "site-off", site };
  const state = await send(transport, "getTabState", { tabId }).catch(() => null);
  if (state?.hasComposer) return { kind: "checklist", state };
  const info = await sendToTab(tabId, "getDraftInfo", {}).catch(() => null);
  if (info) {
    if (!info.enabled && site) return { kind: "site-off", site };
    if (info.enabled) return { kind: "no-composer" };
  }
  if (site) return { kind: "no-composer" };
  // Without the "tabs" permission the URL of a page we have no access to is hidden.
  if (!url) return { kind: "unknown-page" };
  const origin = enableableOrigin(url);
  if (!origin) return { kind: "unsupported-page" };
  if (settings.customSites.includes(origin) && (await hasOriginPermission(origin))) return { kind: "no-composer" };
  return { kind: "not-active", origin };
}

/** The playground page: vite.config.ts builds it as an extra page (no manifest key names it). */
export function playgroundUrl(): string | null {
  return browser.runtime.getURL("src/playground/index.html");
}
