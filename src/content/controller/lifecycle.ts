// One controller a frame. A second copy of the content script in the same world is a no-op. A copy
// whose extension was reloaded, updated or removed notices by itself, through the extension's own
// channel only (its port to the worker closes, worker-link.ts; the liveness check): never through a
// DOM event, which any page script could dispatch to switch it off.

const GUARD = Symbol.for("garde-fou.controller");

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
