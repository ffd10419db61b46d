// The site adapters the controller may use on a page (src/content/sites/, one a site).
import type { SiteAdapterFactory } from "../types.js";
import { siteAdapters } from "../sites/index.js";

export function allFactories(): SiteAdapterFactory[] {
  return siteAdapters;
}

/** The factories for this page: the site's own adapters, else the generic one where the user
 *  turned it on (customSites), else none. */
export function factoriesFor(all: SiteAdapterFactory[], loc: Location, customSites: readonly string[]): SiteAdapterFactory[] {
  const specific = all.filter((f) => f.id !== "generic" && f.matches(loc));
  if (specific.length) return specific;
  const generic = all.find((f) => f.id === "generic");
  return generic && customSites.includes(loc.origin) && generic.matches(loc) ? [generic] : [];
}
