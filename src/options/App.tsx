// The options page: every setting is saved as soon as it changes (through the background worker,
// which stores it: settings-layout.ts says what syncs), and the background and content scripts
// follow storage changes, so open tabs apply it without a reload.
import { useRef, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { RULE_SETS } from "../analyzer/types.js";
import { LANGUAGE_NAMES, SITE_NAMES, ruleSetDescriptionKey, ruleSetKey, type MessageKey } from "../shared/i18n.js";
import { SITE_IDS, SETTINGS_VERSION, defaultSettings, type Settings } from "../shared/settings.js";
import { unregisterOrigin } from "../shared/ui/custom-sites.js";
import { useDocumentLanguage, useSettings, type SettingsHandle } from "../shared/ui/use-settings.js";
import { downloadSettings, readSettingsFile, refusalText } from "./import-export.js";
import { TextSetting, parseLines } from "./TextSetting.js";
import { Toggle } from "./Toggle.js";
import { RuleErrorsList } from "./RuleErrorsList.js";
import { TurnedOff } from "./TurnedOff.js";
import { singleSurnames } from "./surname-warning.js";

/** Kept as a message key, not text, so that it follows a language change (an import may bring one). */
type Status = { kind: "ok" | "error"; key: MessageKey; params?: Record<string, string | number> } | null;

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function App() {
  const handle = useSettings();
  if (!handle) return <main class="options" aria-busy="true" />;
  return <Options handle={handle} />;
}

function Options({ handle }: { handle: SettingsHandle }) {
  const { settings, t, lang } = handle;
  useDocumentLanguage(lang, t("options.title"));
  const [status, setStatus] = useState<Status>(null);

  /** Saves a change and says so (or why not) in the live region. */
  const save = (change: (s: Settings) => Settings, done: MessageKey = "options.saved") => {
    handle.update(change).then(
      () => setStatus({ kind: "ok", key: done }),
      (e: unknown) => setStatus({ kind: "error", key: "options.saveFailed", params: { reason: errorText(e) } }),
    );
  };

  return (
    <main class="options">
      <header class="gf-header">
        <img src="/icons/icon-48.png" alt="" />
        <div>
          <h1>{t("options.title")}</h1>
          <p class="subtitle">{t("tagline")}</p>
        </div>
      </header>
      <p class="playground-link">
        <a href={browser.runtime.getURL("src/playground/index.html")} target="_blank" rel="noopener">
          {t("options.openPlayground")}
        </a>
      </p>

      <p class="intro sync-note">{t("options.syncNote")}</p>

      <p class={`status ${status?.kind ?? ""}`} role="status" aria-live="polite" data-status={status?.kind ?? ""}>
        {status ? t(status.key, status.params) : ""}
      </p>

      <section aria-labelledby="rule-sets-heading">
        <h2 id="rule-sets-heading">{t("options.ruleSetsHeading")}</h2>
        <p class="intro">{t("options.ruleSetsIntro")}</p>
        {RULE_SETS.map((id) => (
          <Toggle
            key={id}
            id={`rule-set-${id}`}
            label={t(ruleSetKey(id))}
            description={t(ruleSetDescriptionKey(id))}
            checked={settings.ruleSets[id]}
            onChange={(on) => save((s) => ({ ...s, ruleSets: { ...s.ruleSets, [id]: on } }))}
          />
        ))}
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t("options.sitesHeading")}</h2>
        <p class="intro">{t("options.sitesIntro")}</p>
        <div class="columns" role="group" aria-labelledby="sites-heading">
          {SITE_IDS.map((id) => (
            <Toggle key={id} id={`site-${id}`} label={SITE_NAMES[id]} checked={settings.sites[id]} onChange={(on) => save((s) => ({ ...s, sites: { ...s.sites, [id]: on } }))} />
          ))}
        </div>
        <h3 id="custom-sites-heading">{t("options.customSitesHeading")}</h3>
        {settings.customSites.length === 0 ? (
          <p class="hint">{t("options.customSitesNone")}</p>
        ) : (
          <ul class="custom-sites" aria-labelledby="custom-sites-heading">
            {settings.customSites.map((origin) => (
              <li key={origin}>
                <span>{origin}</span>
                <button
                  type="button"
                  class="gf-button secondary"
                  onClick={() => {
                    void unregisterOrigin(origin);
                    save((s) => ({ ...s, customSites: s.customSites.filter((o) => o !== origin) }));
                  }}
                >
                  {t("options.removeCustomSite", { origin })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="language-heading">
        <fieldset>
          <legend>
            <h2 id="language-heading">{t("options.languageHeading")}</h2>
          </legend>
          {(["auto", "fr", "en"] as const).map((value) => (
            <div class="radio" key={value}>
              <input
                type="radio"
                name="ui-language"
                id={`ui-language-${value}`}
                value={value}
                checked={settings.uiLanguage === value}
                onChange={() => save((s) => ({ ...s, uiLanguage: value }))}
              />
              <label for={`ui-language-${value}`} lang={value === "auto" ? undefined : value}>
                {value === "auto" ? t("options.languageAuto") : LANGUAGE_NAMES[value]}
              </label>
            </div>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="disclaimers-heading">
        <h2 id="disclaimers-heading">{t("options.disclaimersHeading")}</h2>
        <p class="intro">{t("options.disclaimersIntro")}</p>
        <TextSetting id="disclaimer-fr" label={t("options.disclaimerFr")} multiline rows={2} maxLength={500} value={settings.disclaimers.fr} onSave={(v) => save((s) => ({ ...s, disclaimers: { ...s.disclaimers, fr: v } }))} />
        <TextSetting id="disclaimer-en" label={t("options.disclaimerEn")} multiline rows={2} maxLength={500} value={settings.disclaimers.en} onSave={(v) => save((s) => ({ ...s, disclaimers: { ...s.disclaimers, en: v } }))} />
        <TextSetting id="disclaimer-short-fr" label={t("options.disclaimerShortFr")} maxLength={140} value={settings.disclaimers.shortFr} onSave={(v) => save((s) => ({ ...s, disclaimers: { ...s.disclaimers, shortFr: v } }))} />
        <TextSetting id="disclaimer-short-en" label={t("options.disclaimerShortEn")} maxLength={140} value={settings.disclaimers.shortEn} onSave={(v) => save((s) => ({ ...s, disclaimers: { ...s.disclaimers, shortEn: v } }))} />
      </section>

      <section aria-labelledby="lists-heading">
        <h2 id="lists-heading">{t("options.listsHeading")}</h2>
        <TextSetting id="allowlist" label={t("options.allowlist")} multiline rows={4} value={settings.allowlist.join("\n")} hint={t("options.allowlistHint")} onSave={(v) => save((s) => ({ ...s, allowlist: parseLines(v) }))} />
        {singleSurnames(settings.allowlist).map((entry) => (
          <p key={entry} class="warning-note" role="note" data-warning="surname">
            {t("options.surnameWarning", { entry })}
          </p>
        ))}
        <TextSetting id="always-flag" label={t("options.alwaysFlag")} multiline rows={4} value={settings.alwaysFlag.join("\n")} onSave={(v) => save((s) => ({ ...s, alwaysFlag: parseLines(v) }))} />
      </section>

      <section aria-labelledby="gate-heading">
        <h2 id="gate-heading">{t("options.gateHeading")}</h2>
        <Toggle id="gate-enabled" label={t("options.gateEnabled")} checked={settings.gate.enabled} onChange={(on) => save((s) => ({ ...s, gate: { ...s.gate, enabled: on } }))} />
        <Toggle
          id="gate-stop-warnings"
          label={t("options.gateStopOnWarnings")}
          description={t("options.gateStopOnWarningsHint")}
          checked={settings.gate.stopOnWarnings}
          disabled={!settings.gate.enabled}
          onChange={(on) => save((s) => ({ ...s, gate: { ...s.gate, stopOnWarnings: on } }))}
        />
        <p class="intro" id="gate-sites-intro">{t("options.gateSitesIntro")}</p>
        <div class="columns" role="group" aria-labelledby="gate-sites-intro">
          {SITE_IDS.map((id) => (
            <Toggle
              key={id}
              id={`gate-site-${id}`}
              label={SITE_NAMES[id]}
              checked={!settings.gate.disabledSites.includes(id)}
              disabled={!settings.gate.enabled}
              onChange={(on) =>
                save((s) => ({ ...s, gate: { ...s.gate, disabledSites: on ? s.gate.disabledSites.filter((x) => x !== id) : [...s.gate.disabledSites.filter((x) => x !== id), id] } }))
              }
            />
          ))}
        </div>
      </section>

      <TurnedOff t={t} settings={settings} save={(change) => save(change)} />

      <DataSection handle={handle} setStatus={setStatus} />

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t("options.privacyHeading")}</h2>
        <p>{t("options.privacyText")}</p>
      </section>

      <section aria-labelledby="diagnostics-heading" class="diagnostics">
        <h2 id="diagnostics-heading">{t("options.diagnosticsHeading")}</h2>
        {handle.notice ? (
          <div class="notice" data-notice="repaired">
            <p>{t("options.diagnosticsRepaired")}</p>
            <p>
              <code>{handle.notice}</code>
            </p>
          </div>
        ) : (
          <p data-notice="none">{t("options.diagnosticsOk", { version: SETTINGS_VERSION })}</p>
        )}
        <RuleErrorsList t={(k) => t(k)} />
        <p class="hint">{t("options.extensionVersion", { version: browser.runtime.getManifest().version })}</p>
      </section>
    </main>
  );
}

function DataSection({ handle, setStatus }: { handle: SettingsHandle; setStatus(s: Status): void }) {
  const { t, settings } = handle;
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    const result = await readSettingsFile(file);
    if (!result.ok) {
      setStatus({ kind: "error", key: "options.importRefused", params: { reason: refusalText(t, result) } });
      return;
    }
    try {
      await handle.update(() => result.settings);
      setStatus({ kind: "ok", key: "options.importDone" });
    } catch (err) {
      setStatus({ kind: "error", key: "options.saveFailed", params: { reason: errorText(err) } });
    }
  };

  const reset = async () => {
    dialog.current?.close();
    const dropped = settings.customSites;
    try {
      await handle.update(() => defaultSettings());
      await Promise.all(dropped.map((origin) => unregisterOrigin(origin)));
      setStatus({ kind: "ok", key: "options.resetDone" });
    } catch (err) {
      setStatus({ kind: "error", key: "options.saveFailed", params: { reason: errorText(err) } });
    }
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t("options.dataHeading")}</h2>
      <div class="row">
        <button type="button" class="gf-button secondary" id="export-settings" onClick={() => downloadSettings(settings)}>
          {t("options.export")}
        </button>
        <input ref={fileInput} type="file" id="import-settings" class="gf-visually-hidden" accept="application/json,.json" onChange={(e) => void onFile(e)} />
        <label class="gf-button secondary file-button" for="import-settings">
          {t("options.import")}
        </label>
      </div>
      <h3 id="reset-heading">{t("options.resetHeading")}</h3>
      <button type="button" class="gf-button danger" id="reset-settings" onClick={() => dialog.current?.showModal()}>
        {t("options.reset")}
      </button>
      <dialog ref={dialog} aria-labelledby="reset-title" aria-describedby="reset-text" class="confirm">
        <h2 id="reset-title">{t("options.resetConfirmTitle")}</h2>
        <p id="reset-text">{t("options.resetConfirmText")}</p>
        <div class="row">
          <button type="button" class="gf-button secondary" autofocus onClick={() => dialog.current?.close()}>
            {t("options.cancel")}
          </button>
          <button type="button" class="gf-button danger" id="reset-confirm" onClick={() => void reset()}>
            {t("options.resetConfirm")}
          </button>
        </div>
      </dialog>
    </section>
  );
}
