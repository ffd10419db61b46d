// The draft's findings grouped by category, each with the report's recommendation, the Code
// articles and a button that shows the finding in the page.
import { describeArticles, categoryKey, severityKey, type Lang, type Translator } from "../shared/i18n.js";
import type { Finding } from "../analyzer/types.js";
import { groupFindings } from "./checklist.js";
import { recommendationById } from "./recommendations.js";

interface Props {
  findings: readonly Finding[];
  /** The flagged words of each finding, same order (empty while the page has not answered). */
  excerpts?: readonly string[];
  lang: Lang;
  t: Translator;
  onShow(index: number): void;
}

export function Findings({ findings, excerpts = [], lang, t, onShow }: Props) {
  const groups = groupFindings(findings);
  return (
    <section class="findings" aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t("popup.findingsHeading")}</h2>
      {groups.length === 0 ? (
        <p class="empty">{t("popup.noFindings")}</p>
      ) : (
        groups.map((group) => (
          <section class="category" key={group.category} aria-labelledby={`cat-${group.category}`} data-category={group.category}>
            <h3 id={`cat-${group.category}`}>{t("popup.categoryCount", { label: t(categoryKey(group.category)), count: group.findings.length })}</h3>
            <ul>
              {group.findings.map(({ index, finding }) => (
                <FindingItem key={index} index={index} finding={finding} excerpt={excerpts[index]} lang={lang} t={t} onShow={onShow} />
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}

function FindingItem({ index, finding, excerpt, lang, t, onShow }: { index: number; finding: Finding; excerpt: string | undefined; lang: Lang; t: Translator; onShow(index: number): void }) {
  const rec = recommendationById(finding.recommendation);
  return (
    <li class={`finding ${finding.severity}`} data-rule={finding.ruleId}>
      <p class="finding-message">
        <span class={`gf-severity ${finding.severity}`}>{t(severityKey(finding.severity))}</span> {finding.message}
      </p>
      {excerpt ? (
        <p class="excerpt" data-excerpt>
          <span class="gf-visually-hidden">{t("popup.flagged")} </span>
          <mark>{excerpt}</mark>
        </p>
      ) : null}
      {rec && (
        <div class="recommendation">
          <p>
            <span class="gf-visually-hidden">{t("popup.recommendationLead")} </span>
            <strong>{rec.title[lang]}</strong> — {rec.text[lang]}
          </p>
          {rec.articles.length > 0 && <p class="articles">{describeArticles(t, rec.articles)}</p>}
        </div>
      )}
      <button type="button" class="gf-button secondary small" aria-label={t("popup.showInPageLabel", { message: finding.message })} onClick={() => onShow(index)}>
        {t("popup.showInPage")}
      </button>
    </li>
  );
}
