// The content script's controller: finds compose boxes with the site adapters, keeps one session
// per editor (re-attaching when an editor re-mounts or the page navigates), applies settings
// live, answers the popup's tab messages, and removes everything when the extension goes away.
import type { UiLanguage } from "../../analyzer/types.js";
import { MAX_DRAFT_CHARS, request, type Transport } from "../../shared/protocol-client.js";
import { tabEnvelopeSchema, tabProtocol, type TabResponse } from "../../shared/tab-protocol.js";
import type { Settings } from "../../shared/settings.js";
import { SITE_IDS, type SiteId } from "../../shared/settings-ids.js";
import { isSettingsChange } from "../../shared/settings-layout.js";
import { ext, onRuntimeMessage, onStorageChanged } from "../extension-api.js";
import type { EditorAdapter, SiteAdapterFactory } from "../types.js";
import { Session, type AnalyzeResult } from "./session.js";
import { rememberRecommendations } from "../card/recommendations.js";
import { factoriesFor } from "./adapters.js";
import { extensionAlive, isContextInvalidated, releaseWorld } from "./lifecycle.js";
import { WorkerLink } from "./worker-link.js";
import { uiLanguageOf } from "./ui-language.js";
import { removeMeasureRoots } from "../dom/textarea-mirror.js";
import { listen } from "../dom/el.js";

const ALIVE_CHECK_MS = 1000;

export class Controller {
  // Set from the worker before anything reads it (start); the page carries no settings schema.
  private settings!: Settings;
  private settingsAsked = 0;
  private readonly sessions = new Map<HTMLElement, Session>();
  private factories: SiteAdapterFactory[] = [];
  private observer: MutationObserver | null = null;
  private scanQueued = false;
  private lastHref = location.href;
  private lastAnalysed: Session | null = null;
  private readonly cleanups: Array<() => void> = [];
  private stopped = false;
  /** Requests go through the link's port; `transport` (runtime.sendMessage) when it cannot answer. */
  private link: WorkerLink | null = null;

  /**
   * @param transport runtime.sendMessage, or a wrapper of it
   * @param options.port send requests on the content script's port (worker-link.ts), `transport`
   *   serving only when the port cannot; false: every request through `transport` (the playground
   *   watches its analyses there)
   */
  constructor(
    private readonly allFactories: SiteAdapterFactory[],
    private readonly transport: Transport,
    private readonly options: { port?: boolean } = {},
  ) {}

  async start(): Promise<void> {
    this.link = new WorkerLink(() => this.stop(), (m) => this.transport.sendMessage(m), this.options.port ?? true);
    this.cleanups.push(() => this.link?.close());

    const first = await this.fetchSettings();
    if (this.stopped) return;
    if (!first) {
      this.stop();
      return;
    }
    this.settings = first;
    this.cleanups.push(onStorageChanged(isSettingsChange, () => void this.refreshSettings()));
    this.cleanups.push(onRuntimeMessage((message) => this.tabMessage(message)));

    const reposition = () => {
      for (const s of this.sessions.values()) s.overlay.schedulePosition();
    };
    const onNavigate = () => this.queueScan();
    this.cleanups.push(
      listen(window, "scroll", reposition, { capture: true, passive: true }),
      listen(window, "resize", reposition, { passive: true }),
      listen(window, "popstate", onNavigate),
      // Editors created inside shadow roots (LinkedIn) escape the document's MutationObserver; the
      // user focusing one is the moment to look again.
      listen(document, "focusin", onNavigate, { capture: true, passive: true }),
    );

    const alive = window.setInterval(() => {
      if (!extensionAlive()) this.stop();
    }, ALIVE_CHECK_MS);
    this.cleanups.push(() => window.clearInterval(alive));

    this.observer = new MutationObserver(() => this.queueScan());
    this.observer.observe(document.documentElement, { childList: true, subtree: true });
    this.cleanups.push(() => this.observer?.disconnect());
    this.refreshFactories();
    this.scan();
  }

  /** Removes every overlay, underline and listener (extension reloaded, updated or site off). */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const c of this.cleanups.splice(0)) c();
    for (const s of this.sessions.values()) s.dispose();
    this.sessions.clear();
    removeMeasureRoots();
    releaseWorld();
  }

  lang(): UiLanguage {
    let browserLanguage = navigator.language;
    try {
      browserLanguage = ext.i18n.getUILanguage();
    } catch {
      // The extension context is gone; navigator.language will do.
    }
    return uiLanguageOf(this.settings, browserLanguage);
  }

  private siteEnabled(site: string): boolean {
    if ((SITE_IDS as readonly string[]).includes(site)) return this.settings.sites[site as SiteId];
    return true;
  }

  private refreshFactories(): void {
    this.factories = factoriesFor(this.allFactories, location, this.settings.customSites);
  }

  private queueScan(): void {
    if (this.scanQueued || this.stopped) return;
    this.scanQueued = true;
    // Coalesce bursts of mutations (a React render touches hundreds of nodes).
    setTimeout(() => {
      this.scanQueued = false;
      this.scan();
    }, 50);
  }

  /** Attaches to new compose boxes, drops those that left the DOM, re-places moved overlays. */
  scan(): void {
    if (this.stopped) return;
    if (!extensionAlive()) {
      this.stop();
      return;
    }
    if (location.href !== this.lastHref) this.lastHref = location.href;
    for (const [element, session] of this.sessions) {
      if (!element.isConnected || session.isDisposed || !this.siteEnabled(session.adapter.site)) {
        session.dispose();
        this.sessions.delete(element);
        if (this.lastAnalysed === session) this.lastAnalysed = null;
      } else if (session.overlay.attach()) {
        session.render();
      }
    }
    for (const factory of this.factories) {
      let found: HTMLElement[] = [];
      try {
        found = factory.find(document);
      } catch {
        continue; // One broken adapter must not take the others down.
      }
      for (const element of found) {
        if (this.sessions.has(element) || !element.isConnected) continue;
        if ([...this.sessions.keys()].some((other) => other.contains(element) || element.contains(other))) continue;
        let adapter: EditorAdapter;
        try {
          adapter = factory.create(element);
        } catch {
          continue;
        }
        if (!this.siteEnabled(adapter.site)) {
          adapter.dispose();
          continue;
        }
        this.sessions.set(element, new Session(adapter, this.sessionHost()));
      }
    }
    if (this.sessions.size === 0 && this.lastAnalysed === null) void this.clearTabState();
  }

  private hadComposer = false;

  private async clearTabState(): Promise<void> {
    if (!this.hadComposer) return;
    this.hadComposer = false;
    try {
      await request(this.worker(), "clearTabState", {});
    } catch {
      // Nothing to clear, or the worker is gone.
    }
  }

  private sessionHost() {
    return {
      settings: () => this.settings,
      lang: () => this.lang(),
      analyze: (request: { text: string; platform: EditorAdapter["platform"]; site: string; hasMedia: boolean }) => this.analyze(request),
      disableRule: (ruleId: string) => this.disableRule(ruleId),
      analysed: (session: Session) => {
        this.lastAnalysed = session;
        this.hadComposer = true;
      },
    };
  }

  /** The port when it is open, runtime.sendMessage otherwise (the link falls back by itself). */
  private worker(): Transport {
    return this.link ?? this.transport;
  }

  private async analyze(draft: { text: string; platform: EditorAdapter["platform"]; site: string; hasMedia: boolean }): Promise<AnalyzeResult | null> {
    if (this.stopped || draft.text.length > MAX_DRAFT_CHARS) return null;
    try {
      const reply = await request(this.worker(), "analyze", draft);
      rememberRecommendations(reply.recommendations);
      return { findings: reply.findings };
    } catch (error) {
      if (isContextInvalidated(error) || !extensionAlive()) this.stop();
      return null;
    }
  }

  /** Asked by a card after a person confirmed it (a trusted click); the worker saves it, and the
   *  storage event brings the new settings back here. */
  private async disableRule(ruleId: string): Promise<void> {
    try {
      const { ok } = await request(this.worker(), "disableRule", { ruleId });
      if (ok && !this.settings.disabledRules.includes(ruleId)) this.settingsChanged({ ...this.settings, disabledRules: [...this.settings.disabledRules, ruleId] });
    } catch {
      // The worker is gone: the rule stays on.
    }
  }

  /** The settings as the worker validated them; null when the worker cannot be reached. */
  private async fetchSettings(): Promise<Settings | null> {
    try {
      return await request(this.worker(), "getSettings", {});
    } catch (error) {
      if (isContextInvalidated(error) || !extensionAlive()) this.stop();
      return null;
    }
  }

  /** After a storage change: the latest answer wins when several changes come close together. */
  private async refreshSettings(): Promise<void> {
    const asked = ++this.settingsAsked;
    const next = await this.fetchSettings();
    if (next && asked === this.settingsAsked) this.settingsChanged(next);
  }

  private settingsChanged(next: Settings): void {
    if (this.stopped) return;
    const before = this.settings;
    this.settings = next;
    this.refreshFactories();
    const languageChanged = uiLanguageOf(before, "") !== uiLanguageOf(next, "") || before.uiLanguage !== next.uiLanguage;
    const analysisChanged =
      JSON.stringify([before.ruleSets, before.disabledRules, before.allowlist, before.alwaysFlag, before.uiLanguage, before.disclaimers]) !==
      JSON.stringify([next.ruleSets, next.disabledRules, next.allowlist, next.alwaysFlag, next.uiLanguage, next.disclaimers]);
    this.scan();
    for (const s of this.sessions.values()) {
      // Findings of turned-off rules disappear at once; the worker's fresh analysis follows.
      s.render();
      if (languageChanged) s.languageChanged();
      if (analysisChanged) s.requestSoon(true);
    }
  }

  private tabMessage(message: unknown): Promise<unknown> | undefined {
    const envelope = tabEnvelopeSchema.safeParse(message);
    if (!envelope.success) return undefined;
    const { type, data } = envelope.data;
    const parsed = tabProtocol[type].request.safeParse(data);
    if (!parsed.success) return Promise.resolve({ ok: false, error: `invalid ${type} request` });
    if (type === "getDraftInfo") {
      const session = this.primarySession();
      const reply: TabResponse<"getDraftInfo"> = {
        site: session?.adapter.site ?? this.factories[0]?.id ?? null,
        hasComposer: session !== null,
        hasMedia: session?.adapter.hasMedia() ?? false,
        ...(session ? { draft: session.draft() } : {}),
        enabled: session ? this.siteEnabled(session.adapter.site) : this.factories.some((f) => this.siteEnabled(f.id)),
      };
      return Promise.resolve({ ok: true, data: tabProtocol.getDraftInfo.response.parse(reply) });
    }
    if (type === "getExcerpts") {
      const excerpts = this.primarySession()?.analysedExcerpts() ?? [];
      return Promise.resolve({ ok: true, data: tabProtocol.getExcerpts.response.parse({ excerpts }) });
    }
    if (type === "listIgnored") {
      const items = [...this.sessions.values()].flatMap((s) => s.ignored.entries());
      return Promise.resolve({ ok: true, data: tabProtocol.listIgnored.response.parse({ items: items.slice(0, 500) }) });
    }
    if (type === "unignore") {
      const { key } = tabProtocol.unignore.request.parse(data);
      let ok = false;
      for (const s of this.sessions.values()) ok = s.unignore(key) || ok;
      return Promise.resolve({ ok: true, data: { ok } });
    }
    const { index } = tabProtocol.focusFinding.request.parse(data);
    const session = this.primarySession();
    const ok = session ? session.focusAnalysedFinding(index) : false;
    return Promise.resolve({ ok: true, data: { ok } });
  }

  /** The session the popup's findings come from: the last analysed one, else any. */
  private primarySession(): Session | null {
    if (this.lastAnalysed && !this.lastAnalysed.isDisposed) return this.lastAnalysed;
    return this.sessions.values().next().value ?? null;
  }
}
