// Where each setting is stored. Chrome refuses a storage.sync item over 8 KB (QUOTA_BYTES_PER_ITEM)
// and 100 KB in all, while the schema accepts lists far longer: the lists (allowlist, always-flag
// terms, custom sites, sites where the gate is off) stay on this device in storage.local; the
// choices that follow the physician (rule sets, turned-off rules, sites, language, gate on or off)
// and the disclaimers sync, each group in its own item small enough for Chrome's quota.
import type { Settings } from "./settings.js";

/** storage.sync: everything but the disclaimers and the device's lists. */
export const SYNC_KEY = "settings";
/** storage.sync: the four disclaimer texts (up to 1,280 characters; 7.7 KB as JSON at worst). */
export const DISCLAIMERS_KEY = "settings:disclaimers";
/** storage.local: the lists kept on this device. */
export const DEVICE_KEY = "settings:device";

/** Whether a storage change touches the stored settings (any of their three items). */
export function isSettingsChange(area: string, keys: readonly string[]): boolean {
  if (area === "local") return keys.includes(DEVICE_KEY);
  return area === "sync" && (keys.includes(SYNC_KEY) || keys.includes(DISCLAIMERS_KEY));
}

/** The settings the options page says sync with the browser account, and those kept here. */
export const SYNCED_FIELDS = ["ruleSets", "disabledRules", "sites", "uiLanguage", "disclaimers", "gate.enabled", "gate.stopOnWarnings"] as const;
export const DEVICE_FIELDS = ["allowlist", "alwaysFlag", "customSites", "gate.disabledSites"] as const;

export interface StoredLayout {
  sync: Record<string, unknown>;
  disclaimers: unknown;
  device: Record<string, unknown>;
}

/** Splits valid settings into the three stored items. */
export function splitSettings(s: Settings): StoredLayout {
  const { allowlist, alwaysFlag, customSites, disclaimers, gate, ...rest } = s;
  return {
    sync: { ...rest, gate: { enabled: gate.enabled, stopOnWarnings: gate.stopOnWarnings } },
    disclaimers,
    device: { allowlist, alwaysFlag, customSites, gateDisabledSites: gate.disabledSites },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Joins what storage holds back into one raw settings object (parseSettings validates it). Settings
 *  saved before the split hold every field in the sync item: a field found in its own item wins. */
export function joinStored(sync: unknown, disclaimers: unknown, device: unknown): unknown {
  if (sync === undefined && disclaimers === undefined && device === undefined) return undefined;
  if (sync !== undefined && !isObject(sync)) return sync;
  const out: Record<string, unknown> = { ...(sync ?? {}) };
  if (disclaimers !== undefined) out.disclaimers = disclaimers;
  if (isObject(device)) {
    for (const key of ["allowlist", "alwaysFlag", "customSites"] as const) if (key in device) out[key] = device[key];
    if ("gateDisabledSites" in device) out.gate = { ...(isObject(out.gate) ? out.gate : {}), disabledSites: device.gateDisabledSites };
  }
  return out;
}

/** Chrome's measure of an item against QUOTA_BYTES_PER_ITEM: its key and its JSON, in UTF-8 bytes. */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
