// Helpers shared by the popup and options browser tests: tab ids, tab state written the way the
// background writes it, settings read and written through the worker.
import { expect } from "vitest";
import type { Page } from "playwright-core";
import type { Finding } from "../../src/analyzer/types.js";
import type { Harness } from "./harness.js";

export const FIXTURE_PAGE = `<!doctype html><html lang="fr"><head><title>Fil</title></head><body><main><h1>Fil d'actualité</h1><p>Rien à rédiger ici.</p></main></body></html>`;

/** Findings like the analyzer's, fixed so that the popup tests do not move with the rules; the
 *  messages are in the UI language, as the background asks the analyzer for them. */
const MESSAGES = {
  fr: ["Numéro de dossier : il identifie le patient.", "Âge et ville ensemble : le patient peut être reconnu.", "Dose précise sans mention d'information générale.", "Résultat garanti : interdit en publicité."],
  en: ["Chart number: it identifies the patient.", "Age and town together: the patient can be recognised.", "A precise dose without a general-information notice.", "Guaranteed result: forbidden in advertising."],
} as const;

export function riskyFindings(lang: "fr" | "en" = "fr"): Finding[] {
  const [chart, quasi, dose, guarantee] = MESSAGES[lang];
  return [
    { ruleId: "privacy/chart-number", category: "patient-privacy", severity: "error", start: 10, end: 16, message: chart, recommendation: "confidentiality-no-identifiers" },
    { ruleId: "privacy/quasi-identifiers", category: "patient-privacy", severity: "warning", start: 0, end: 9, message: quasi, recommendation: "confidentiality-indirect" },
    { ruleId: "clinical-advice/dose", category: "clinical-advice", severity: "warning", start: 30, end: 45, message: dose, recommendation: "general-information-notice" },
    { ruleId: "advertising/guarantee", category: "advertising", severity: "error", start: 50, end: 70, message: guarantee, recommendation: "advertising-rules" },
  ];
}

export const RISKY_FINDINGS = riskyFindings("fr");
/** The risky draft once its two errors are fixed: warnings only. */
export const WARNING_ONLY_FINDINGS: Finding[] = RISKY_FINDINGS.filter((f) => f.severity !== "error");

/** The harness's catch-all route aborts every request it does not serve, the extension's own
 *  pages' scripts included; let chrome-extension:// through (a later route takes precedence). */
export async function allowExtensionPages(h: Harness): Promise<void> {
  await h.context.route(/^chrome-extension:\/\//, (route) => route.continue());
}

/** The id of the tab showing `page` (the extension sees the URL of supported sites). */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  const url = page.url();
  const id = await h.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab for ${url}`);
  return id;
}

/** Writes a tab state as the background's analyze handler does (storage.session, findings only). */
export async function setTabState(h: Harness, tabId: number, state: { findings: Finding[]; hasMedia: boolean; site?: string }): Promise<void> {
  await h.worker.evaluate(
    async ({ tabId, state }) => {
      await chrome.storage.session.set({
        [`tab:${tabId}`]: { site: state.site ?? "facebook", hasComposer: true, hasMedia: state.hasMedia, language: "fr", findings: state.findings, updatedAt: Date.now() },
      });
    },
    { tabId, state },
  );
}

/** The stored settings as one object: the sync item, the disclaimers' sync item and the device's
 *  lists in storage.local (src/shared/settings-layout.ts). */
export async function storedSettings(h: Harness): Promise<Record<string, unknown> | undefined> {
  return h.worker.evaluate(async () => {
    const sync = await chrome.storage.sync.get(["settings", "settings:disclaimers"]);
    const device = (await chrome.storage.local.get("settings:device"))["settings:device"] as Record<string, unknown> | undefined;
    if (sync.settings === undefined) return undefined;
    const out: Record<string, unknown> = { ...(sync.settings as Record<string, unknown>) };
    if (sync["settings:disclaimers"] !== undefined) out.disclaimers = sync["settings:disclaimers"];
    if (device) {
      const { gateDisabledSites, ...lists } = device;
      Object.assign(out, lists, { gate: { ...((out.gate as object) ?? {}), disabledSites: gateDisabledSites } });
    }
    return out;
  });
}

/** Replaces the stored settings with `value` (in one sync item, the layout before the split, which
 *  still loads), or removes them. */
export async function writeSettings(h: Harness, value: unknown): Promise<void> {
  await h.worker.evaluate(async (v) => {
    await chrome.storage.local.remove("settings:device");
    await chrome.storage.sync.remove("settings:disclaimers");
    if (v === undefined) await chrome.storage.sync.remove("settings");
    else await chrome.storage.sync.set({ settings: v });
  }, value);
}

/** A set-up step: the stored settings replaced by a French interface's, nothing else. */
export async function frenchSettings(h: Harness): Promise<void> {
  await writeSettings(h, { version: 1, uiLanguage: "fr" });
}

export function popupUrl(h: Harness, tabId: number): string {
  return `chrome-extension://${h.extensionId}/src/popup/index.html?tabId=${tabId}`;
}

export function optionsUrl(h: Harness): string {
  return `chrome-extension://${h.extensionId}/src/options/index.html`;
}

/** expect.poll with room for a loaded machine (its default gives up after one second). */
export function poll<T>(fn: () => T | Promise<T>, message?: string) {
  return expect.poll(fn, { timeout: 20_000, interval: 100, ...(message ? { message } : {}) });
}
