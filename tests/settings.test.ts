// Settings: defaults on every field, migrations from each past version, repair of corrupt values
// with a notice, and the import/export round trip that refuses a bad file with a reason.
import { describe, expect, it } from "vitest";
import { RULE_SETS } from "../src/analyzer/types.js";
import {
  SETTINGS_VERSION,
  SITE_IDS,
  defaultSettings,
  exportSettings,
  importSettings,
  parseSettings,
  settingsSchema,
  analyzerOptions,
} from "../src/shared/settings.js";

/** One sample stored object for each past version (index = version). */
const PAST_VERSIONS: Record<number, unknown> = {
  0: { enabledRuleSets: ["privacy", "advertising"], language: "en" },
};

describe("settings defaults", () => {
  it("gives a complete, valid object at the current version", () => {
    const d = defaultSettings();
    expect(d.version).toBe(SETTINGS_VERSION);
    expect(settingsSchema.safeParse(d).success).toBe(true);
    for (const id of RULE_SETS) expect(d.ruleSets[id]).toBe(true);
    for (const id of SITE_IDS) expect(d.sites[id]).toBe(true);
    expect(d.uiLanguage).toBe("auto");
    expect(d.gate).toEqual({ enabled: true, disabledSites: [], stopOnWarnings: true });
    expect(d.allowlist).toEqual([]);
    expect(d.alwaysFlag).toEqual([]);
    expect(d.customSites).toEqual([]);
    expect(d.disclaimers.shortFr.length).toBeLessThanOrEqual(140);
    expect(d.disclaimers.shortEn.length).toBeLessThanOrEqual(140);
  });

  it("reads nothing stored as the defaults, without a notice", () => {
    expect(parseSettings(undefined)).toEqual({ settings: defaultSettings() });
    expect(parseSettings(null)).toEqual({ settings: defaultSettings() });
  });

  it("fills the missing fields of a partial object with defaults", () => {
    const { settings, notice } = parseSettings({ version: 1, uiLanguage: "en" });
    expect(notice).toBeUndefined();
    expect(settings).toEqual({ ...defaultSettings(), uiLanguage: "en" });
  });

  it("turns settings into analyzer options, leaving out turned-off rule sets", () => {
    const s = defaultSettings();
    s.ruleSets.advertising = false;
    s.uiLanguage = "en";
    const options = analyzerOptions(s);
    expect(options.ruleSets).not.toContain("advertising");
    expect(options.ruleSets).toContain("privacy");
    expect(options.uiLanguage).toBe("en");
    expect("uiLanguage" in analyzerOptions(defaultSettings())).toBe(false);
  });
});

describe("settings migrations", () => {
  it("has a sample for every past version", () => {
    for (let v = 0; v < SETTINGS_VERSION; v++) expect(PAST_VERSIONS[v], `sample for version ${v}`).toBeDefined();
  });

  for (const [version, sample] of Object.entries(PAST_VERSIONS)) {
    it(`walks a version ${version} object up to version ${SETTINGS_VERSION} without a notice`, () => {
      const { settings, notice } = parseSettings(structuredClone(sample));
      expect(notice).toBeUndefined();
      expect(settings.version).toBe(SETTINGS_VERSION);
      expect(settingsSchema.safeParse(settings).success).toBe(true);
    });
  }

  it("keeps what a version 0 object meant: its rule sets and its language", () => {
    const { settings } = parseSettings(PAST_VERSIONS[0]);
    expect(settings.ruleSets).toEqual({ privacy: true, "clinical-advice": false, consensus: false, relationship: false, advertising: true, professionalism: false });
    expect(settings.uiLanguage).toBe("en");
    expect(settings.sites).toEqual(defaultSettings().sites);
  });

  it("migrates a version 0 object without rule sets to all rule sets on", () => {
    const { settings } = parseSettings({ language: "de" });
    expect(settings.ruleSets).toEqual(defaultSettings().ruleSets);
    expect(settings.uiLanguage).toBe("auto");
  });
});

describe("corrupt stored settings", () => {
  it.each([
    ["a string", "not settings"],
    ["a number", 42],
    ["an array", [1, 2]],
    ["a boolean", true],
  ])("replaces %s with the defaults and a notice", (_label, raw) => {
    const { settings, notice } = parseSettings(raw);
    expect(settings).toEqual(defaultSettings());
    expect(notice).toMatch(/defaults/);
  });

  it("resets only the broken fields and names them in the notice", () => {
    const { settings, notice } = parseSettings({ version: 1, uiLanguage: "klingon", allowlist: "Dre Tremblay", sites: { facebook: false } });
    expect(settings.uiLanguage).toBe("auto");
    expect(settings.allowlist).toEqual([]);
    expect(settings.sites.facebook).toBe(false);
    expect(notice).toMatch(/uiLanguage/);
    expect(notice).toMatch(/allowlist/);
  });

  it("uses the defaults with a notice for settings from a newer version", () => {
    const { settings, notice } = parseSettings({ version: SETTINGS_VERSION + 1, uiLanguage: "en", hologram: true });
    expect(settings).toEqual(defaultSettings());
    expect(notice).toMatch(/newer version/);
  });

  it("never throws, whatever is stored", () => {
    for (const raw of [{ version: "1" }, { version: -3 }, { ruleSets: null }, { gate: { enabled: "yes" } }, { disclaimers: { fr: 5 } }, Object.create(null)]) {
      expect(() => parseSettings(raw)).not.toThrow();
      expect(settingsSchema.safeParse(parseSettings(raw).settings).success).toBe(true);
    }
  });
});

describe("the gate's stop-on-warnings setting", () => {
  it("is on by default, also for settings stored before it existed", () => {
    expect(defaultSettings().gate.stopOnWarnings).toBe(true);
    expect(parseSettings({ version: 1, gate: { enabled: true, disabledSites: ["x"] } }).settings.gate).toEqual({ enabled: true, disabledSites: ["x"], stopOnWarnings: true });
  });

  it("keeps a choice to stop on errors only", () => {
    expect(parseSettings({ version: 1, gate: { enabled: true, disabledSites: [], stopOnWarnings: false } }).settings.gate.stopOnWarnings).toBe(false);
  });
});

describe("settings export and import", () => {
  it("imports what it exports, unchanged", () => {
    const s = defaultSettings();
    s.ruleSets.consensus = false;
    s.sites.x = false;
    s.allowlist = ["Dre Tremblay", "Clinique du Parc"];
    s.alwaysFlag = ["4e Nord"];
    s.uiLanguage = "en";
    s.gate = { enabled: true, disabledSites: ["linkedin"], stopOnWarnings: false };
    const result = importSettings(exportSettings(s));
    expect(result).toEqual({ ok: true, settings: s });
  });

  it("exports readable JSON that carries its version", () => {
    const text = exportSettings(defaultSettings());
    expect(JSON.parse(text).version).toBe(SETTINGS_VERSION);
    expect(text).toContain("\n  ");
  });

  it("refuses malformed JSON with a reason", () => {
    expect(importSettings("{ version: 1, ")).toEqual({ ok: false, reason: "not-json" });
    expect(importSettings("")).toEqual({ ok: false, reason: "not-json" });
  });

  it("refuses JSON that is not an object", () => {
    expect(importSettings("[1, 2]")).toEqual({ ok: false, reason: "not-object" });
    expect(importSettings('"settings"')).toEqual({ ok: false, reason: "not-object" });
    expect(importSettings("null")).toEqual({ ok: false, reason: "not-object" });
  });

  it("refuses an object without a version (not a Garde-fou export)", () => {
    expect(importSettings('{"name": "my contacts"}')).toEqual({ ok: false, reason: "no-version" });
    expect(importSettings('{"version": "1"}')).toEqual({ ok: false, reason: "no-version" });
  });

  it("refuses settings from a newer version, naming it", () => {
    expect(importSettings(JSON.stringify({ version: SETTINGS_VERSION + 1 }))).toEqual({ ok: false, reason: "newer-version", version: SETTINGS_VERSION + 1 });
  });

  it("refuses a wrong shape, naming the field", () => {
    const wrong = { ...defaultSettings(), uiLanguage: "klingon" };
    const result = importSettings(JSON.stringify(wrong));
    expect(result).toMatchObject({ ok: false, reason: "invalid", field: "uiLanguage" });
    const nested = { ...defaultSettings(), ruleSets: { ...defaultSettings().ruleSets, privacy: "yes" } };
    expect(importSettings(JSON.stringify(nested))).toMatchObject({ ok: false, reason: "invalid", field: "ruleSets.privacy" });
    const list = { ...defaultSettings(), allowlist: [""] };
    expect(importSettings(JSON.stringify(list))).toMatchObject({ ok: false, reason: "invalid", field: "allowlist.0" });
  });

  it("refuses an unknown top-level field rather than dropping it silently", () => {
    expect(importSettings(JSON.stringify({ ...defaultSettings(), telemetry: true }))).toEqual({ ok: false, reason: "unknown-field", field: "telemetry" });
  });

  it("refuses a file that is too large", () => {
    expect(importSettings(" ".repeat(200_000))).toEqual({ ok: false, reason: "too-large" });
  });

  it("migrates an exported version 0 file on import", () => {
    const result = importSettings(JSON.stringify({ version: 0, enabledRuleSets: ["privacy"], language: "fr" }));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.settings.ruleSets.privacy).toBe(true);
      expect(result.settings.ruleSets.advertising).toBe(false);
      expect(result.settings.uiLanguage).toBe("fr");
    }
  });
});
