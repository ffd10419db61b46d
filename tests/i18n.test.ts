// UI strings: both languages complete, placeholders the same in each, language resolution.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { messages, resolveLanguage, translate, describeArticle, describeArticles, translator, type MessageKey } from "../src/shared/i18n.js";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("UI strings", () => {
  const keys = Object.keys(messages.fr) as MessageKey[];

  it("has every key in French and in English, none empty", () => {
    expect(Object.keys(messages.en).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(messages.fr[key].trim(), key).not.toBe("");
      expect(messages.en[key].trim(), key).not.toBe("");
    }
  });

  it("uses the same placeholders in both languages", () => {
    for (const key of keys) expect(placeholders(messages.en[key]), key).toEqual(placeholders(messages.fr[key]));
  });

  it("writes English with English spacing (no space before a colon or a semicolon)", () => {
    for (const key of keys) expect(messages.en[key], key).not.toMatch(/\s[:;](\s|$)/);
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("fr", "popup.errorsMany", { count: 3 })).toBe("3 erreurs à corriger");
    expect(translate("en", "popup.errorsMany", { count: 3 })).toBe("3 errors to fix");
    expect(translate("en", "popup.errorsMany")).toBe("{count} errors to fix");
  });

  it("says ready to publish in both languages", () => {
    expect(translate("fr", "popup.ready")).toBe("Prêt à publier");
    expect(translate("en", "popup.ready")).toBe("Ready to publish");
  });

  it("takes the language from the setting, or from the browser when automatic", () => {
    expect(resolveLanguage("en", "fr-CA")).toBe("en");
    expect(resolveLanguage("fr", "en-US")).toBe("fr");
    expect(resolveLanguage("auto", "fr-CA")).toBe("fr");
    expect(resolveLanguage("auto", "en-CA")).toBe("en");
    expect(resolveLanguage("auto", "FR")).toBe("fr");
  });

  it("names the code an article belongs to", () => {
    expect(describeArticle(translator("fr"), "art. 20 (5°)")).toBe("Code de déontologie des médecins, art. 20 (5°)");
    expect(describeArticle(translator("en"), "CP 59.2")).toBe("Professional Code, s. 59.2");
    expect(describeArticles(translator("fr"), ["art. 88.0.1", "art. 93.2", "CP 59.2"])).toBe("Code de déontologie des médecins, art. 88.0.1, art. 93.2 · Code des professions, art. 59.2");
  });
});

describe("manifest locales", () => {
  const read = (lang: string) => JSON.parse(readFileSync(new URL(`../public/_locales/${lang}/messages.json`, import.meta.url), "utf8")) as Record<string, { message: string }>;
  const fr = read("fr");
  const en = read("en");

  it("has the same keys in French and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it("keeps the name and description within the stores' limits", () => {
    for (const messages of [fr, en]) {
      expect(messages.extName?.message.length).toBeLessThanOrEqual(75);
      expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
    }
  });

  it("defines every __MSG_…__ the manifest uses", () => {
    const manifest = readFileSync(new URL("../manifest.config.ts", import.meta.url), "utf8");
    const used = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? "");
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) {
      expect(fr[key], key).toBeDefined();
      expect(en[key], key).toBeDefined();
    }
    expect(manifest).toContain('default_locale: "fr"');
  });
});
