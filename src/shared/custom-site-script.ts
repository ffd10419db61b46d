// Where the build puts the content script (vite.generic.config.ts: one classic script with every
// import inlined, so it needs no web-accessible resource), and how a site the user turns on
// (settings.customSites) names its match pattern and registration. Pure: the build config, the
// bench and unit tests import it without a browser.
export const CONTENT_SCRIPT = "assets/content.js";

/** The script registered on the sites the user turns on: the same file as on the supported sites. */
export const CUSTOM_SITE_SCRIPT = CONTENT_SCRIPT;

export const SCRIPT_ID_PREFIX = "garde-fou-";

export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** A registered script's id: stable per origin, without the "_" prefix Chrome reserves. */
export function scriptIdFor(origin: string): string {
  return `${SCRIPT_ID_PREFIX}${origin.replace(/[^a-z0-9]/gi, "-")}`;
}
