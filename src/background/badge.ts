// The toolbar badge: the number of findings a user must see, coloured by the worst severity.
import browser from "webextension-polyfill";
import type { Finding } from "../analyzer/types.js";

export const BADGE_COLORS = { error: "#B3261E", warning: "#B26A00", info: "#1E5AA8" } as const;

export async function updateBadge(tabId: number, findings: readonly Finding[]): Promise<void> {
  const shown = findings.filter((f) => f.severity !== "info");
  const worst = shown.some((f) => f.severity === "error") ? "error" : shown.length ? "warning" : "info";
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  try {
    await action.setBadgeText({ tabId, text: shown.length ? String(Math.min(shown.length, 99)) : "" });
    await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLORS[worst] });
  } catch {
    // The tab closed meanwhile: nothing to update.
  }
}
