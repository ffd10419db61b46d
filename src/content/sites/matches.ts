// The sites Garde-fou reads by default: the manifest's content-script matches and host
// permissions come from this list, so adding a site is one line here plus its adapter.
export const SITE_MATCHES = [
  "https://www.facebook.com/*",
  "https://web.facebook.com/*",
  "https://m.facebook.com/*",
  "https://x.com/*",
  "https://twitter.com/*",
  "https://mobile.x.com/*",
  "https://www.linkedin.com/*",
  "https://wordpress.com/*",
  "https://*.wordpress.com/*",
  "https://medium.com/*",
  "https://*.medium.com/*",
  "https://substack.com/*",
  "https://*.substack.com/*",
  "https://www.blogger.com/*",
  "https://draft.blogger.com/*",
] as const;
