// The document pass, on every analysis over the cached paragraphs: the draft's language, the
// signals present anywhere, hits placed at document offsets and resolved against those signals,
// each rule's finalize, overlaps merged, findings written, the allowlist applied, and the order.
import type { DocumentContext, DocumentHit, DocumentParagraph, Hit, ParagraphFacts, SentenceView, SignalHit } from "../detectors/types.js";
import { silencedBy } from "../allowlist.js";
import { combineDetails } from "../privacy/combination.js";
import { demoteUnlikely } from "../situations/confirm.js";
import { termOccurrences } from "../text/terms.js";
import { decisiveVote, detectLanguage, type Lang } from "../text/language.js";
import { tokenize } from "../text/tokenize.js";
import type { Analysis, AnalyzeOptions, Finding, Severity } from "../types.js";
import { toFinding } from "./findings.js";
import type { KeptParagraph, ParagraphResult } from "./paragraph-pass.js";
import type { CompiledRules } from "./rule-compilation.js";

export interface AnalysisWithDiagnostics extends Analysis {
  /** Rules that threw on this draft; the others still reported. */
  errors?: Array<{ ruleId: string; message: string }>;
}

const DEMOTABLE_DETECTORS: ReadonlySet<string> = new Set(["phrases", "emoji-context", "patient-details", "person-name", "treatment-phrases", "dosing", "reply-to-person", "health-claim"]);

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export class DocumentPass {
  constructor(private readonly compiledRules: CompiledRules) {}

  private demotable: Set<string> | undefined;

  /** The rules whose warnings a very unlikely situation turns into tips: those that read context
   *  (phrases, a story's details, a name), never an identifier's pattern nor a user's own term. */
  private demotableRules(): Set<string> {
    this.demotable ??= new Set(this.compiledRules.rules.filter((r) => DEMOTABLE_DETECTORS.has(r.rule.detector)).map((r) => r.rule.id));
    return this.demotable;
  }

  private lastLanguage: { sample: string; lang: Lang } | undefined;

  /** The findings of a draft whose paragraphs (with their start offsets) gave `results`. */
  run(text: string, paragraphs: ReadonlyArray<{ start: number }>, results: readonly ParagraphResult[], options: AnalyzeOptions): AnalysisWithDiagnostics {
    const lang: Lang = options.lang ?? this.documentLanguage(text, results);
    const ui = options.uiLanguage ?? (lang === "en" ? "en" : "fr");
    const fixLang: "fr" | "en" = lang === "en" ? "en" : "fr";
    const enabledSets = new Set<string>(options.ruleSets ?? []);
    const disabled = new Set(options.disabledRules ?? []);

    const documentSignals = new Set<string>();
    for (const r of results) for (const [id, hits] of r.kept.signals) if (hits.length > 0) documentSignals.add(id);
    // Placed paragraphs are built only if a finalize asks for them (most keystrokes need none).
    let placed: DocumentContext["paragraphs"] | undefined;
    const docCtx: DocumentContext = {
      text,
      lang,
      get paragraphs() {
        return (placed ??= results.map((r, i) => new PlacedParagraph(r.kept, (paragraphs[i] as { start: number }).start)));
      },
      signals: documentSignals,
      options,
    };

    // Hits by rule, placed in the document: one pass over the paragraphs' (mostly empty) hit maps.
    const byRule = new Map<string, DocumentHit[]>();
    results.forEach((r, pi) => {
      const offset = (paragraphs[pi] as { start: number }).start;
      for (const [ruleId, list] of r.hits) {
        let bucket = byRule.get(ruleId);
        if (!bucket) byRule.set(ruleId, (bucket = []));
        for (const h of list) bucket.push(place(h, offset, pi));
      }
    });
    const findings: Finding[] = [];
    const errors: Array<{ ruleId: string; message: string }> = [];
    for (const r of results) errors.push(...r.errors);
    for (const compiled of this.compiledRules.rules) {
      const { rule } = compiled;
      if (options.ruleSets && !enabledSets.has(compiled.ruleSetId)) continue;
      if (disabled.has(rule.id)) continue;
      // A rule not compiled yet has run on no paragraph: it has nothing to report.
      const runner = compiled.runner;
      if (!runner) continue;
      let hits: DocumentHit[] = byRule.get(rule.id) ?? [];
      if (hits.length === 0 && !runner.finalize) continue;
      if (hits.some(hasSignalConditions)) hits = hits.filter((h) => resolveSignals(h, documentSignals));
      if (runner.finalize) {
        try {
          hits = runner.finalize(docCtx, hits);
        } catch (e) {
          errors.push({ ruleId: rule.id, message: (e as Error).message });
          continue;
        }
      }
      for (const h of mergeHits(hits, rule.severity)) findings.push(toFinding(compiled, h, text, ui, fixLang, options));
    }
    if (findings.length > 0) demoteUnlikely(findings, () => docCtx.paragraphs, (id) => this.demotableRules().has(id));

    const allowlist = options.allowlist ?? [];
    const allowed = allowlist.length === 0 ? [] : termOccurrences(results.map((r, i) => ({ folded: r.kept.folded, offset: (paragraphs[i] as { start: number }).start })), allowlist, false);
    const overlapMerge = this.compiledRules.overlapMerge;
    const cards = overlapMerge.size === 0 || findings.length < 2 ? findings : mergeOverlapping(findings, overlapMerge);
    const kept = allowed.length === 0 ? cards : cards.filter((f) => !silencedBy(allowed, f, text));
    kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
    // One finding a story for the details that identify together (privacy/combination.ts).
    const analysis: AnalysisWithDiagnostics = { language: lang, findings: combineDetails(kept, text) };
    if (errors.length > 0) analysis.errors = errors;
    return analysis;
  }

  /** The draft's language: stop-word votes summed over the cached paragraphs, and franc on the
   *  first 2,000 characters (memoised: while typing further down, the sample does not change). */
  private documentLanguage(text: string, results: readonly ParagraphResult[]): Lang {
    if (results.length === 0) return "und";
    let fr = 0;
    let en = 0;
    for (const r of results) {
      fr += r.vote.fr;
      en += r.vote.en;
    }
    // A clear vote wins whatever franc says (see below): franc is then not asked, nor loaded.
    if (decisiveVote({ fr, en })) return fr > en ? "fr" : "en";
    const sample = text.length > 2000 ? text.slice(0, 2000) : text;
    let franc: Lang;
    if (this.lastLanguage?.sample === sample) franc = this.lastLanguage.lang;
    else {
      franc = sample.length >= 120 ? detectLanguage(sample, []) : "und";
      this.lastLanguage = { sample, lang: franc };
    }
    if (franc === "fr" && en <= fr * 2) return "fr";
    if (franc === "en" && fr <= en * 2) return "en";
    if (fr === 0 && en === 0) return franc;
    return fr >= en ? "fr" : "en";
  }
}

/** A cached paragraph placed in the document, for finalizers. */
class PlacedParagraph implements DocumentParagraph {
  constructor(
    private readonly kept: KeptParagraph,
    readonly offset: number,
  ) {}
  get text(): string {
    return this.kept.text;
  }
  get folded(): string {
    return this.kept.folded;
  }
  get sentences(): readonly SentenceView[] {
    return this.kept.sentences;
  }
  get lang(): Lang {
    return this.kept.lang;
  }
  get signals(): ReadonlyMap<string, readonly SignalHit[]> {
    return this.kept.signals;
  }
  facts<T>(spec: ParagraphFacts<T>): T {
    const kept = this.kept;
    if (kept.facts?.has(spec.key)) return kept.facts.get(spec.key) as T;
    // The rule was compiled after this paragraph was cached: its tokens are read again, once.
    const { text, folded, sentences, lang, signals } = kept;
    const value = spec.compute({ text, folded, tokens: tokenize(text), sentences, lang, signals });
    (kept.facts ??= new Map()).set(spec.key, value);
    return value;
  }
}

/** A paragraph hit placed in the document. Every field is written, so that all placed hits share
 *  one object shape (the document pass runs on every keystroke over every hit of the draft). */
function place(h: Hit, offset: number, paragraph: number): DocumentHit {
  return {
    start: h.start + offset,
    end: h.end + offset,
    paragraph,
    trace: h.trace,
    severity: h.severity,
    fix: h.fix,
    group: h.group,
    data: h.data,
    unlessSignals: h.unlessSignals,
    requiresSignals: h.requiresSignals,
    adjustSignals: h.adjustSignals,
  };
}

function hasSignalConditions(h: Hit): boolean {
  return h.unlessSignals !== undefined || h.requiresSignals !== undefined || h.adjustSignals !== undefined;
}

function resolveSignals(h: Hit, present: ReadonlySet<string>): boolean {
  if (h.unlessSignals?.some((s) => present.has(s))) return false;
  if (h.requiresSignals && !h.requiresSignals.every((s) => present.has(s))) return false;
  const adj = h.adjustSignals?.find((a) => present.has(a.signal));
  if (adj) {
    h.severity = adj.severity;
    h.trace = [...h.trace, `severity ${adj.severity}: signal ${adj.signal} in the draft`];
  }
  return true;
}

/** Merges overlapping hits of one rule (same group), keeping the worst severity. */
function mergeHits(hits: DocumentHit[], ruleSeverity: Severity): DocumentHit[] {
  // The hits are this analysis's own placed copies (or a finalize's new objects): set in place.
  for (const h of hits) h.severity ??= ruleSeverity;
  const sorted = hits.length > 1 ? [...hits].sort((a, b) => a.start - b.start || b.end - a.end) : hits;
  const out: DocumentHit[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.start < last.end && h.group === last.group) {
      const merged: DocumentHit = { ...last, end: Math.max(last.end, h.end), trace: [...last.trace, ...h.trace] };
      merged.severity = worst(last.severity ?? ruleSeverity, h.severity ?? ruleSeverity);
      if (last.fix && h.end > last.end) delete merged.fix;
      out[out.length - 1] = merged;
    } else {
      out.push(h);
    }
  }
  return out;
}

/** One card for overlapping findings of rules whose set merges them (one dosing sentence is a
 *  dose, a medication change and a regimen at once): the worst severity, then the rule listed
 *  first, speaks for the passage, over the span of all of them. */
function mergeOverlapping(findings: Finding[], ranks: ReadonlyMap<string, { key: string; order: number }>): Finding[] {
  const out: Finding[] = [];
  const open = new Map<string, Finding>();
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const f of sorted) {
    const rank = ranks.get(f.ruleId);
    if (!rank) {
      out.push(f);
      continue;
    }
    const last = open.get(rank.key);
    if (!last || f.start >= last.end) {
      const copy = { ...f };
      open.set(rank.key, copy);
      out.push(copy);
      continue;
    }
    const lastRank = ranks.get(last.ruleId)?.order ?? 0;
    const fWins = SEVERITY_RANK[f.severity] > SEVERITY_RANK[last.severity] || (f.severity === last.severity && rank.order < lastRank);
    const start = Math.min(last.start, f.start);
    const end = Math.max(last.end, f.end);
    const winner = fWins ? f : last;
    const trace = last.trace || f.trace ? [...(winner.trace ?? []), ...((fWins ? last.trace : f.trace) ?? [])] : undefined;
    // A fix that edits the winner's own passage no longer fits a wider one; a notice appended at
    // the end of the draft still does.
    const fix = winner.fix;
    const editsPassage = fix !== undefined && fix.start < winner.end && fix.end > winner.start;
    const keepFix = fix !== undefined && (!editsPassage || (winner.start === start && winner.end === end));
    Object.assign(last, { ...winner, start, end });
    if (trace) last.trace = trace;
    if (!keepFix) delete last.fix;
  }
  return out;
}

function worst(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}
