import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, ruleIds } from "../analyzer/index.js";
import { defaultSettings, parseSettings, settingsSchema, type Settings } from "./settings.js";
import { DISCLAIMERS_KEY, joinStored, splitSettings, SYNC_KEY, SYNC_QUOTA_BYTES_PER_ITEM, syncItemBytes } from "./settings-layout.js";

const full = (): Settings =>
  settingsSchema.parse({
    ...defaultSettings(),
    disabledRules: ["privacy/chart-number"],
    allowlist: ["Dre Tremblay"],
    alwaysFlag: ["Clinique X"],
    customSites: ["https://intranet.example.ca"],
    gate: { enabled: false, disabledSites: ["wordpress"] },
    uiLanguage: "en",
  });

describe("where settings are stored", () => {
  it("gives back the same settings from its three items", () => {
    const s = full();
    const { sync, disclaimers, device } = splitSettings(s);
    expect(parseSettings(joinStored(sync, disclaimers, device))).toEqual({ settings: s });
  });

  it("keeps the lists on the device, the choices in sync", () => {
    const { sync, device } = splitSettings(full());
    expect(Object.keys(sync).sort()).toEqual(["disabledRules", "gate", "ruleSets", "sites", "uiLanguage", "version"]);
    expect(sync.gate).toEqual({ enabled: false, stopOnWarnings: true });
    expect(device).toEqual({ allowlist: ["Dre Tremblay"], alwaysFlag: ["Clinique X"], customSites: ["https://intranet.example.ca"], gateDisabledSites: ["wordpress"] });
  });

  it("reads settings saved before the split (all in one sync item)", () => {
    const s = full();
    expect(parseSettings(JSON.parse(JSON.stringify(s)))).toEqual({ settings: s });
    expect(parseSettings(joinStored(JSON.parse(JSON.stringify(s)), undefined, undefined))).toEqual({ settings: s });
  });

  it("stays within Chrome's 8 KB a sync item at the schema's largest: every rule off, the longest disclaimers", () => {
    expect(ruleIds().length).toBeGreaterThan(20);
    // The worst JSON a character can cost is six bytes (\u0001).
    const worst = (n: number) => "\u0001".repeat(n);
    const s = settingsSchema.parse({
      disabledRules: ruleIds(),
      disclaimers: { fr: worst(500), en: worst(500), shortFr: worst(140), shortEn: worst(140) },
      sites: {},
      allowlist: Array.from({ length: 500 }, (_, i) => `${"x".repeat(190)}${i}`),
    });
    const { sync, disclaimers } = splitSettings(s);
    expect(syncItemBytes(SYNC_KEY, sync)).toBeLessThan(SYNC_QUOTA_BYTES_PER_ITEM);
    expect(syncItemBytes(DISCLAIMERS_KEY, disclaimers)).toBeLessThan(SYNC_QUOTA_BYTES_PER_ITEM);
  });

  it("names real rules (the worker refuses to turn off an unknown one)", () => {
    const ids = new Set(ruleIds());
    const found = analyze("Le dossier no 552190 de Mme Tremblay est ouvert.").findings.map((f) => f.ruleId);
    expect(found.length).toBeGreaterThan(0);
    for (const id of found) expect(ids.has(id)).toBe(true);
  });
});

describe("who writes settings", () => {
  const src = new URL("..", import.meta.url).pathname;
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.tsx?$/.test(n) && !n.includes(".test.") ? [join(dir, n)] : []));
  it("only the background worker writes them to storage; the content script never saves them", () => {
    const writers = files(src).filter((f) => /\bwriteSettings\b|storage\.(sync|local)\.set\(/.test(readFileSync(f, "utf8"))).map((f) => relative(src, f));
    expect(writers.sort()).toEqual(["background/index.ts", "shared/settings-store.ts"]);
    const content = files(join(src, "content")).filter((f) => /\bsaveSettings\b/.test(readFileSync(f, "utf8")));
    expect(content).toEqual([]);
  });
});
