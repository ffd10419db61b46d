// What to do with the custom-site content-script registrations, as pure functions of what the
// settings, the granted permissions and the registry hold (custom-sites.ts applies the plan).
import { originPattern, SCRIPT_ID_PREFIX, scriptIdFor } from "../shared/custom-site-script.js";

export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
}

export interface ReconcilePlan {
  /** Origins to register (absent, or registered with other files or matches). */
  register: string[];
  /** Ids of our registrations whose origin is no longer wanted. */
  unregister: string[];
}

/** Registered scripts must equal customSites ∩ granted origins, each with `script` as its file. */
export function planReconcile(customSites: readonly string[], granted: ReadonlySet<string>, registered: readonly RegisteredScript[], script: string): ReconcilePlan {
  const wanted = new Map(customSites.filter((o) => granted.has(o)).map((o) => [scriptIdFor(o), o]));
  const ours = registered.filter((r) => r.id.startsWith(SCRIPT_ID_PREFIX));
  const current = new Set(
    ours.filter((r) => {
      const origin = wanted.get(r.id);
      return origin !== undefined && r.js?.length === 1 && r.js[0] === script && r.matches?.length === 1 && r.matches[0] === originPattern(origin);
    }).map((r) => r.id),
  );
  return {
    register: [...wanted].filter(([id]) => !current.has(id)).map(([, origin]) => origin),
    unregister: ours.filter((r) => !wanted.has(r.id)).map((r) => r.id),
  };
}

export interface PendingNote {
  origin: string;
  tabId?: number;
}

/** permissions.onAdded: the popup's pending origin, when it is now granted, is adopted (added to
 *  customSites, its script run in the tab it was asked from); the rest is a reconcile. Granted is
 *  checked with permissions.contains, so a wide grant (every https site) covers the origin too. */
export function planGrant(pending: PendingNote | null, granted: ReadonlySet<string>): PendingNote | null {
  return pending && granted.has(pending.origin) ? pending : null;
}

/** permissions.onRemoved: the custom sites whose permission is gone (checked after the removal,
 *  so a wider grant that still covers an origin keeps it). */
export function planRevocation(customSites: readonly string[], stillGranted: ReadonlySet<string>): string[] {
  return customSites.filter((o) => !stillGranted.has(o));
}
