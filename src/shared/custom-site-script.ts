// Sites the user turns on (settings.customSites): where the build puts their content script
// (vite.generic.config.ts: one classic script with everything inlined, so it needs no
// web-accessible resource), and how an origin names its match pattern and registration. Pure: the
// build config, the bench and unit tests import it without a browser.
export const CUSTOM_SITE_SCRIPT = "assets/custom-site-content.js";

export const SCRIPT_ID_PREFIX = "garde-fou-";

export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** A registered script's id: stable per origin, without the "_" prefix Chrome reserves. */
export function scriptIdFor(origin: string): string {
  return `${SCRIPT_ID_PREFIX}${origin.replace(/[^a-z0-9]/gi, "-")}`;
}
