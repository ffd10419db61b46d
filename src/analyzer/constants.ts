// The analyzer's closed lists, without zod: the content script imports them, and a module that
// builds zod schemas at its top level would bring zod into every page (types.ts builds the schemas).
export const CATEGORIES = [
  "patient-privacy",
  "clinical-advice",
  "medical-consensus",
  "therapeutic-relationship",
  "advertising",
  "professionalism",
] as const;

export const SEVERITIES = ["error", "warning", "info"] as const;

export const RULE_SETS = [
  "privacy",
  "clinical-advice",
  "consensus",
  "relationship",
  "advertising",
  "professionalism",
] as const;
