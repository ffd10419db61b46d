// Reading and writing settings through the extension's storage (any extension context).
import browser from "webextension-polyfill";
import { parseSettings, settingsSchema, SETTINGS_KEY, type LoadResult, type Settings } from "./settings.js";

export async function loadSettings(): Promise<LoadResult> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return { ...parseSettings(undefined), notice: "settings storage unavailable; defaults used" };
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settingsSchema.parse(settings) });
}

/** Calls `listener` with fresh settings whenever they change in any tab or page. */
export function onSettingsChanged(listener: (result: LoadResult) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === "sync" && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
