// What the user turned off from a card, each with "turn back on": rules turned off in every tab
// (settings), and passages ignored in the open drafts (asked live from the tabs' content scripts,
// since "Ignore here" is kept in the page only and never stored).
import { useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { RULE_SETS, type RuleSetId } from "../analyzer/types.js";
import { ruleSetKey, type Translator } from "../shared/i18n.js";
import type { Settings } from "../shared/settings.js";
import { sendToTab } from "../popup/tab-messages.js";

interface Ignored {
  tabId: number;
  key: string;
  ruleId: string;
  excerpt: string;
}

async function ignoredInTabs(): Promise<Ignored[]> {
  const tabs = await browser.tabs.query({});
  const lists = await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return [];
      const tabId = tab.id;
      // A tab without our content script rejects: it has nothing ignored.
      const reply = await sendToTab(tabId, "listIgnored", {}).catch(() => ({ items: [] }));
      return reply.items.map((item) => ({ tabId, ...item }));
    }),
  );
  return lists.flat();
}

function ruleName(t: Translator, ruleId: string): string {
  const set = ruleId.split("/")[0] as RuleSetId;
  return RULE_SETS.includes(set) ? `${t(ruleSetKey(set))} · ${ruleId}` : ruleId;
}

export function TurnedOff({ t, settings, save }: { t: Translator; settings: Settings; save(change: (s: Settings) => Settings): void }) {
  const [ignored, setIgnored] = useState<Ignored[] | null>(null);
  const refresh = () => void ignoredInTabs().then(setIgnored, () => setIgnored([]));
  useEffect(() => {
    refresh();
    // Coming back from a tab where something was ignored meanwhile.
    const onVisible = () => document.visibilityState === "visible" && refresh();
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, []);

  const unignore = async (item: Ignored) => {
    await sendToTab(item.tabId, "unignore", { key: item.key }).catch(() => undefined);
    refresh();
  };

  return (
    <section aria-labelledby="turned-off-heading" id="turned-off">
      <h2 id="turned-off-heading">{t("options.offHeading")}</h2>
      <h3 id="disabled-rules-heading">{t("options.disabledRulesHeading")}</h3>
      {settings.disabledRules.length === 0 ? (
        <p class="hint" data-empty="disabled-rules">{t("options.disabledRulesNone")}</p>
      ) : (
        <ul class="turned-off" aria-labelledby="disabled-rules-heading" data-list="disabled-rules">
          {settings.disabledRules.map((id) => (
            <li key={id} data-rule={id}>
              <span>{ruleName(t, id)}</span>
              <button
                type="button"
                class="gf-button secondary"
                aria-label={t("options.enableRuleLabel", { rule: ruleName(t, id) })}
                onClick={() => save((s) => ({ ...s, disabledRules: s.disabledRules.filter((r) => r !== id) }))}
              >
                {t("options.turnBackOn")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3 id="ignored-heading">{t("options.ignoredHeading")}</h3>
      <p class="hint">{t("options.ignoredIntro")}</p>
      {ignored === null ? null : ignored.length === 0 ? (
        <p class="hint" data-empty="ignored">{t("options.ignoredNone")}</p>
      ) : (
        <ul class="turned-off" aria-labelledby="ignored-heading" data-list="ignored">
          {ignored.map((item) => (
            <li key={`${item.tabId}:${item.key}`} data-rule={item.ruleId}>
              <span>
                <q>{item.excerpt}</q> <span class="hint">{ruleName(t, item.ruleId)}</span>
              </span>
              <button type="button" class="gf-button secondary" aria-label={t("options.unignoreLabel", { excerpt: item.excerpt })} onClick={() => void unignore(item)}>
                {t("options.turnBackOn")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
