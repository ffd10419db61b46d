// User settings in storage.sync: one zod schema with a default on every field and a version;
// ordered migrations; a corrupt or unknown value falls back to defaults with a notice, never a
// crash. No draft text is ever part of the settings.
import { z } from "zod";
import { RULE_SETS } from "../analyzer/types.js";
import { SITE_IDS, type SiteId } from "./settings-ids.js";

export const SETTINGS_VERSION = 1;
export { SITE_IDS, type SiteId };

const termList = z.array(z.string().trim().min(1).max(200)).max(500);

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  ruleSets: z
    .object(Object.fromEntries(RULE_SETS.map((id) => [id, z.boolean().default(true)])) as Record<(typeof RULE_SETS)[number], z.ZodDefault<z.ZodBoolean>>)
    .default(Object.fromEntries(RULE_SETS.map((id) => [id, true])) as Record<(typeof RULE_SETS)[number], boolean>),
  disabledRules: z.array(z.string().max(100)).max(500).default([]),
  sites: z
    .object(Object.fromEntries(SITE_IDS.map((id) => [id, z.boolean().default(true)])) as Record<SiteId, z.ZodDefault<z.ZodBoolean>>)
    .default(Object.fromEntries(SITE_IDS.map((id) => [id, true])) as Record<SiteId, boolean>),
  /** Origins ("https://intranet.example.ca") where the user turned on the generic adapter. */
  customSites: z.array(z.string().regex(/^https?:\/\/[^/\s]+$/)).max(200).default([]),
  uiLanguage: z.enum(["auto", "fr", "en"]).default("auto"),
  disclaimers: z
    .object({
      fr: z.string().max(500).default("Information générale seulement : ce message ne remplace pas une consultation et ne crée pas de relation médecin-patient."),
      en: z.string().max(500).default("General information only: this post does not replace a consultation and creates no doctor-patient relationship."),
      shortFr: z.string().max(140).default("Info générale, pas un avis médical personnel."),
      shortEn: z.string().max(140).default("General info, not personal medical advice."),
    })
    .default({
      fr: "Information générale seulement : ce message ne remplace pas une consultation et ne crée pas de relation médecin-patient.",
      en: "General information only: this post does not replace a consultation and creates no doctor-patient relationship.",
      shortFr: "Info générale, pas un avis médical personnel.",
      shortEn: "General info, not personal medical advice.",
    }),
  allowlist: termList.default([]),
  alwaysFlag: termList.default([]),
  gate: z
    .object({
      enabled: z.boolean().default(true),
      disabledSites: z.array(z.string().max(100)).max(200).default([]),
      /** Warnings stop a post too, not only errors (DESIGN: both are warnings a user must see). */
      stopOnWarnings: z.boolean().default(true),
    })
    .default({ enabled: true, disabledSites: [], stopOnWarnings: true }),
});
export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}

/** Ordered migrations: index i turns version i into version i + 1. Version 0 is the unversioned
 *  shape of the first prototypes ({ enabledRuleSets: string[], language }). */
const migrations: Array<(old: Record<string, unknown>) => Record<string, unknown>> = [
  (v0) => {
    const out: Record<string, unknown> = { version: 1 };
    if (Array.isArray(v0.enabledRuleSets)) {
      out.ruleSets = Object.fromEntries(RULE_SETS.map((id) => [id, (v0.enabledRuleSets as unknown[]).includes(id)]));
    }
    if (v0.language === "fr" || v0.language === "en") out.uiLanguage = v0.language;
    return out;
  },
];

export interface LoadResult {
  settings: Settings;
  /** Set when stored settings were unreadable and defaults (or part of them) were used. */
  notice?: string;
}

/** Parses whatever storage holds into valid settings; never throws. */
export function parseSettings(raw: unknown): LoadResult {
  if (raw === undefined || raw === null) return { settings: defaultSettings() };
  if (typeof raw !== "object" || Array.isArray(raw)) return { settings: defaultSettings(), notice: "stored settings were not an object; defaults restored" };
  let value = raw as Record<string, unknown>;
  let version = typeof value.version === "number" ? value.version : 0;
  if (version > SETTINGS_VERSION) return { settings: defaultSettings(), notice: `settings from a newer version (${version}); defaults used` };
  while (version < SETTINGS_VERSION) {
    const migrate = migrations[version];
    if (!migrate) break;
    value = migrate(value);
    version++;
  }
  const parsed = settingsSchema.safeParse(value);
  if (parsed.success) return { settings: parsed.data };
  // Keep the valid fields, reset the broken ones.
  const repaired: Record<string, unknown> = { ...value };
  for (const issue of parsed.error.issues) {
    const top = issue.path[0];
    if (typeof top === "string") delete repaired[top];
  }
  const second = settingsSchema.safeParse(repaired);
  const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? "(root)")))].join(", ");
  return { settings: second.success ? second.data : defaultSettings(), notice: `invalid settings (${fields}) reset to defaults` };
}

/** The analyzer options a set of settings implies. */
export function analyzerOptions(settings: Settings) {
  return {
    ruleSets: RULE_SETS.filter((id) => settings.ruleSets[id]),
    disabledRules: settings.disabledRules,
    allowlist: settings.allowlist,
    alwaysFlag: settings.alwaysFlag,
    ...(settings.uiLanguage !== "auto" ? { uiLanguage: settings.uiLanguage } : {}),
    disclaimer: settings.disclaimers,
  };
}

// Export and import (options page). An export is the settings object itself, pretty-printed; an
// import must be such a file: it is migrated like stored settings but never repaired, so a bad
// file is refused with a reason and changes nothing.
export const MAX_IMPORT_BYTES = 100_000;

export function exportSettings(settings: Settings): string {
  return JSON.stringify(settingsSchema.parse(settings), null, 2) + "\n";
}

export type ImportRefusal =
  | { reason: "too-large" }
  | { reason: "not-json" }
  | { reason: "not-object" }
  | { reason: "no-version" }
  | { reason: "newer-version"; version: number }
  | { reason: "unknown-field"; field: string }
  | { reason: "invalid"; field: string; detail: string };

export type ImportResult = { ok: true; settings: Settings } | ({ ok: false } & ImportRefusal);

export function importSettings(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: "too-large" };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: "not-json" };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { ok: false, reason: "not-object" };
  let value = raw as Record<string, unknown>;
  // An exported file always carries its version; version 0 files are the prototypes' ({ version: 0 }).
  if (!("version" in value) || typeof value.version !== "number" || !Number.isInteger(value.version) || value.version < 0) {
    return { ok: false, reason: "no-version" };
  }
  let version = value.version;
  if (version > SETTINGS_VERSION) return { ok: false, reason: "newer-version", version };
  while (version < SETTINGS_VERSION) {
    const migrate = migrations[version];
    if (!migrate) return { ok: false, reason: "no-version" };
    value = migrate(value);
    version++;
  }
  const known = new Set(Object.keys(settingsSchema.shape));
  const unknown = Object.keys(value).find((k) => !known.has(k));
  if (unknown !== undefined) return { ok: false, reason: "unknown-field", field: unknown };
  const parsed = settingsSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: "invalid", field: issue?.path.map(String).join(".") || "(root)", detail: issue?.message ?? "" };
  }
  return { ok: true, settings: parsed.data };
}
