// The background service worker: hosts the analyzer off the page's main thread, keeps each tab's
// draft state for the popup, and sets the toolbar badge. State lives in storage.session so that a
// stopped and restarted worker loses nothing.
import browser from "webextension-polyfill";
import { analyze } from "../analyzer/index.js";
import { dispatch, type Handlers, type TabState } from "../shared/protocol.js";
import { tabStates } from "./tab-state.js";
import { recordRuleErrors } from "../shared/rule-errors.js";
import { ticksKey } from "../popup/ticks.js";
import { sessionArea } from "../shared/session-area.js";
import { updateBadge } from "./badge.js";
import { analyzerOptions, type Settings } from "../shared/settings.js";
import { loadSettings, onSettingsChanged, saveSettings } from "../shared/settings-store.js";
import { installCustomSiteListeners } from "./custom-sites.js";

// Settings are read once and kept fresh from storage events; a new worker reads them again.
let settings: Promise<Settings> = loadSettings().then((r) => r.settings);
onSettingsChanged((r) => {
  settings = Promise.resolve(r.settings);
});

const handlers: Handlers = {
  async analyze(data, sender) {
    const options = { ...analyzerOptions(await settings), ...(data.platform ? { platform: data.platform } : {}) };
    const analysis = analyze(data.text, options);
    if (analysis.errors) void recordRuleErrors(analysis.errors);
    if (sender.tabId !== undefined && (sender.frameId ?? 0) === 0) {
      const state: TabState = {
        site: data.site ?? null,
        hasComposer: true,
        hasMedia: data.hasMedia ?? false,
        language: analysis.language,
        findings: analysis.findings,
        updatedAt: Date.now(),
      };
      await tabStates.set(sender.tabId, state);
      await updateBadge(sender.tabId, analysis.findings);
    }
    return analysis;
  },
  async getTabState({ tabId }) {
    return tabStates.get(tabId);
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
  async disableRule({ ruleId }) {
    const fresh = (await loadSettings()).settings;
    if (!fresh.disabledRules.includes(ruleId)) await saveSettings({ ...fresh, disabledRules: [...fresh.disabledRules, ruleId] });
    return { ok: true as const };
  },
};

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  const info = { ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}), ...(sender.frameId !== undefined ? { frameId: sender.frameId } : {}) };
  return dispatch(handlers, message, info);
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
