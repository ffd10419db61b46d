// Per-tab draft state (findings, never the draft text), kept in storage.session: it survives the
// worker being stopped, and is gone when the browser closes.
import browser from "webextension-polyfill";
import { tabStateSchema, type TabState } from "../shared/protocol.js";

const key = (tabId: number) => `tab:${tabId}`;

function area(): browser.Storage.StorageArea {
  // Firefox before 115 and some test contexts lack storage.session; fall back to local.
  return (browser.storage as { session?: browser.Storage.StorageArea }).session ?? browser.storage.local;
}

export const tabStates = {
  async get(tabId: number): Promise<TabState | null> {
    const raw = (await area().get(key(tabId)))[key(tabId)];
    const parsed = tabStateSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  },
  async set(tabId: number, state: TabState): Promise<void> {
    await area().set({ [key(tabId)]: state });
  },
  async delete(tabId: number): Promise<void> {
    await area().remove(key(tabId));
  },
};
