// Settings names without zod: the content script imports them (settings.ts builds the schema).
export const SITE_IDS = ["facebook", "x", "linkedin", "wordpress", "medium", "substack", "blogger"] as const;
export type SiteId = (typeof SITE_IDS)[number];
