// The rules a build ships (see vite.rules-plugin.ts); vitest resolves it to the rule files.
declare module "virtual:garde-fou/rules" {
  const rules: import("../src/analyzer/prebuild.js").PrebuiltRules;
  export default rules;
}
