// One controller a frame. A second copy of the content script in the same world is a no-op; a copy
// from a reloaded or updated extension (a new world) takes over: it tells the old one to remove
// its overlay. The old one also notices by itself when its extension context is gone.
const GUARD = Symbol.for("garde-fou.controller");
export const TAKEOVER_EVENT = "garde-fou:takeover";

/** True the first time in this world; false when a controller already runs here. */
export function claimWorld(): boolean {
  const g = globalThis as { [GUARD]?: true };
  if (g[GUARD]) return false;
  g[GUARD] = true;
  return true;
}

export function releaseWorld(): void {
  delete (globalThis as { [GUARD]?: true })[GUARD];
}

/** Whether this content script's extension is still loaded (false after a reload or update). */
export function extensionAlive(): boolean {
  try {
    return typeof chrome !== "undefined" && Boolean(chrome.runtime?.id);
  } catch {
    return false;
  }
}

export function isContextInvalidated(error: unknown): boolean {
  return /context invalidated|Receiving end does not exist|Extension context/i.test(String((error as Error)?.message ?? error));
}
