// The site adapters in the build: src/content/sites/index.ts when present (another module owns
// it), else the minimal textarea / contenteditable adapter of this folder.
import type { SiteAdapterFactory } from "../types.js";
import { fallbackAdapter } from "./fallback-adapter.js";

// import.meta.glob resolves to {} when the file does not exist, so the build works either way.
const sites = import.meta.glob<SiteAdapterFactory[]>("../sites/index.ts", { eager: true, import: "siteAdapters" });

export function allFactories(): SiteAdapterFactory[] {
  const list = Object.values(sites)[0];
  return Array.isArray(list) && list.length ? list : [fallbackAdapter];
}

/** The factories for this page: the site's own adapters, else the generic one where the user
 *  turned it on (customSites), else none. */
export function factoriesFor(all: SiteAdapterFactory[], loc: Location, customSites: readonly string[]): SiteAdapterFactory[] {
  const specific = all.filter((f) => f.id !== "generic" && f.matches(loc));
  if (specific.length) return specific;
  const generic = all.find((f) => f.id === "generic");
  return generic && customSites.includes(loc.origin) && generic.matches(loc) ? [generic] : [];
}
