// Which supported site (settings.sites id) a tab's URL belongs to; null for any other page.
import type { SiteId } from "../shared/settings.js";

const HOSTS: Array<[SiteId, RegExp]> = [
  ["facebook", /^(www|web|m)\.facebook\.com$/],
  ["x", /^(x\.com|twitter\.com|mobile\.x\.com)$/],
  ["linkedin", /^www\.linkedin\.com$/],
  ["wordpress", /^([a-z0-9-]+\.)*wordpress\.com$/],
  ["medium", /^([a-z0-9-]+\.)*medium\.com$/],
  ["substack", /^([a-z0-9-]+\.)*substack\.com$/],
  ["blogger", /^(www|draft)\.blogger\.com$/],
];

export function siteOfUrl(url: string): SiteId | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:") return null;
  return HOSTS.find(([, host]) => host.test(parsed.hostname))?.[0] ?? null;
}

/** The origin Garde-fou could be turned on for ("https://intranet.example.ca"), or null for
 *  browser pages, local files and the like. */
export function enableableOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.origin : null;
  } catch {
    return null;
  }
}
