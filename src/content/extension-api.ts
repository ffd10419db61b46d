// The content script's extension API without webextension-polyfill: Firefox's `browser` and
// Chrome's `chrome` both return promises in Manifest V3 for what the page uses (sendMessage,
// storage events, i18n). Only a message listener differs: Chrome ignores a returned promise, so
// the answer goes through sendResponse, which Firefox honours too.
type Api = typeof chrome;

export const ext: Api = (globalThis as { browser?: Api }).browser ?? chrome;

/** Adds a runtime message listener whose promise, when it returns one, is the answer. */
export function onRuntimeMessage(listener: (message: unknown) => Promise<unknown> | undefined): () => void {
  const wrapped = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): boolean => {
    const answer = listener(message);
    if (!answer) return false;
    answer.then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: String((e as Error)?.message ?? e) }));
    return true;
  };
  ext.runtime.onMessage.addListener(wrapped);
  return () => ext.runtime.onMessage.removeListener(wrapped);
}

/** Calls `listener` when a storage change matches `matches` (the stored settings, in any tab or
 *  page; the new value is read through the worker, which validates it). */
export function onStorageChanged(matches: (area: string, keys: readonly string[]) => boolean, listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (matches(area, Object.keys(changes))) listener();
  };
  ext.storage.onChanged.addListener(handler);
  return () => ext.storage.onChanged.removeListener(handler);
}
