// The rules a build ships (vite.rules-plugin.ts → src/analyzer/prebuild.ts): the same rule
// sets as the files, and triggers that let an engine compile each rule on first need without
// changing a single finding.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { detectors } from "../src/analyzer/detectors/registry.js";
import { Engine } from "../src/analyzer/engine.js";
import { FactsReader, type ShippedFacts } from "../src/analyzer/patterns/shipped-facts.js";
import { gazetteers, PhraseSet, type FoldedGazetteers } from "../src/analyzer/privacy/gazetteers.js";
import { prebuildRules } from "../src/analyzer/prebuild.js";
import { compactEntry, FamilyTable } from "../src/analyzer/patterns/families.js";
import type { RuleSet } from "../src/analyzer/rules/schema.js";
import { bundledRules, ruleFiles } from "../src/analyzer/rules/source-rules.js";
import { benchTexts } from "../src/bench/texts.js";

const prebuilt = prebuildRules(ruleFiles());
const { ruleSets, recommendations } = bundledRules();

function flatten(set: RuleSet): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, f] of Object.entries(set.families)) out[name] = [...(f.fr ?? []), ...(f.en ?? []), ...(f.any ?? [])];
  return out;
}

function corpus(): string[] {
  const texts: string[] = [];
  for (const file of ["dev.jsonl", "holdout.jsonl"]) {
    for (const line of readFileSync(new URL(`./fixtures/${file}`, import.meta.url), "utf8").split("\n")) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
  for (const lang of ["fr", "en"] as const) for (const { text } of benchTexts(lang).slice(0, 3)) texts.push(text);
  return texts;
}

describe("prebuilt rules", () => {
  it("are the rule files, validated, each rule's parameters as its detector reads them", () => {
    const parsed = ruleSets.map((set) => ({ ...set, rules: set.rules.map((rule) => ({ ...rule, params: detectors.get(rule.detector)?.params.parse(rule.params ?? {}) })) }));
    // Families are compared below: their entries ship in the form the build writes.
    const withoutFamilies = (sets: readonly RuleSet[]) => sets.map((set) => ({ ...set, families: Object.keys(set.families) }));
    expect(withoutFamilies(prebuilt.ruleSets)).toEqual(withoutFamilies(parsed));
    expect(prebuilt.recommendations).toEqual(recommendations);
    expect(prebuilt.paramsChecked).toBe(true);
  });

  it("ship every family entry as the same tree as the entry as written", () => {
    let compacted = 0;
    ruleSets.forEach((set, k) => {
      const shippedSet = prebuilt.ruleSets[k] as RuleSet;
      expect(shippedSet.id).toBe(set.id);
      const written = new FamilyTable(flatten(set));
      const shipped = new FamilyTable(flatten(shippedSet));
      expect(shipped.names()).toEqual(written.names());
      for (const name of written.names()) {
        expect(shipped.get(name), `${set.id}: @${name}`).toEqual(written.get(name));
        for (const lang of ["fr", "en", "any"] as const) {
          const entries = set.families[name]?.[lang] ?? [];
          const out = shippedSet.families[name]?.[lang] ?? [];
          expect(out.length).toBe(entries.length);
          entries.forEach((entry, j) => {
            if (out[j] !== entry) compacted++;
            expect(out[j]).toBe(compactEntry(entry));
          });
        }
      }
    });
    expect(compacted).toBeGreaterThan(0);
  });

  it("give an engine that trusts their parameters the same findings as one that checks them", () => {
    const checking = new Engine(ruleSets, recommendations);
    const trusting = new Engine(prebuilt.ruleSets, prebuilt.recommendations, undefined, prebuilt.triggers, { paramsChecked: true });
    for (const text of corpus()) expect(JSON.stringify(trusting.analyze(text, { explain: true }))).toBe(JSON.stringify(checking.analyze(text, { explain: true })));
  });

  it("give an engine that reads the shipped pattern facts the same findings, on every draft", () => {
    const checking = new Engine(ruleSets, recommendations);
    const shipped = JSON.parse(JSON.stringify(prebuilt)) as typeof prebuilt;
    expect(shipped.patternFacts).toBeDefined();
    let reading = new Engine(shipped.ruleSets, shipped.recommendations, undefined, shipped.triggers, { paramsChecked: true, patternFacts: shipped.patternFacts });
    corpus().forEach((text, k) => {
      // Fresh engines now and then: patterns are built from the facts at different points.
      if (k % 11 === 0) reading = new Engine(shipped.ruleSets, shipped.recommendations, undefined, shipped.triggers, { paramsChecked: true, patternFacts: shipped.patternFacts });
      expect(JSON.stringify(reading.analyze(text, { explain: true }))).toBe(JSON.stringify(checking.analyze(text, { explain: true })));
    });
  });

  it("ship for every pattern the facts a fresh engine works out", () => {
    const facts = prebuilt.patternFacts as ShippedFacts;
    const reader = new FactsReader(facts);
    const computed = new Engine(ruleSets, recommendations).patternFacts();
    // Written again from the computing engine, the facts are the same text.
    expect(computed).toEqual(facts);
    let count = 0;
    for (const [table, bySource] of Object.entries(facts.tables)) {
      for (const source of Object.keys(bySource)) {
        const read = reader.get(table, source);
        expect(read).toBeDefined();
        count++;
      }
    }
    expect(count).toBeGreaterThan(500);
    expect(reader.get("advertising", "no such pattern in any rule")).toBeUndefined();
    expect(reader.get(undefined, "x")).toBeUndefined();
  });

  it("ship the privacy word lists folded, giving the sets that folding the files gives", () => {
    const lists = prebuilt.gazetteers as FoldedGazetteers;
    const g = gazetteers();
    expect(Object.keys(lists).sort()).toEqual(Object.keys(g).sort());
    for (const name of Object.keys(g) as Array<keyof typeof g>) {
      const shipped = new PhraseSet(lists[name], true);
      expect([...shipped.phrases]).toEqual([...g[name].phrases]);
      expect(shipped.maxWords).toBe(g[name].maxWords);
      expect(shipped.phrases.size).toBeGreaterThan(0);
    }
  });

  it("survive the trip through JSON the build makes", () => {
    expect(JSON.parse(JSON.stringify(prebuilt))).toEqual(prebuilt);
  });

  it("give every rule its triggers, and run on every paragraph the rules that finalize without hits", () => {
    const triggers = prebuilt.triggers ?? {};
    const eager = new Engine(ruleSets, recommendations);
    expect(Object.keys(triggers).sort()).toEqual(eager.ruleIds().sort());
    // A rule compiled late reports nothing before it is compiled: the terms always to flag, which
    // come from settings rather than from the draft, must run everywhere.
    expect(triggers["privacy/user-term"]).toBeNull();
  });

  it("let a fresh engine that compiles rules on first need find exactly what the eager one finds", () => {
    const eager = new Engine(ruleSets, recommendations);
    const strip = (text: string, e: Engine) => JSON.stringify(e.analyze(text, { explain: true }));
    let lazy = new Engine(ruleSets, recommendations, undefined, prebuilt.triggers);
    corpus().forEach((text, k) => {
      // A new lazy engine every few drafts: rules get compiled in the middle of an analysis, at
      // different points of the corpus.
      if (k % 7 === 0) lazy = new Engine(ruleSets, recommendations, undefined, prebuilt.triggers);
      expect(strip(text, lazy)).toBe(strip(text, eager));
    });
    // Twice every labelled draft with fresh engines: its time grows with the corpora, not a limit.
  }, 240_000);

  it("compile no rule that a draft does not need", () => {
    const lazy = new Engine(ruleSets, recommendations, undefined, prebuilt.triggers);
    const all = lazy.ruleIds().length;
    const upFront = lazy.compiledRuleCount();
    expect(upFront).toBeLessThan(all / 4);
    lazy.analyze("Bonne journée à tous !");
    const afterGreeting = lazy.compiledRuleCount();
    expect(afterGreeting).toBeLessThan(all / 4);
    lazy.analyze("Les vaccins causent l'autisme.");
    expect(lazy.compiledRuleCount()).toBeGreaterThan(afterGreeting);
  });

  it("are what the builds ship: the Node build's engine starts with most rules not compiled", async () => {
    const index = new URL("../dist/node/index.js", import.meta.url);
    if (!existsSync(index)) throw new Error("dist/node is missing: run `npm run build` (npm test does)");
    const mod = (await import(pathToFileURL(index.pathname).href)) as typeof import("../src/analyzer/index.js");
    const engine = mod.defaultEngine();
    expect(engine.compiledRuleCount()).toBeLessThan(engine.ruleIds().length / 4);
    // The service worker's chunk carries the prebuilt rules, not the rule files' loader.
    const assets = new URL("../dist/chrome/assets/", import.meta.url);
    // (The minifier may write the JSON in a template literal, quotes unescaped.)
    const worker = readdirSync(assets)
      .map((f) => readFileSync(new URL(f, assets), "utf8"))
      .find((code) => /\\?"triggers\\?":\{/.test(code));
    expect(worker).toBeDefined();
    expect(worker).not.toContain("import.meta.glob");
  });
});
