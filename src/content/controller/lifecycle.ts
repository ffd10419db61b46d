// One controller a frame. A second copy of the content script in the same world is a no-op. A copy
// whose extension was reloaded, updated or removed notices by itself, through the extension's own
// channel only (its port to the worker closes; the liveness check): never through a DOM event,
// which any page script could dispatch to switch it off.
import { CONTENT_PORT } from "../../shared/content-port.js";
import { ext } from "../extension-api.js";

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

/** Keeps a port open to the worker and calls `gone` once the extension is. The port also closes
 *  when an idle worker stops: then it is opened again at the next message (`ensure`), which wakes
 *  the worker anyway, so no tab keeps a worker awake. */
export function watchExtension(gone: () => void): { ensure(): void; close(): void } {
  let port: chrome.runtime.Port | null = null;
  let closed = false;
  const open = () => {
    if (closed || port || !extensionAlive()) return;
    try {
      port = ext.runtime.connect({ name: CONTENT_PORT });
    } catch {
      gone();
      return;
    }
    port.onDisconnect.addListener(() => {
      port = null;
      if (!extensionAlive()) gone();
    });
  };
  open();
  return {
    ensure: open,
    close() {
      closed = true;
      try {
        port?.disconnect();
      } catch {
        // Already gone with the extension.
      }
      port = null;
    },
  };
}
