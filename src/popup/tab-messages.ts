// Messages from the popup to the content script of a tab (src/shared/tab-protocol.ts), checked
// with the same zod schemas; a tab without our content script rejects, and that is an answer too.
import browser from "webextension-polyfill";
import { replySchema } from "../shared/protocol.js";
import { tabProtocol, type TabMessageType, type TabRequest, type TabResponse } from "../shared/tab-protocol.js";

const TIMEOUT_MS = 2000;

export async function sendToTab<K extends TabMessageType>(tabId: number, type: K, data: TabRequest<K>): Promise<TabResponse<K>> {
  const request = tabProtocol[type].request.parse(data);
  // A content script that never answers must not leave the popup waiting.
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer to ${type}`)), TIMEOUT_MS));
  const raw = await Promise.race([browser.tabs.sendMessage(tabId, { type, data: request }), timeout]);
  // The content script may answer with the protocol's envelope or with the bare response.
  const envelope = replySchema.safeParse(raw);
  if (envelope.success) {
    if (!envelope.data.ok) throw new Error(envelope.data.error);
    return tabProtocol[type].response.parse(envelope.data.data) as TabResponse<K>;
  }
  return tabProtocol[type].response.parse(raw) as TabResponse<K>;
}
