// Per-tab draft state (findings, never the draft text), kept in storage.session: it survives the
// worker being stopped, and is gone when the browser closes.
import { sessionArea } from "../shared/session-area.js";
import { tabStateSchema, type TabState } from "../shared/protocol.js";

const key = (tabId: number) => `tab:${tabId}`;

export const tabStates = {
  async get(tabId: number): Promise<TabState | null> {
    const raw = (await sessionArea().get(key(tabId)))[key(tabId)];
    const parsed = tabStateSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  },
  async set(tabId: number, state: TabState): Promise<void> {
    await sessionArea().set({ [key(tabId)]: state });
  },
  async delete(tabId: number): Promise<void> {
    await sessionArea().remove(key(tabId));
  },
};
