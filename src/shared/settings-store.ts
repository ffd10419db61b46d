// Reading settings (any extension context) and changing them (through the background worker only).
// Where each setting is stored: settings-layout.ts.
import browser from "webextension-polyfill";
import { parseSettings, settingsSchema, type LoadResult, type Settings } from "./settings.js";
import { DEVICE_KEY, DISCLAIMERS_KEY, isSettingsChange, joinStored, splitSettings, SYNC_KEY } from "./settings-layout.js";
import { send } from "./protocol.js";

export async function loadSettings(): Promise<LoadResult> {
  try {
    const [sync, local] = await Promise.all([browser.storage.sync.get([SYNC_KEY, DISCLAIMERS_KEY]), browser.storage.local.get(DEVICE_KEY)]);
    return parseSettings(joinStored(sync[SYNC_KEY], sync[DISCLAIMERS_KEY], local[DEVICE_KEY]));
  } catch {
    return { ...parseSettings(undefined), notice: "settings storage unavailable; defaults used" };
  }
}

/** Writes settings to storage. Only the background worker calls it (its saveSettings and
 *  disableRule handlers); pages ask the worker through saveSettings below. */
export async function writeSettings(settings: Settings): Promise<void> {
  const { sync, disclaimers, device } = splitSettings(settingsSchema.parse(settings));
  await browser.storage.local.set({ [DEVICE_KEY]: device });
  await browser.storage.sync.set({ [SYNC_KEY]: sync, [DISCLAIMERS_KEY]: disclaimers });
}

// In the worker, writeSettings itself (a worker cannot send a message to itself); elsewhere, a
// request the worker checks (its sender must be one of the extension's pages).
let ownWriter: ((settings: Settings) => Promise<void>) | null = null;

/** Called once by the background worker: settings saved in its own context are written directly. */
export function ownSettingsWrites(): void {
  ownWriter = writeSettings;
}

/** Saves settings from an extension page (options, popup) through the background worker. */
export async function saveSettings(settings: Settings): Promise<void> {
  const valid = settingsSchema.parse(settings);
  if (ownWriter) return ownWriter(valid);
  await send({ sendMessage: (m: unknown) => browser.runtime.sendMessage(m) }, "saveSettings", { settings: valid });
}

/** Calls `listener` with fresh settings whenever they change in any tab or page. */
export function onSettingsChanged(listener: (result: LoadResult) => void): () => void {
  let live = true;
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (isSettingsChange(area, Object.keys(changes))) void loadSettings().then((r) => live && listener(r));
  };
  browser.storage.onChanged.addListener(handler);
  return () => {
    live = false;
    browser.storage.onChanged.removeListener(handler);
  };
}
