/** Every rule file under `root`/rules, by path ("/rules/…"), as parsed JSON (see rule-files.mjs). */
export function readRuleFiles(root: string, onError?: (file: string, message: string) => void): Record<string, unknown>;
