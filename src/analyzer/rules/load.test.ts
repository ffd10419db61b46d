// A rule set kept as a folder of topics reads as one rule set; its mistakes are named by file.
import { describe, expect, it } from "vitest";
import { parseRuleFiles } from "./load.js";

const msg = { fr: "message fr", en: "message en" };
const rule = (id: string, pattern: string) => ({
  id,
  detector: "phrases",
  severity: "warning",
  recommendation: "r",
  message: msg,
  note: "n",
  params: { patterns: [pattern] },
  examples: { invalid: [{ text: "x" }], valid: ["y"] },
});
const family = (word: string) => ({ note: "n", any: [word] });
const header = (topics: string[], families = {}) => ({ id: "consensus", category: "medical-consensus", overlapping: "merge", description: msg, families, topics });
const topic = (families: object, rules: object[]) => ({ description: msg, families, rules });

describe("a rule set kept as a folder of topics", () => {
  const files = {
    "/rules/consensus/set.json": header(["vaccines", "cancer"], { shared: family("cure") }),
    // Listed second in topics, first by name: the header's order is the rules' order.
    "/rules/consensus/cancer.json": topic({ tumour: family("tumour") }, [rule("consensus/cancer-cure", "@shared @tumour")]),
    "/rules/consensus/vaccines.json": topic({ jab: family("jab") }, [rule("consensus/jab", "@jab"), rule("consensus/jab-cure", "@jab @shared")]),
    "/rules/gazetteers/places.json": { anything: "word lists are not rule files" },
  };

  it("is one rule set: the shared families, each topic's families and its rules in the header's order", () => {
    const { ruleSets } = parseRuleFiles(files);
    expect(ruleSets).toHaveLength(1);
    const [set] = ruleSets;
    expect(set).toMatchObject({ id: "consensus", category: "medical-consensus", overlapping: "merge", signals: [] });
    expect(set!.rules.map((r) => r.id)).toEqual(["consensus/jab", "consensus/jab-cure", "consensus/cancer-cure"]);
    expect(Object.keys(set!.families)).toEqual(["shared", "jab", "tumour"]);
    expect(set).not.toHaveProperty("topics");
  });

  it("names the file of a family defined twice", () => {
    const twice = { ...files, "/rules/consensus/cancer.json": topic({ jab: family("jab") }, [rule("consensus/c", "@jab")]) };
    expect(() => parseRuleFiles(twice)).toThrow(/rules\/consensus\/cancer\.json: families\.jab: already defined in rules\/consensus\/vaccines\.json/);
  });

  it("names a topic listed but not on disk, and a file on disk not listed", () => {
    const { "/rules/consensus/cancer.json": _, ...missing } = files;
    expect(() => parseRuleFiles(missing)).toThrow(/rules\/consensus\/set\.json: topics: no file rules\/consensus\/cancer\.json/);
    const extra = { ...files, "/rules/consensus/covid.json": topic({}, [rule("consensus/x", "x")]) };
    expect(() => parseRuleFiles(extra)).toThrow(/rules\/consensus\/covid\.json: not listed in rules\/consensus\/set\.json topics/);
  });

  it("reports a malformed topic with its file and JSON path", () => {
    const broken = { ...files, "/rules/consensus/cancer.json": { description: msg, rules: [{ ...rule("consensus/c", "x"), severity: "fatal" }] } };
    expect(() => parseRuleFiles(broken)).toThrow(/rules\/consensus\/cancer\.json: rules\[0\]\.severity: /);
    const noTopics = { ...files, "/rules/consensus/set.json": { ...header([]) } };
    expect(() => parseRuleFiles(noTopics)).toThrow(/rules\/consensus\/set\.json: topics: /);
  });
});
