// The popup: the pre-publish checklist of the active tab's draft, or why there is none.
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { SITE_NAMES, type Translator } from "../shared/i18n.js";
import type { Settings } from "../shared/settings.js";
import { finishTurnOn, requestOriginPermission } from "../shared/ui/custom-sites.js";
import { useDocumentLanguage, useSettings, type SettingsHandle } from "../shared/ui/use-settings.js";
import { bannerOf } from "./banner.js";
import { manualChecklist, readiness, type Readiness } from "./checklist.js";
import { Findings } from "./Findings.js";
import { ManualCheckbox, ManualChecklist } from "./ManualChecklist.js";
import { CONSENT_ITEM, manualItems } from "./recommendations.js";
import { sendToTab } from "./tab-messages.js";
import { loadTicks, saveTicks, ticksKey, type TickOwner } from "./ticks.js";
import { decideView, playgroundUrl, targetTab, type View } from "./view.js";

type Tab = { id: number; url: string | undefined };

export function App() {
  const handle = useSettings();
  const [tab, setTab] = useState<Tab | null | undefined>(undefined);
  useEffect(() => {
    void targetTab(location.search).then(setTab, () => setTab(null));
  }, []);
  if (!handle || tab === undefined) return <main class="popup"><p role="status">…</p></main>;
  return <Popup handle={handle} tab={tab} />;
}

function Popup({ handle, tab }: { handle: SettingsHandle; tab: Tab | null }) {
  const { settings, lang, t } = handle;
  useDocumentLanguage(lang, `${t("appName")} — ${t("popup.title")}`);
  const [view, setView] = useState<View | null>(null);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  // The flagged words, asked from the page each time the findings change: storage holds no draft text.
  const [excerpts, setExcerpts] = useState<readonly string[]>([]);

  // The view follows the newest settings: a refresh asked with settings just saved, or of the last
  // render, and only the last refresh asked sets the view (answers can come back out of order).
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const refreshes = useRef(0);
  const refresh = useCallback(async (saved?: Settings) => {
    if (!tab) return;
    const n = ++refreshes.current;
    const next = await decideView(tab.id, tab.url, saved ?? settingsRef.current);
    if (n === refreshes.current) setView(next);
  }, [tab, settings]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    if (!tab || view?.kind !== "checklist") return;
    void sendToTab(tab.id, "getExcerpts", {}).then(
      (r) => setExcerpts(r.excerpts),
      () => setExcerpts([]),
    );
  }, [tab, view]);

  // Whose ticks these are: the page and the draft's key, asked from the page (random, nothing of the text).
  const [owner, setOwner] = useState<TickOwner | null>(null);
  const ownerRef = useRef<TickOwner | null>(null);
  const askOwner = useCallback(async () => {
    if (!tab) return;
    const info = await sendToTab(tab.id, "getDraftInfo", {}).catch(() => null);
    const next = { url: tab.url, draft: info?.draft };
    const prev = ownerRef.current;
    if (prev && prev.url === next.url && prev.draft === next.draft) return;
    ownerRef.current = next;
    setOwner(next);
  }, [tab]);

  useEffect(() => {
    if (tab && owner) void loadTicks(tab.id, owner).then(setTicked);
  }, [tab, owner]);

  useEffect(() => {
    if (!tab) return;
    void askOwner();
    // The tab's findings change as the user edits: follow them while the popup is open (a new
    // draft there brings its own, empty, ticks).
    const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area !== "session" && area !== "local") return;
      if (`tab:${tab.id}` in changes) {
        void refresh();
        void askOwner();
      }
      if (ticksKey(tab.id) in changes && ownerRef.current) void loadTicks(tab.id, ownerRef.current).then(setTicked);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [tab, refresh, askOwner]);

  const toggle = useCallback(
    (id: string, checked: boolean) => {
      if (!tab) return;
      const next = new Set(ticked);
      if (checked) next.add(id);
      else next.delete(id);
      setTicked(next);
      void saveTicks(tab.id, ownerRef.current ?? { url: tab.url, draft: undefined }, next);
    },
    [tab, ticked],
  );

  const showInPage = useCallback(
    async (index: number) => {
      if (!tab) return;
      setMessage(null);
      const reply = await sendToTab(tab.id, "focusFinding", { index }).catch(() => null);
      if (!reply) return setMessage(t("popup.showInPageFailed"));
      if (!reply.ok) return setMessage(t("popup.showInPageMissing"));
      await browser.tabs.update(tab.id, { active: true }).catch(() => undefined);
      // Opened from the toolbar, the popup would hide the page: close it.
      if (!new URLSearchParams(location.search).has("tabId")) window.close();
    },
    [tab, t],
  );

  const playground = playgroundUrl();
  return (
    <main class="popup">
      <header class="gf-header">
        <img src="/icons/icon-48.png" alt="" />
        <div>
          <h1>{t("appName")}</h1>
          <p class="subtitle">{t("popup.title")}</p>
        </div>
      </header>
      {!tab ? (
        <p class="state-box">{t("popup.noTab")}</p>
      ) : !view ? (
        <p role="status">{t("popup.loading")}</p>
      ) : view.kind === "checklist" ? (
        <Checklist view={view} excerpts={excerpts} ticked={ticked} handle={handle} onToggle={toggle} onUntickAll={() => clearTicks(tab, ownerRef.current, setTicked)} onShow={(i) => void showInPage(i)} />
      ) : (
        <NoChecklist view={view} tab={tab} handle={handle} onChanged={(saved) => void refresh(saved)} />
      )}
      <p role="alert" class="message">{message}</p>
      <footer>
        <p class="privacy">{t("privacyShort")}</p>
        <nav>
          <button type="button" class="gf-button link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t("popup.openOptions")}
          </button>
          {playground ? (
            <a href={playground} target="_blank" rel="noopener">
              {t("popup.openPlayground")}
            </a>
          ) : null /* TODO [2026-09-01]: link the playground once src/playground/index.html is in the build. */}
        </nav>
      </footer>
    </main>
  );
}

function clearTicks(tab: Tab, owner: TickOwner | null, setTicked: (s: Set<string>) => void): void {
  const none = new Set<string>();
  setTicked(none);
  void saveTicks(tab.id, owner ?? { url: tab.url, draft: undefined }, none);
}

interface ChecklistProps {
  view: Extract<View, { kind: "checklist" }>;
  excerpts: readonly string[];
  ticked: Set<string>;
  handle: SettingsHandle;
  onToggle(id: string, checked: boolean): void;
  onUntickAll(): void;
  onShow(index: number): void;
}

function Checklist({ view, excerpts, ticked, handle, onToggle, onUntickAll, onShow }: ChecklistProps) {
  const { lang, t } = handle;
  const items = manualChecklist(manualItems, view.state.hasMedia, CONSENT_ITEM);
  const status = readiness(view.state.findings, items, ticked);
  const prominent = items.filter((i) => i.prominent);
  return (
    <>
      <ReadyBanner status={status} t={t} />
      {prominent.map((item) => (
        <section class="media-alert" aria-labelledby="media-alert-text" key={item.recommendation.id}>
          <p id="media-alert-text">
            <strong>{t("popup.mediaAlert")}</strong>
          </p>
          <ManualCheckbox item={item} ticked={ticked} lang={lang} onToggle={onToggle} />
        </section>
      ))}
      <Findings findings={view.state.findings} excerpts={excerpts.length === view.state.findings.length ? excerpts : []} lang={lang} t={t} onShow={onShow} />
      <ManualChecklist items={items.filter((i) => !i.prominent)} ticked={ticked} lang={lang} t={t} onToggle={onToggle} onUntickAll={onUntickAll} />
    </>
  );
}

function ReadyBanner({ status, t }: { status: Readiness; t: Translator }) {
  const banner = bannerOf(status, t);
  return (
    <div class={`ready-banner ${banner.tone}`} role="status" aria-live="polite" aria-atomic="true" data-ready={String(status.ready)} data-tone={banner.tone}>
      <span class="ready-icon" aria-hidden="true">{banner.tone === "errors" ? "!" : "✓"}</span>
      <div>
        <p class="ready-title">{banner.title}</p>
        <p class="ready-detail">{banner.detail}</p>
      </div>
    </div>
  );
}

function NoChecklist({ view, tab, handle, onChanged }: { view: Exclude<View, { kind: "checklist" }>; tab: Tab; handle: SettingsHandle; onChanged(saved?: Settings): void }) {
  const { t, update } = handle;
  const [message, setMessage] = useState<string | null>(null);

  const turnOnSite = async (site: keyof Settings["sites"]) => {
    let saved: Settings | undefined;
    await update((s) => (saved = { ...s, sites: { ...s.sites, [site]: true } }));
    setMessage(t("popup.turnedOn"));
    onChanged(saved);
  };

  const turnOnOrigin = (origin: string) => {
    // permissions.request must run inside the click's user gesture: call it before any await.
    // The origin and tab are noted first, so the background finishes if this popup closes (Firefox).
    const request = requestOriginPermission(origin, tab.id);
    void (async () => {
      try {
        if (!(await request)) {
          setMessage(t("popup.permissionDenied"));
          return;
        }
        await finishTurnOn(origin, tab.id);
        setMessage(t("popup.turnedOn"));
        onChanged();
      } catch (e) {
        setMessage(t("popup.turnOnFailed", { reason: (e as Error).message }));
      }
    })();
  };

  let title: string;
  let text: string | null = null;
  let action: { label: string; run(): void } | null = null;
  switch (view.kind) {
    case "no-composer":
      title = t("popup.noComposerTitle");
      text = t("popup.noComposerText");
      break;
    case "site-off":
      title = t("popup.siteOffTitle", { site: SITE_NAMES[view.site] });
      text = t("popup.siteOffText");
      action = { label: t("popup.turnOnSite", { site: SITE_NAMES[view.site] }), run: () => void turnOnSite(view.site) };
      break;
    case "not-active":
      title = t("popup.notActiveTitle");
      text = t("popup.notActiveText", { origin: view.origin });
      action = { label: t("popup.turnOnOrigin", { origin: view.origin }), run: () => turnOnOrigin(view.origin) };
      break;
    case "unsupported-page":
      title = t("popup.notActiveTitle");
      text = t("popup.unsupportedPage");
      break;
    case "unknown-page":
      title = t("popup.notActiveTitle");
      text = t("popup.unknownPage");
      break;
  }
  return (
    <section class="state-box" data-view={view.kind} aria-labelledby="state-title">
      <h2 id="state-title">{title}</h2>
      {text && <p>{text}</p>}
      {action && (
        <button type="button" class="gf-button" onClick={action.run}>
          {action.label}
        </button>
      )}
      <p role="status" class="message">{message}</p>
    </section>
  );
}
