// The popup's top banner, worded from the readiness so it never contradicts the findings below:
// a draft with nothing flagged says so, and names what is left (the manual checks) instead of a
// bare "not ready".
import type { Translator } from "../shared/i18n.js";
import type { Readiness } from "./checklist.js";

export interface Banner {
  /** "ready": nothing left; "checks": nothing to fix, manual checks left; "errors": errors to fix. */
  tone: "ready" | "checks" | "errors";
  title: string;
  detail: string;
}

export function bannerOf(r: Readiness, t: Translator): Banner {
  const warnings = r.warnings === 0 ? null : r.warnings === 1 ? t("popup.warningsOne") : t("popup.warningsMany", { count: r.warnings });
  const checks = r.unticked === 0 ? null : r.unticked === 1 ? t("popup.checksOne") : t("popup.checksMany", { count: r.unticked });
  if (r.errors > 0) {
    const errors = r.errors === 1 ? t("popup.errorsOne") : t("popup.errorsMany", { count: r.errors });
    return { tone: "errors", title: t("popup.notReady"), detail: [errors, warnings, checks].filter(Boolean).join(" · ") };
  }
  if (r.unticked > 0) {
    const many = r.unticked > 1;
    const title =
      r.flagged === 0
        ? many ? t("popup.cleanChecksMany", { count: r.unticked }) : t("popup.cleanChecksOne")
        : many ? t("popup.noErrorChecksMany", { count: r.unticked }) : t("popup.noErrorChecksOne");
    return { tone: "checks", title, detail: [warnings, t("popup.checksDetail")].filter(Boolean).join(" · ") };
  }
  return { tone: "ready", title: t("popup.ready"), detail: [t("popup.readyDetail"), warnings].filter(Boolean).join(" · ") };
}
