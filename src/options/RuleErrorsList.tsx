// Diagnostics: rules that failed on some draft in this browser session (the other rules kept
// reporting). Shown, not swallowed, so a broken rule gets noticed and reported.
import { useEffect, useState } from "preact/hooks";
import type { MessageKey } from "../shared/i18n.js";
import { readRuleErrors, type RuleErrors } from "../shared/rule-errors.js";

export function RuleErrorsList({ t }: { t: (key: MessageKey) => string }) {
  const [errors, setErrors] = useState<RuleErrors>([]);
  useEffect(() => {
    void readRuleErrors().then(setErrors);
  }, []);
  if (errors.length === 0) {
    return <p data-rule-errors="none">{t("options.ruleErrorsNone")}</p>;
  }
  return (
    <div class="notice" data-rule-errors={String(errors.length)}>
      <p>
        {t("options.ruleErrorsSome")}
      </p>
      <ul>
        {errors.map((e) => (
          <li key={e.ruleId}>
            <code>{e.ruleId}</code> — {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
