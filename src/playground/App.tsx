// The playground page: sample drafts (or the user's own) in a plain contenteditable that the
// content script's controller watches exactly as on a site — same underlines, cards and
// pre-publish gate — with the findings and the manual checklist beside it.
import { Component } from "preact";
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { Finding } from "../analyzer/types.js";
import type { MessageKey, Translator } from "../shared/i18n.js";
import { useDocumentLanguage, useSettings, type SettingsHandle } from "../shared/ui/use-settings.js";
import { bannerOf } from "../popup/banner.js";
import { manualChecklist, readiness, type Readiness } from "../popup/checklist.js";
import { Findings } from "../popup/Findings.js";
import { ManualChecklist } from "../popup/ManualChecklist.js";
import { CONSENT_ITEM, manualItems } from "../popup/recommendations.js";
import type { FeedAnalysis } from "./analysis-feed.js";
import { fillEditor, pasteAsPlainText, showFinding } from "./editor.js";
import { EMPTY_SAMPLE, SAMPLES, firstSample, sampleById } from "./samples.js";
import { PLAYGROUND_COMPOSER_ID, PLAYGROUND_EDITOR_ID } from "./site.js";

export interface AnalysisSource {
  /** Calls `listener` with each analysis the controller receives; returns the unsubscribe. */
  subscribe(listener: (analysis: FeedAnalysis) => void): () => void;
}

export function App({ source }: { source: AnalysisSource }) {
  const handle = useSettings();
  if (!handle) return <main class="playground" aria-busy="true" />;
  return <Playground handle={handle} source={source} />;
}

/** The popup's list reads "show in page"; here the finding is in the draft beside it. */
function playgroundTranslator(t: Translator): Translator {
  const renamed: Partial<Record<MessageKey, MessageKey>> = {
    "popup.showInPage": "playground.showInDraft",
    "popup.showInPageLabel": "playground.showInDraftLabel",
  };
  return (key, params) => t(renamed[key] ?? key, params);
}

function Playground({ handle, source }: { handle: SettingsHandle; source: AnalysisSource }) {
  const { lang } = handle;
  const t = playgroundTranslator(handle.t);
  useDocumentLanguage(lang, `${t("playground.title")} — ${t("appName")}`);
  const editor = useRef<HTMLDivElement | null>(null);
  const [sample, setSample] = useState<string>(() => firstSample(lang).id);
  const [analysis, setAnalysis] = useState<FeedAnalysis | null>(null);
  const [draft, setDraft] = useState<string>("");
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [published, setPublished] = useState(false);

  useEffect(() => source.subscribe(setAnalysis), [source]);

  const load = useCallback((id: string) => {
    const el = editor.current;
    if (!el) return;
    setSample(id);
    setTicked(new Set());
    setPublished(false);
    const chosen = sampleById(id);
    fillEditor(el, chosen ? chosen.paragraphs : []);
    setDraft(el.innerText);
    if (!chosen) el.focus();
  }, []);

  // The first sample, once the editor exists (once: later choices go through the select).
  const loaded = useRef(false);
  useEffect(() => {
    if (loaded.current) return;
    loaded.current = true;
    load(sample);
  }, [load, sample]);

  const onInput = useCallback(() => {
    setPublished(false);
    setDraft(editor.current?.innerText ?? "");
  }, []);

  // The list shows the analysis of the text in the editor; while a fresh one is on its way, it
  // keeps the last one (the underlines move with the text meanwhile).
  const findings: Finding[] = analysis?.findings ?? [];
  const waiting = analysis === null && draft.trim() !== "";
  const items = manualChecklist(manualItems, false, CONSENT_ITEM);
  const status = readiness(findings, items, ticked);

  const toggle = (id: string, checked: boolean) => {
    const next = new Set(ticked);
    if (checked) next.add(id);
    else next.delete(id);
    setTicked(next);
  };

  return (
    <main class="playground">
      <header class="gf-header">
        <img src="/icons/icon-48.png" alt="" />
        <div>
          <h1>{t("playground.title")}</h1>
          <p class="subtitle">{t("tagline")}</p>
        </div>
      </header>
      <p class="intro">{t("playground.intro")}</p>
      <p class="privacy">{t("playground.privacy")}</p>

      <div class="columns">
        <section class="compose" aria-labelledby="editor-label">
          <div class="sample-picker">
            <label for="sample">{t("playground.sampleLabel")}</label>
            <select id="sample" value={sample} onChange={(e) => load((e.currentTarget as HTMLSelectElement).value)}>
              <optgroup label={t("playground.samplesFr")}>
                {SAMPLES.filter((s) => s.lang === "fr").map((s) => (
                  <option key={s.id} value={s.id} lang="fr">
                    {t(s.title)}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t("playground.samplesEn")}>
                {SAMPLES.filter((s) => s.lang === "en").map((s) => (
                  <option key={s.id} value={s.id}>
                    {t(s.title)}
                  </option>
                ))}
              </optgroup>
              <option value={EMPTY_SAMPLE}>{t("playground.sampleEmpty")}</option>
            </select>
          </div>
          <h2 id="editor-label">{t("playground.editorLabel")}</h2>
          <div id={PLAYGROUND_COMPOSER_ID} class="composer">
            <Editor
              editorRef={editor}
              label={t("playground.editorLabel")}
              placeholder={t("playground.placeholder")}
              lang={sampleById(sample)?.lang ?? lang}
              onInput={onInput}
            />
            <div class="composer-actions">
              <p class="shortcuts">{t("playground.shortcuts")}</p>
              <button type="button" class="gf-button" data-playground-publish="" onClick={() => setPublished(true)}>
                {t("playground.publish")}
              </button>
            </div>
          </div>
          <p role="status" class="published">
            {published ? t("playground.published") : ""}
          </p>
        </section>

        <aside class="side" aria-label={t("popup.title")}>
          <div class={`summary ${status.ready ? "ready" : "not-ready"}`} role="status" aria-live="polite" data-count={findings.length}>
            <p class="summary-title">{waiting ? t("playground.waiting") : summaryText(t, findings.length)}</p>
            <p class="summary-detail">{summaryDetail(t, status)}</p>
          </div>
          <Findings
            findings={findings}
            lang={lang}
            t={t}
            onShow={(index) => {
              const finding = findings[index];
              if (finding && editor.current) showFinding(editor.current, finding);
            }}
          />
          <ManualChecklist items={items} ticked={ticked} lang={lang} t={t} onToggle={toggle} onUntickAll={() => setTicked(new Set())} />
        </aside>
      </div>
    </main>
  );
}

/** What is left, in words that agree with the count above it (no bare "not ready" under "nothing flagged"). */
function summaryDetail(t: Translator, status: Readiness): string {
  if (status.ready) return t("popup.ready");
  if (status.errors > 0) return `${t("popup.notReady")} — ${bannerOf(status, t).detail}`;
  return status.unticked === 1 ? t("popup.checksLeftOne") : t("popup.checksLeftMany", { count: status.unticked });
}

function summaryText(t: Translator, count: number): string {
  if (count === 0) return t("playground.summaryNone");
  return count === 1 ? t("playground.summaryOne") : t("playground.summaryMany", { count });
}

interface EditorProps {
  editorRef: { current: HTMLDivElement | null };
  label: string;
  placeholder: string;
  lang: string;
  onInput(): void;
}

/** The contenteditable, rendered once: its text belongs to the user, and the overlay's host sits
 *  right after it, so preact must never re-render around it. Labels follow the UI language by hand. */
class Editor extends Component<EditorProps> {
  private el: HTMLDivElement | null = null;

  override shouldComponentUpdate(next: EditorProps): boolean {
    if (this.el) {
      this.el.setAttribute("aria-label", next.label);
      this.el.dataset["placeholder"] = next.placeholder;
      this.el.lang = next.lang;
    }
    return false;
  }

  override componentDidMount(): void {
    this.el?.addEventListener("paste", pasteAsPlainText);
  }

  override componentWillUnmount(): void {
    this.el?.removeEventListener("paste", pasteAsPlainText);
  }

  render({ editorRef, label, placeholder, lang, onInput }: EditorProps) {
    return (
      <div class="editor-frame">
        <div
          id={PLAYGROUND_EDITOR_ID}
          class="editor"
          contentEditable
          role="textbox"
          aria-multiline="true"
          aria-label={label}
          data-placeholder={placeholder}
          lang={lang}
          spellcheck={false}
          onInput={onInput}
          ref={(el) => {
            this.el = el;
            editorRef.current = el;
          }}
        />
      </div>
    );
  }
}
