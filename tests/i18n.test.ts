// UI strings: both languages complete, placeholders the same in each, language resolution.
import { describe, expect, it } from "vitest";
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
