// The background service worker: hosts the analyzer off the page's main thread, keeps each tab's
// draft state for the popup, and sets the toolbar badge. State lives in storage.session so that a
// stopped and restarted worker loses nothing.
import browser from "webextension-polyfill";
import { analyze, recommendations, ruleIds, type Finding } from "../analyzer/index.js";
import { dispatch, MAX_STORED_FINDINGS, storedFindingSchema, type Handlers, type TabState } from "../shared/protocol.js";
import { tabStates } from "./tab-state.js";
import { recordRuleErrors } from "../shared/rule-errors.js";
import { ticksKey } from "../popup/ticks.js";
import { sessionArea } from "../shared/session-area.js";
import { updateBadge } from "./badge.js";
import { analyzerOptions, type Settings } from "../shared/settings.js";
import { loadSettings, onSettingsChanged, ownSettingsWrites, writeSettings } from "../shared/settings-store.js";
import { installCustomSiteListeners } from "./custom-sites.js";
import { senderKind } from "./sender.js";
import { CONTENT_PORT } from "../shared/content-port.js";
import { portRequests } from "./port-requests.js";

// Settings change here only: pages ask through saveSettings, cards through disableRule.
ownSettingsWrites();
const knownRules = new Set(ruleIds());

// Settings are read once and kept fresh from storage events; a new worker reads them again.
let settings: Promise<Settings> = loadSettings().then((r) => r.settings);
onSettingsChanged((r) => {
  settings = Promise.resolve(r.settings);
});

const handlers: Handlers = {
  async analyze(data, sender) {
    const options = { ...analyzerOptions(await settings), ...(data.platform ? { platform: data.platform } : {}) };
    const analysis = analyze(data.text, options);
    if (analysis.errors) void recordRuleErrors(analysis.errors).catch(() => undefined);
    // The analysis is answered whatever happens to the popup's copy: a storage failure must not
    // leave the page with stale findings and an open gate.
    if (sender.tabId !== undefined && (sender.frameId ?? 0) === 0) {
      await storeTabState(sender.tabId, {
        site: data.site ?? null,
        hasComposer: true,
        hasMedia: data.hasMedia ?? false,
        language: analysis.language,
        findings: [],
        updatedAt: Date.now(),
      }, analysis.findings);
      await updateBadge(sender.tabId, analysis.findings).catch(() => undefined);
    }
    return { ...analysis, recommendations: citedRecommendations(analysis.findings) };
  },
  async getTabState({ tabId }, sender) {
    // The popup's view of a tab: extension pages only, never a content script (nor its page).
    if (sender.kind !== "extension-page") throw new Error("getTabState is for the extension's pages");
    return tabStates.get(tabId);
  },
  async disableRule({ ruleId }, sender) {
    // A content script sends it only after a person's click on "confirm" in its closed shadow
    // root (isTrusted): the page can reach neither that button nor this worker (README, "Privacy and security").
    if (sender.kind === undefined || !knownRules.has(ruleId)) return { ok: false };
    const { settings: current } = await loadSettings();
    if (!current.disabledRules.includes(ruleId)) await writeSettings({ ...current, disabledRules: [...current.disabledRules, ruleId] });
    return { ok: true };
  },
  async saveSettings({ settings: next }, sender) {
    if (sender.kind !== "extension-page") throw new Error("settings are saved from the extension's pages only");
    // Unknown rule ids mean nothing, and keep the synced item within Chrome's 8 KB.
    await writeSettings({ ...next, disabledRules: next.disabledRules.filter((id) => knownRules.has(id)) });
    return { ok: true as const };
  },
  async clearTabState(_data, sender) {
    if (sender.tabId !== undefined) {
      await tabStates.delete(sender.tabId);
      await updateBadge(sender.tabId, []);
    }
    return { ok: true as const };
  },
  ping() {
    return { version: browser.runtime.getManifest().version };
  },
  // Read fresh: a content script asks right after a storage change this worker may not have seen yet.
  async getSettings() {
    return (await loadSettings()).settings;
  },
};

/** Keeps what the popup needs of the findings (storedFindingSchema), at most MAX_STORED_FINDINGS;
 *  when storage refuses even that, drops the tab's state rather than leave a stale one. */
async function storeTabState(tabId: number, base: TabState, findings: readonly Finding[]): Promise<void> {
  const compact = findings.slice(0, MAX_STORED_FINDINGS).map((f) => storedFindingSchema.parse(f));
  const state: TabState = { ...base, findings: compact, ...(findings.length > compact.length ? { total: findings.length } : {}) };
  try {
    await tabStates.set(tabId, state);
  } catch {
    await tabStates.delete(tabId).catch(() => undefined);
  }
}

const self = { id: browser.runtime.id, base: browser.runtime.getURL("") };

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  const kind = senderKind(sender, self);
  if (kind === null) return Promise.resolve({ ok: false, error: "unknown sender" });
  const info = { kind, ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}), ...(sender.frameId !== undefined ? { frameId: sender.frameId } : {}) };
  return dispatch(handlers, message, info);
});

// A content script holds a port open: when this extension is reloaded, updated or removed, the port
// closes in the page's old script, which then removes its overlay (no page-visible event needed).
// Its requests come on that port too (port-requests.ts), from the sender the browser recorded.
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== CONTENT_PORT) {
    port.disconnect();
    return;
  }
  const sender = port.sender;
  const kind = sender ? senderKind(sender, self) : null;
  const info = kind === null ? null : { kind, ...(sender?.tab?.id !== undefined ? { tabId: sender.tab.id } : {}), ...(sender?.frameId !== undefined ? { frameId: sender.frameId } : {}) };
  const serve = info ? portRequests(handlers, info) : null;
  port.onMessage.addListener((message: unknown) => {
    const answer = serve ? serve(message) : null;
    const id = (message as { id?: unknown } | null)?.id;
    if (!answer) {
      if (!serve && typeof id === "number") port.postMessage({ id, reply: { ok: false, error: "unknown sender" } });
      return;
    }
    void answer.then((reply) => {
      try {
        port.postMessage(reply);
      } catch {
        // The page went away meanwhile.
      }
    });
  });
});

browser.tabs.onRemoved.addListener((tabId) => {
  void tabStates.delete(tabId);
  // The popup's manual checklist ticks for that tab (src/popup/ticks.ts) go with it.
  void sessionArea().remove(ticksKey(tabId));
});

// Sites the user turned on: registrations follow permissions and settings (custom-sites.ts).
installCustomSiteListeners();

// Exposed for tests that drive the worker directly (service worker global scope).
(globalThis as { gardeFou?: { analyze: typeof analyze } }).gardeFou = { analyze };

/** The recommendations `findings` cite, by id, in both languages (the card shows them). */
function citedRecommendations(findings: readonly Finding[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (findings.length === 0) return out;
  const ids = new Set(findings.map((f) => f.recommendation));
  for (const r of recommendations()) if (ids.has(r.id)) out[r.id] = r;
  return out;
}
