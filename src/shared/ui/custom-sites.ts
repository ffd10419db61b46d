// Sites beyond the supported ones: the user grants the optional host permission for one origin
// (and the optional "scripting" permission), then the single-file content script built for them
// (CUSTOM_SITE_SCRIPT, see vite.generic.config.ts) is registered for that origin. The popup and
// the background share these steps: Firefox closes the popup while it shows the permission
// prompt, so whichever side survives the grant finishes (every step is idempotent).
import browser from "webextension-polyfill";
import { z } from "zod";
import { CUSTOM_SITE_SCRIPT, originPattern, scriptIdFor } from "../custom-site-script.js";
import { sessionArea } from "../session-area.js";
import { loadSettings, saveSettings } from "../settings-store.js";

export { CUSTOM_SITE_SCRIPT, originPattern, scriptIdFor, SCRIPT_ID_PREFIX } from "../custom-site-script.js";

// The origin the popup is asking for, written before the prompt opens so that the background can
// finish the job on permissions.onAdded if the popup is gone by then. Ids only, no page content.
export const PENDING_KEY = "customSite:pending";
/** A pending request older than this is stale (the user left the prompt, or it was refused). */
export const PENDING_TTL_MS = 10 * 60_000;

export const pendingSchema = z.object({
  origin: z.string().regex(/^https?:\/\/[^/\s]+$/),
  tabId: z.number().int().nonnegative().optional(),
  requestedAt: z.number(),
});
export type PendingRequest = z.infer<typeof pendingSchema>;

/** The pending request, if any and still fresh; anything else in storage counts as none. */
export async function readPending(now = Date.now()): Promise<PendingRequest | null> {
  try {
    const stored = await sessionArea().get(PENDING_KEY);
    const parsed = pendingSchema.safeParse(stored[PENDING_KEY]);
    return parsed.success && now - parsed.data.requestedAt < PENDING_TTL_MS ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function clearPending(origin: string): Promise<void> {
  // A request for another origin, made since, stays; a stale or unreadable one goes.
  const pending = await readPending();
  if (!pending || pending.origin === origin) await sessionArea().remove(PENDING_KEY);
}

/** Must be called straight from the click handler: permissions.request needs the user gesture,
 *  so nothing is awaited before it (the pending note is written alongside, not before). */
export function requestOriginPermission(origin: string, tabId?: number): Promise<boolean> {
  const pending: PendingRequest = { origin, requestedAt: Date.now(), ...(tabId !== undefined ? { tabId } : {}) };
  const noted = sessionArea().set({ [PENDING_KEY]: pending }).catch(() => undefined);
  const granted = browser.permissions.request({ origins: [originPattern(origin)], permissions: ["scripting"] });
  return Promise.all([granted, noted]).then(([ok]) => ok);
}

export async function hasOriginPermission(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

function scriptingApi(): typeof browser.scripting | undefined {
  // Present only while the optional "scripting" permission is granted.
  return (browser as { scripting?: typeof browser.scripting }).scripting;
}

/** Whether a registration is ours and current: this origin, the single-file script. */
function isCurrent(script: { matches?: string[]; js?: string[] }, origin: string): boolean {
  return script.js?.length === 1 && script.js[0] === CUSTOM_SITE_SCRIPT && script.matches?.length === 1 && script.matches[0] === originPattern(origin);
}

/** Registers the custom-site content script for `origin` (idempotent; a registration left by an
 *  older version, with other files, is replaced). */
export async function registerOrigin(origin: string): Promise<void> {
  const scripting = scriptingApi();
  if (!scripting) throw new Error("the scripting permission is not granted");
  const id = scriptIdFor(origin);
  const [existing] = await scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing && isCurrent(existing, origin)) return;
  if (existing) await scripting.unregisterContentScripts({ ids: [id] });
  try {
    await scripting.registerContentScripts([
      { id, matches: [originPattern(origin)], js: [CUSTOM_SITE_SCRIPT], runAt: "document_idle", allFrames: false, persistAcrossSessions: true },
    ]);
  } catch (e) {
    // The other side (popup or background) registered it meanwhile: that is the wanted state (its
    // registration may not be listed yet, hence the message is trusted too).
    if (/duplicate/i.test(String((e as Error)?.message ?? e))) return;
    const [now] = await scripting.getRegisteredContentScripts({ ids: [id] });
    if (!now || !isCurrent(now, origin)) throw e;
  }
}

/** Runs the custom-site content script once in a tab that is already open, if it still shows
 *  `origin` (a second run in the same page is a no-op: the content script claims its world once). */
export async function runInTab(tabId: number, origin: string): Promise<void> {
  const scripting = scriptingApi();
  if (!scripting) return;
  const tab = await browser.tabs.get(tabId);
  // The tab's URL is visible once its origin is granted; another page now: nothing to do.
  if (!tab.url || !tab.url.startsWith(`${origin}/`)) return;
  await scripting.executeScript({ target: { tabId }, files: [CUSTOM_SITE_SCRIPT] });
}

/** Adds `origin` to settings.customSites unless it is there. */
export async function addCustomSite(origin: string): Promise<void> {
  const { settings } = await loadSettings();
  if (settings.customSites.includes(origin)) return;
  await saveSettings({ ...settings, customSites: [...settings.customSites, origin] });
}

/** Drops `origin` from settings.customSites if it is there. */
export async function dropCustomSite(origin: string): Promise<void> {
  const { settings } = await loadSettings();
  if (!settings.customSites.includes(origin)) return;
  await saveSettings({ ...settings, customSites: settings.customSites.filter((o) => o !== origin) });
}

/** After the grant: remember the origin (first, so that the script finds it in the settings),
 *  register the script, run it in the tab the user asked from, forget the pending request. */
export async function finishTurnOn(origin: string, tabId?: number): Promise<void> {
  await addCustomSite(origin);
  await registerOrigin(origin);
  if (tabId !== undefined) await runInTab(tabId, origin).catch(() => undefined); // the tab may be gone
  await clearPending(origin);
}

/** Unregisters the content script for `origin` and gives its host permission back. */
export async function unregisterOrigin(origin: string): Promise<void> {
  const scripting = scriptingApi();
  if (scripting) {
    try {
      await scripting.unregisterContentScripts({ ids: [scriptIdFor(origin)] });
    } catch {
      // Not registered (or already gone): nothing to undo.
    }
  }
  try {
    await browser.permissions.remove({ origins: [originPattern(origin)] });
  } catch {
    // A permission the manifest requires cannot be removed; harmless.
  }
}
