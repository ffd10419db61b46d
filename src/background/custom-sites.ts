// Keeps the custom-site content-script registrations equal to settings.customSites ∩ the granted
// host permissions: on permissions.onAdded and on a settings change, finishing first a turn-on the
// popup started (Firefox closes the popup during the prompt; a user may close it right after); on
// permissions.onRemoved (the origin leaves customSites); at startup, install and update (an update
// may clear registrations, or leave ones naming older files). Every step is idempotent and the
// steps run one at a time.
import browser from "webextension-polyfill";
import { CUSTOM_SITE_SCRIPT } from "../shared/custom-site-script.js";
import { loadSettings, onSettingsChanged } from "../shared/settings-store.js";
import { clearPending, dropCustomSite, finishTurnOn, hasOriginPermission, readPending, registerOrigin } from "../shared/ui/custom-sites.js";
import { planGrant, planReconcile, planRevocation } from "./custom-sites-plan.js";

let queue: Promise<unknown> = Promise.resolve();

/** Runs `step` after the previous ones (a failure does not stop the next). */
function serial(step: () => Promise<void>): Promise<void> {
  const run = queue.then(step, step);
  queue = run.catch(() => undefined);
  return run;
}

/** Resolves once no step is left, including those queued by the steps themselves (tests). */
export async function idle(): Promise<void> {
  for (let seen = null as Promise<unknown> | null; seen !== queue; ) {
    seen = queue;
    await seen;
  }
}

function scriptingApi(): typeof browser.scripting | undefined {
  return (browser as { scripting?: typeof browser.scripting }).scripting;
}

async function grantedOf(origins: readonly string[]): Promise<Set<string>> {
  const checks = await Promise.all(origins.map(async (o) => [o, await hasOriginPermission(o)] as const));
  return new Set(checks.filter(([, ok]) => ok).map(([o]) => o));
}

/** Registered scripts := customSites ∩ granted origins. */
export async function reconcile(): Promise<void> {
  const scripting = scriptingApi();
  if (!scripting) return; // without "scripting" nothing of ours can be registered
  const { settings } = await loadSettings();
  const granted = await grantedOf(settings.customSites);
  const registered = await scripting.getRegisteredContentScripts();
  const plan = planReconcile(settings.customSites, granted, registered, CUSTOM_SITE_SCRIPT);
  if (plan.unregister.length) await scripting.unregisterContentScripts({ ids: plan.unregister });
  for (const origin of plan.register) await registerOrigin(origin);
}

/** Finishes a turn-on the popup started, if its origin is granted now (the popup may have closed
 *  during the prompt or right after), then reconciles. */
async function settle(): Promise<void> {
  const pending = await readPending();
  const adopt = pending ? planGrant(pending, await grantedOf([pending.origin])) : null;
  if (adopt) {
    // Taken before acting: a note that outlived its turn-on (a step failed) could otherwise turn
    // the site back on after the user removed it.
    await clearPending(adopt.origin);
    await finishTurnOn(adopt.origin, adopt.tabId);
  }
  await reconcile();
}

async function onRevoked(): Promise<void> {
  const { settings } = await loadSettings();
  for (const origin of planRevocation(settings.customSites, await grantedOf(settings.customSites))) await dropCustomSite(origin);
  await reconcile();
}

const report = (what: string) => (e: unknown) => console.warn(`Garde-fou: custom sites (${what}):`, (e as Error)?.message ?? e);

/** Called once at the worker's top level, so the listeners exist when an event wakes it. */
export function installCustomSiteListeners(): void {
  browser.permissions.onAdded.addListener(() => void serial(settle).catch(report("permission added")));
  browser.permissions.onRemoved.addListener(() => void serial(onRevoked).catch(report("permission removed")));
  browser.runtime.onStartup.addListener(() => void serial(reconcile).catch(report("startup")));
  browser.runtime.onInstalled.addListener(() => void serial(reconcile).catch(report("install")));
  let last: string | null = null;
  onSettingsChanged(({ settings }) => {
    const key = JSON.stringify(settings.customSites);
    if (key === last) return;
    last = key;
    void serial(settle).catch(report("settings"));
  });
}
