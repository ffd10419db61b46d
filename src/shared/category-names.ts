// The six categories' names, in one place for every surface that shows them (the card and chip in
// the page, the popup, the options and the playground).
import type { Category } from "../analyzer/types.js";

export const CATEGORY_NAMES: Readonly<Record<"fr" | "en", Readonly<Record<Category, string>>>> = {
  fr: {
    "patient-privacy": "Confidentialité des patients",
    "clinical-advice": "Conseils cliniques",
    "medical-consensus": "Consensus médical",
    "therapeutic-relationship": "Relation thérapeutique",
    advertising: "Publicité",
    professionalism: "Professionnalisme",
  },
  en: {
    "patient-privacy": "Patient privacy",
    "clinical-advice": "Clinical advice",
    "medical-consensus": "Medical consensus",
    "therapeutic-relationship": "Therapeutic relationship",
    advertising: "Advertising",
    professionalism: "Professionalism",
  },
};
