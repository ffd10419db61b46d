// The settings as a preact hook for extension pages: loaded once, kept fresh from storage events
// (a change in another page or tab shows here at once), saved on every update.
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { translator, resolveLanguage, type Lang, type Translator } from "../i18n.js";
import type { Settings } from "../settings.js";
import { loadSettings, onSettingsChanged, saveSettings } from "../settings-store.js";

export interface SettingsHandle {
  settings: Settings;
  /** Why stored settings were repaired when this page loaded them (shown in diagnostics). */
  notice: string | undefined;
  lang: Lang;
  t: Translator;
  /** Applies `change` to the latest settings and saves them; rejects when storage refuses. */
  update(change: (current: Settings) => Settings): Promise<void>;
}

export function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return globalThis.navigator?.language ?? "fr";
  }
}

export function useSettings(): SettingsHandle | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const latest = useRef<Settings | null>(null);
  // While this page's own saves are on their way, storage events carry older states: showing them
  // would flip a control back for a moment (the page's latest choice is what is being saved).
  const saving = useRef(0);

  useEffect(() => {
    let live = true;
    void loadSettings().then((r) => {
      if (!live) return;
      latest.current = r.settings;
      setSettings(r.settings);
      setNotice(r.notice);
    });
    const off = onSettingsChanged((r) => {
      if (saving.current > 0) return;
      latest.current = r.settings;
      setSettings(r.settings);
    });
    return () => {
      live = false;
      off();
    };
  }, []);

  const update = useCallback(async (change: (current: Settings) => Settings) => {
    if (!latest.current) return;
    const next = change(latest.current);
    latest.current = next;
    setSettings(next);
    saving.current++;
    try {
      await saveSettings(next);
    } finally {
      saving.current--;
    }
  }, []);

  if (!settings) return null;
  const lang = resolveLanguage(settings.uiLanguage, browserLanguage());
  return { settings, notice, lang, t: translator(lang), update };
}

/** Keeps <html lang> and the document title in the UI language (screen readers pick the voice from it). */
export function useDocumentLanguage(lang: Lang, title: string): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = title;
  }, [lang, title]);
}
