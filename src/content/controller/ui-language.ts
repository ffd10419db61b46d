// The language of the in-page UI: the user's choice, else the browser's.
import type { UiLanguage } from "../../analyzer/types.js";
import type { Settings } from "../../shared/settings.js";

export function uiLanguageOf(settings: Pick<Settings, "uiLanguage">, browserLanguage: string): UiLanguage {
  if (settings.uiLanguage !== "auto") return settings.uiLanguage;
  return browserLanguage.toLowerCase().startsWith("fr") ? "fr" : "en";
}
