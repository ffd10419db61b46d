// Sites beyond the supported ones: the user grants the optional host permission for one origin
// (and the optional "scripting" permission), then the built content script is registered for it.
import browser from "webextension-polyfill";

export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** A registered script's id: stable per origin, without the "_" prefix Chrome reserves. */
export function scriptIdFor(origin: string): string {
  return `garde-fou-${origin.replace(/[^a-z0-9]/gi, "-")}`;
}

/** The content script files of the built manifest (crxjs names them with a hash). */
export function contentScriptFiles(): string[] {
  return browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
}

/** Must be called straight from the click handler: permissions.request needs the user gesture. */
export function requestOriginPermission(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)], permissions: ["scripting"] });
}

export async function hasOriginPermission(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

/** Registers the content script for `origin` (idempotent) and runs it once in `tabId` now. */
export async function registerOrigin(origin: string, tabId?: number): Promise<void> {
  const js = contentScriptFiles();
  if (!js.length) throw new Error("no content script in the manifest");
  const id = scriptIdFor(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (!existing.length) {
    await browser.scripting.registerContentScripts([{ id, matches: [originPattern(origin)], js, runAt: "document_idle", persistAcrossSessions: true }]);
  }
  if (tabId !== undefined) await browser.scripting.executeScript({ target: { tabId }, files: js });
}

/** Unregisters the content script for `origin` and gives its host permission back. */
export async function unregisterOrigin(origin: string): Promise<void> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
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
