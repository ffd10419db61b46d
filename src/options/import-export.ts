// Settings to and from a JSON file. A refused import names its reason in the UI language.
import type { Translator } from "../shared/i18n.js";
import { exportSettings, importSettings, type ImportResult, type Settings } from "../shared/settings.js";

export const EXPORT_FILE_NAME = "garde-fou-settings.json";

/** Saves the settings as a file through a download link (a local blob URL; nothing is sent). */
export function downloadSettings(settings: Settings): void {
  const blob = new Blob([exportSettings(settings)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = EXPORT_FILE_NAME;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function readSettingsFile(file: File): Promise<ImportResult> {
  return importSettings(await file.text());
}

export function refusalText(t: Translator, result: Extract<ImportResult, { ok: false }>): string {
  switch (result.reason) {
    case "too-large":
      return t("options.importTooLarge");
    case "not-json":
      return t("options.importNotJson");
    case "not-object":
      return t("options.importNotObject");
    case "no-version":
      return t("options.importNoVersion");
    case "newer-version":
      return t("options.importNewer", { version: result.version });
    case "unknown-field":
      return t("options.importUnknownField", { field: result.field });
    case "invalid":
      return t("options.importInvalid", { field: result.field, detail: result.detail });
  }
}
