// Every fix of every rule, applied to the rules' own examples (both languages, both platforms that
// change a fix's wording), leaves the post whole: no double space, no orphan punctuation, no word
// dropped outside the span the finding names, and the same again once the fix is undone.
import { describe, expect, it } from "vitest";
import { defaultEngine } from "../src/analyzer/index.js";
import { bundledRules } from "../src/analyzer/rules/source-rules.js";
import type { Finding } from "../src/analyzer/types.js";
import fixWords from "../src/analyzer/fix-words.json";

const PREPOSITIONS = new Set(fixWords.prepositions);

const engine = defaultEngine();
const { ruleSets } = bundledRules();

const words = (s: string): string[] => s.match(/[\p{L}\p{N}]+/gu) ?? [];

/** Traces a fix leaves in a post when it cuts badly; each one counted before and after. */
const DAMAGE: Array<[string, RegExp]> = [
  ["a double space", /[^\S\n]{2,}/g],
  ["a space before a comma, a period or a closing bracket", /[^\S\n][,.)\]»]/g],
  ["an empty pair of brackets", /[([«]\s*[)\]»]/g],
  ["two punctuation marks with nothing between them", /[,;:]\s*[,.;:!?]|[.!?]\s*[,;:]/g],
  ["a line that starts with punctuation", /^[^\S\n]*[,.;:!?)]/gm],
  ["a space at the start or the end of a line", /^[^\S\n]+\S|\S[^\S\n]+$/gm],
];

function count(re: RegExp, s: string): number {
  return s.match(re)?.length ?? 0;
}

function applyFix(text: string, f: Finding): string {
  const fix = f.fix!;
  return text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
}

/** What applying `f`'s fix to `text` damaged (empty when nothing). */
function damage(text: string, f: Finding): string[] {
  const fix = f.fix!;
  const out = applyFix(text, f);
  const problems: string[] = [];
  for (const [what, re] of DAMAGE) if (count(re, out) > count(re, text)) problems.push(`${what}: ${JSON.stringify(out)}`);
  // The words before and after the span the finding names are all still there, in order; only a
  // preposition right before a removed span may go with it ("attend au 819 555-0147." → "attend.").
  const got = words(out);
  const all = words(text);
  const tail = words(text.slice(f.end));
  let kept: boolean;
  if (fix.start >= f.end) {
    kept = got.slice(0, all.length).join(" ") === all.join(" ");
  } else {
    const head = words(text.slice(0, f.start));
    const last = head[head.length - 1];
    const shorter = last !== undefined && fix.start < f.start && PREPOSITIONS.has(last.toLowerCase()) ? head.slice(0, -1) : head;
    const startsWith = (ws: string[]) => got.slice(0, ws.length).join(" ") === ws.join(" ");
    kept = (startsWith(head) || startsWith(shorter)) && got.slice(got.length - tail.length).join(" ") === tail.join(" ");
  }
  if (!kept) problems.push(`a word outside the span was dropped: ${JSON.stringify(out)}`);
  return problems;
}

const samples: Array<{ rule: string; text: string }> = [];
for (const set of ruleSets) {
  for (const rule of set.rules) {
    for (const ex of rule.examples.invalid) samples.push({ rule: rule.id, text: ex.text });
    for (const ex of rule.examples.valid) samples.push({ rule: rule.id, text: typeof ex === "string" ? ex : ex.text });
  }
}

describe("every fix of every rule leaves the post whole", () => {
  for (const platform of ["facebook", "x"] as const) {
    it(`on the rules' examples (${samples.length} drafts, ${platform})`, () => {
      const problems: string[] = [];
      let fixes = 0;
      for (const { rule, text } of samples) {
        for (const ui of ["fr", "en"] as const) {
          for (const f of engine.analyze(text, { platform, uiLanguage: ui }).findings) {
            if (!f.fix) continue;
            fixes++;
            for (const p of damage(text, f)) problems.push(`${f.ruleId} (example of ${rule}) «${text}» → ${p}`);
          }
        }
      }
      expect(fixes).toBeGreaterThan(50);
      expect([...new Set(problems)]).toEqual([]);
    });
  }
});

describe("the property's own checks", () => {
  const finding = (text: string, span: string, replacement: string, at = text.indexOf(span)): Finding => ({
    ruleId: "privacy/file-number", category: "patient-privacy", severity: "error", start: at, end: at + span.length, message: "", recommendation: "",
    fix: { start: at, end: at + span.length, replacement, label: "" },
  });

  it("catches the removal that took the noun and left a double space", () => {
    expect(damage("Son dossier 7730415 traînait.", finding("Son dossier 7730415 traînait.", "dossier 7730415", ""))).toHaveLength(1);
  });

  it("catches an orphan comma, empty brackets and a dropped word", () => {
    expect(damage("Son NAS, 269 920 575, est là.", finding("Son NAS, 269 920 575, est là.", "269 920 575", "")).join()).toMatch(/punctuation/);
    expect(damage("Sa carte (BOUC 6907) est là.", finding("Sa carte (BOUC 6907) est là.", "BOUC 6907", "")).join()).toMatch(/brackets/);
    const text = "Son dossier 7730415 traînait.";
    const f = finding(text, "7730415", "");
    f.fix = { start: 4, end: 20, replacement: "", label: "" };
    expect(damage(text, f).join()).toMatch(/dropped/);
  });
});

describe("removals keep the sentence whole", () => {
  const fixed = (text: string, ruleId: string): string => {
    const f = engine.analyze(text).findings.find((x) => x.ruleId === ruleId && x.fix);
    if (!f?.fix) throw new Error(`no ${ruleId} fix in ${text}`);
    return applyFix(text, f);
  };

  it("removes a file number and keeps its noun", () => {
    expect(fixed("Son dossier no 552190 est resté ouvert au poste.", "privacy/file-number")).toBe("Son dossier est resté ouvert au poste.");
    expect(fixed("Chart # 88123 was left open on the ward computer.", "privacy/file-number")).toBe("Chart was left open on the ward computer.");
  });

  it("takes the brackets or the pair of commas around a removed number", () => {
    expect(fixed("Sa carte RAMQ (BOUC 6907 0811) est restée au triage.", "privacy/health-card-number")).toBe("Sa carte RAMQ est restée au triage.");
    expect(fixed("Le formulaire indiquait son NAS, 269 920 575, en toutes lettres.", "privacy/social-insurance-number")).toBe("Le formulaire indiquait son NAS en toutes lettres.");
  });

  it("takes the preposition that only introduced what it removes", () => {
    expect(fixed("Si vous connaissez la dame, son fils attend au 819 555-0147.", "privacy/phone-number")).toBe("Si vous connaissez la dame, son fils attend.");
    expect(fixed("My patient at 212 Birch Lane has not picked up her pills.", "privacy/street-address")).toBe("My patient has not picked up her pills.");
  });
});
