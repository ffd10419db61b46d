// The background's custom-site steps against a fake extension API: install/startup reconcile,
// a turn-on the popup started and could not finish (permissions.onAdded), a revoked permission
// (permissions.onRemoved), idempotence.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { CUSTOM_SITE_SCRIPT, originPattern, scriptIdFor } from "../shared/custom-site-script.js";

type Listener = (...args: unknown[]) => void;
const event = () => {
  const listeners: Listener[] = [];
  return { addListener: (l: Listener) => listeners.push(l), removeListener: () => undefined, fire: (...a: unknown[]) => listeners.forEach((l) => l(...a)) };
};
type Script = { id: string; matches: string[]; js: string[] };

const fake = vi.hoisted(() => ({ state: null as unknown as ReturnType<typeof makeState>, failRegister: false }));
function makeState() {
  return {
    granted: new Set<string>(),
    scripts: [] as Script[],
    executed: [] as Array<{ tabId: number; files: string[] }>,
    tabs: new Map<number, string>(),
    sync: {} as Record<string, unknown>,
    session: {} as Record<string, unknown>,
  };
}

const onChanged = event();
const permissions = { onAdded: event(), onRemoved: event() };
const runtime = { onStartup: event(), onInstalled: event() };

function area(name: "sync" | "session") {
  return {
    async get(keys: string | string[]) {
      return Object.fromEntries((Array.isArray(keys) ? keys : [keys]).filter((k) => k in fake.state[name]).map((k) => [k, structuredClone(fake.state[name][k])]));
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { newValue: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        fake.state[name][k] = structuredClone(v);
        changes[k] = { newValue: structuredClone(v) };
      }
      onChanged.fire(changes, name);
    },
    async remove(key: string) {
      delete fake.state[name][key];
      onChanged.fire({ [key]: { newValue: undefined } }, name);
    },
  };
}

vi.mock("webextension-polyfill", () => ({
  default: {
    storage: { sync: area("sync"), session: area("session"), local: area("session"), onChanged },
    permissions: {
      ...permissions,
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => fake.state.granted.has(o)),
    },
    runtime,
    tabs: { get: async (tabId: number) => ({ id: tabId, url: fake.state.tabs.get(tabId) }) },
    scripting: {
      getRegisteredContentScripts: async (filter?: { ids?: string[] }) => structuredClone(fake.state.scripts.filter((s) => !filter?.ids || filter.ids.includes(s.id))),
      registerContentScripts: async (list: Script[]) => {
        if (fake.failRegister) throw new Error("Could not register: storage failure");
        for (const s of list) {
          if (fake.state.scripts.some((x) => x.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          fake.state.scripts.push({ id: s.id, matches: s.matches, js: s.js });
        }
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        fake.state.scripts = fake.state.scripts.filter((s) => !ids.includes(s.id));
      },
      executeScript: async ({ target, files }: { target: { tabId: number }; files: string[] }) => {
        fake.state.executed.push({ tabId: target.tabId, files });
        return [];
      },
    },
  },
}));

const { installCustomSiteListeners, idle } = await import("./custom-sites.js");
// As the worker does at its start (index.ts): it writes settings itself.
(await import("../shared/settings-store.js")).ownSettingsWrites();
installCustomSiteListeners();

const BLOG = "https://blog.example.org";
const WIKI = "https://wiki.example.ca";
const ours = (origin: string): Script => ({ id: scriptIdFor(origin), matches: [originPattern(origin)], js: [CUSTOM_SITE_SCRIPT] });
// Custom sites are kept on the device (settings-layout.ts); a test may start from the older layout.
const customSites = () =>
  (fake.state.session["settings:device"] as { customSites?: string[] } | undefined)?.customSites ??
  (fake.state.sync.settings as { customSites?: string[] } | undefined)?.customSites ??
  [];

beforeEach(async () => {
  await idle();
  fake.state = makeState();
});

describe("the background keeps custom-site registrations = customSites ∩ granted", () => {
  it("registers the granted custom sites at install, and not the others", async () => {
    fake.state.sync.settings = { version: 1, customSites: [BLOG, WIKI] };
    fake.state.granted.add(originPattern(BLOG));
    runtime.onInstalled.fire({ reason: "update" });
    await idle();
    expect(fake.state.scripts).toEqual([ours(BLOG)]);
  });

  it("replaces a registration of the old loader files at startup and drops an unwanted one", async () => {
    fake.state.sync.settings = { version: 1, customSites: [BLOG] };
    fake.state.granted.add(originPattern(BLOG));
    fake.state.scripts = [{ ...ours(BLOG), js: ["assets/index.ts-loader-abc.js"] }, ours("https://old.example")];
    runtime.onStartup.fire();
    await idle();
    expect(fake.state.scripts).toEqual([ours(BLOG)]);
  });

  it("is idempotent: a second reconcile changes nothing", async () => {
    fake.state.sync.settings = { version: 1, customSites: [BLOG] };
    fake.state.granted.add(originPattern(BLOG));
    runtime.onInstalled.fire({ reason: "install" });
    runtime.onStartup.fire();
    await idle();
    expect(fake.state.scripts).toEqual([ours(BLOG)]);
  });

  it("finishes a turn-on the popup could not (closed during the prompt): settings, registration, the tab", async () => {
    fake.state.sync.settings = { version: 1 };
    fake.state.tabs.set(12, `${BLOG}/admin/new-post`);
    fake.state.session["customSite:pending"] = { origin: BLOG, tabId: 12, requestedAt: Date.now() };
    fake.state.granted.add(originPattern(BLOG));
    permissions.onAdded.fire({ origins: [originPattern(BLOG)], permissions: ["scripting"] });
    await idle();
    expect(customSites()).toEqual([BLOG]);
    expect(fake.state.scripts).toEqual([ours(BLOG)]);
    expect(fake.state.executed).toEqual([{ tabId: 12, files: [CUSTOM_SITE_SCRIPT] }]);
    expect(fake.state.session["customSite:pending"]).toBeUndefined();
  });

  it("takes the pending note even when a step fails, so a later removal is not undone", async () => {
    fake.state.sync.settings = { version: 1 };
    fake.state.tabs.set(12, `${BLOG}/admin/new-post`);
    fake.state.session["customSite:pending"] = { origin: BLOG, tabId: 12, requestedAt: Date.now() };
    fake.state.granted.add(originPattern(BLOG));
    fake.failRegister = true;
    permissions.onAdded.fire({ origins: [originPattern(BLOG)] });
    await idle();
    fake.failRegister = false;
    expect(fake.state.session["customSite:pending"]).toBeUndefined();
    expect(customSites()).toEqual([BLOG]);
    // The user removes the site (options page): it stays removed.
    const { saveSettings, loadSettings } = await import("../shared/settings-store.js");
    await saveSettings({ ...(await loadSettings()).settings, customSites: [] });
    await idle();
    expect(customSites()).toEqual([]);
    expect(fake.state.scripts).toEqual([]);
  });

  it("does not run the script in the tab once it shows another site", async () => {
    fake.state.sync.settings = { version: 1 };
    fake.state.tabs.set(12, "https://www.example.com/");
    fake.state.session["customSite:pending"] = { origin: BLOG, tabId: 12, requestedAt: Date.now() };
    fake.state.granted.add(originPattern(BLOG));
    permissions.onAdded.fire({ origins: [originPattern(BLOG)] });
    await idle();
    expect(fake.state.scripts).toEqual([ours(BLOG)]);
    expect(fake.state.executed).toEqual([]);
  });

  it("ignores a stale or malformed pending note", async () => {
    fake.state.sync.settings = { version: 1 };
    fake.state.granted.add(originPattern(BLOG)).add(originPattern(WIKI));
    fake.state.session["customSite:pending"] = { origin: BLOG, tabId: 12, requestedAt: Date.now() - 24 * 3600_000 };
    permissions.onAdded.fire({ origins: [originPattern(BLOG)] });
    await idle();
    fake.state.session["customSite:pending"] = { origin: "javascript:alert(1)", tabId: -1 };
    permissions.onAdded.fire({ origins: [originPattern(WIKI)] });
    await idle();
    expect(customSites()).toEqual([]);
    expect(fake.state.scripts).toEqual([]);
  });

  it("drops the origin and its registration when its permission is revoked", async () => {
    fake.state.sync.settings = { version: 1, customSites: [BLOG, WIKI] };
    fake.state.granted.add(originPattern(BLOG)).add(originPattern(WIKI));
    runtime.onInstalled.fire({ reason: "install" });
    await idle();
    expect(fake.state.scripts).toHaveLength(2);
    fake.state.granted.delete(originPattern(BLOG));
    permissions.onRemoved.fire({ origins: [originPattern(BLOG)] });
    await idle();
    expect(customSites()).toEqual([WIKI]);
    expect(fake.state.scripts).toEqual([ours(WIKI)]);
  });

  it("follows the settings: an origin removed from customSites (options page, import) is unregistered", async () => {
    fake.state.sync.settings = { version: 1, customSites: [BLOG] };
    fake.state.granted.add(originPattern(BLOG));
    runtime.onInstalled.fire({ reason: "install" });
    await idle();
    const { saveSettings, loadSettings } = await import("../shared/settings-store.js");
    await saveSettings({ ...(await loadSettings()).settings, customSites: [] });
    await idle();
    expect(fake.state.scripts).toEqual([]);
  });
});
