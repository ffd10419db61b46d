// The "À retenir" items no analyzer can check, each a labelled checkbox the user ticks for this draft.
import type { Lang, Translator } from "../shared/i18n.js";
import type { ManualItem } from "./checklist.js";

interface Props {
  items: readonly ManualItem[];
  ticked: ReadonlySet<string>;
  lang: Lang;
  t: Translator;
  onToggle(id: string, checked: boolean): void;
  onUntickAll(): void;
}

export function ManualCheckbox({ item, ticked, lang, onToggle }: { item: ManualItem; ticked: ReadonlySet<string>; lang: Lang; onToggle(id: string, checked: boolean): void }) {
  const id = item.recommendation.id;
  return (
    <div class={`manual-item${item.prominent ? " prominent" : ""}`} data-item={id}>
      <input
        type="checkbox"
        id={`manual-${id}`}
        checked={ticked.has(id)}
        aria-describedby={`manual-${id}-text`}
        onChange={(e) => onToggle(id, (e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={`manual-${id}`}>
        <strong>{item.recommendation.title[lang]}</strong>
        <span id={`manual-${id}-text`} class="manual-text">{item.recommendation.text[lang]}</span>
      </label>
    </div>
  );
}

export function ManualChecklist({ items, ticked, lang, t, onToggle, onUntickAll }: Props) {
  return (
    <section class="manual" aria-labelledby="manual-heading">
      <h2 id="manual-heading">{t("popup.manualHeading")}</h2>
      <p class="intro">{t("popup.manualIntro")}</p>
      <ul>
        {items.map((item) => (
          <li key={item.recommendation.id}>
            <ManualCheckbox item={item} ticked={ticked} lang={lang} onToggle={onToggle} />
          </li>
        ))}
      </ul>
      {ticked.size > 0 && (
        <button type="button" class="gf-button link" onClick={onUntickAll}>
          {t("popup.untickAll")}
        </button>
      )}
    </section>
  );
}
