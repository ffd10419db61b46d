// Benchmark drafts. Two kinds, at the same four sizes (280 characters, 300, 2,000 and 20,000 words):
// - varied text, read at run time from the labelled drafts in tests/fixtures (development corpus,
//   held-out set, and any blind set in tests/fixtures/blind/), plus any folder given with
//   --corpus-dir: what users write, where few spellings and no paragraph recur;
// - repeated sentences, ten per language written for the benchmark and repeated to size: a best
//   case, since whatever the engine remembers per spelling then serves most of the work.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";

export type BenchLang = "fr" | "en";

export const SIZE_NAMES = ["280 characters", "300 words", "2,000 words", "20,000 words"] as const;
export type SizeName = (typeof SIZE_NAMES)[number];

export interface BenchSize {
  name: SizeName;
  /** Distinct drafts of this size, analysed in turn (one after the other, run after run). */
  drafts: string[];
  /** Share of the words, over the drafts, in paragraphs that repeat an earlier paragraph of the
   *  same draft (0 when no paragraph repeats). A repeat carries a number at its end, so that the
   *  paragraph cache cannot serve it: it is analysed in full, with its spellings already seen. */
  repeated: number;
}

export interface VariedSource {
  /** The files that hold drafts in this language. */
  files: string[];
  /** Distinct paragraphs and their words, in this language. */
  paragraphs: number;
  words: number;
}

// ---------------------------------------------------------------------------------------------
// Repeated sentences (the best case), written for the benchmark, not taken from any corpus.

const FR = [
  "Ce matin au bureau, une patiente de 87 ans m'a parlé de sa fatigue.",
  "La saison des virus respiratoires commence et les urgences débordent encore.",
  "Prenez 400 mg d'ibuprofène trois fois par jour pendant cinq jours.",
  "Certains prétendent que les vaccins causent l'autisme, mais les études montrent le contraire.",
  "Notre clinique offre maintenant des rendez-vous le samedi matin.",
  "Envoyez-moi vos résultats en message privé et je vous dirai quoi faire.",
  "Son dossier no 552190 est resté ouvert sur le comptoir du poste.",
  "Merci à toute l'équipe de soins intensifs pour votre travail remarquable cette semaine.",
  "Résultats garantis ou argent remis pour nos traitements au laser.",
  "Je donnerai une conférence sur la prévention des chutes à Sherbrooke en mars.",
];
const EN = [
  "This morning in clinic, an 87-year-old patient told me about her fatigue.",
  "Respiratory virus season is starting and emergency rooms are full again.",
  "Take 400 mg of ibuprofen three times a day for five days.",
  "Some people claim vaccines cause autism, but the studies show the opposite.",
  "Our clinic now offers appointments on Saturday mornings.",
  "Send me your results by DM and I will tell you what to do.",
  "Her chart # 88123 was left open at the nursing station.",
  "Thanks to the whole intensive care team for your remarkable work this week.",
  "Guaranteed results or your money back on our laser treatments.",
  "I will give a talk on fall prevention in Sherbrooke in March.",
];

function buildRepeated(sentences: readonly string[], words: number, perParagraph = 4): string {
  const out: string[] = [];
  let count = 0;
  let i = 0;
  let paragraph: string[] = [];
  while (count < words) {
    const s = sentences[i % sentences.length] as string;
    paragraph.push(s);
    count += countWords(s);
    i++;
    if (paragraph.length === perParagraph) {
      // Numbered, so that the paragraph cache cannot serve repeats.
      out.push(`${paragraph.join(" ")} (${out.length + 1})`);
      paragraph = [];
    }
  }
  if (paragraph.length) out.push(`${paragraph.join(" ")} (${out.length + 1})`);
  return out.join("\n\n");
}

/** The repeated-sentence drafts (best case): one draft a size. */
export function benchTexts(lang: BenchLang): Array<{ name: SizeName; text: string }> {
  const s = lang === "fr" ? FR : EN;
  const post = s.slice(0, 6).join(" ");
  return [
    { name: "280 characters", text: post.slice(0, 280) },
    { name: "300 words", text: buildRepeated(s, 300) },
    { name: "2,000 words", text: buildRepeated(s, 2000) },
    { name: "20,000 words", text: buildRepeated(s, 20000) },
  ];
}

export function repeatedSizes(lang: BenchLang): BenchSize[] {
  return benchTexts(lang).map(({ name, text }) => ({ name, drafts: [text], repeated: repeatedShare([text]) }));
}

// ---------------------------------------------------------------------------------------------
// Varied text, from the labelled drafts.

const draftSchema = z.object({ text: z.string(), lang: z.enum(["fr", "en"]).optional() });

/** The files varied text is read from: the repository's labelled drafts, then `extraDirs`' JSONL files. */
export function corpusFiles(root: string, extraDirs: readonly string[] = []): string[] {
  const fixtures = join(root, "tests", "fixtures");
  const files = ["dev.jsonl", "holdout.jsonl"].map((f) => join(fixtures, f)).filter((f) => existsSync(f));
  for (const dir of [join(fixtures, "blind"), ...extraDirs]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".jsonl")).sort()) files.push(join(dir, f));
  }
  return files;
}

/** A draft's language: its own field, else the file name's "-fr" / "-en". */
function langOf(draft: { lang?: BenchLang | undefined }, file: string): BenchLang | undefined {
  if (draft.lang) return draft.lang;
  const m = /[-_.](fr|en)\.jsonl$/.exec(basename(file));
  return m ? (m[1] as BenchLang) : undefined;
}

/** Distinct paragraphs of the drafts in `lang`, drafts in a fixed shuffled order (so that the
 *  corpora and categories mix), each paragraph once. */
export function corpusParagraphs(files: readonly string[], lang: BenchLang): { paragraphs: string[]; used: string[] } {
  const drafts: string[][] = [];
  const used = new Set<string>();
  for (const file of files) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!line.trim()) continue;
      let parsed;
      try {
        parsed = draftSchema.safeParse(JSON.parse(line));
      } catch {
        continue; // not JSON: skipped, as any line that is not a draft
      }
      if (!parsed.success || langOf(parsed.data, file) !== lang) continue;
      used.add(file);
      drafts.push(parsed.data.text.split("\n").map((p) => p.trim()).filter(Boolean));
    }
  }
  shuffle(drafts, 0x9e3779b9);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const d of drafts) for (const p of d) if (!seen.has(p)) (seen.add(p), out.push(p));
  return { paragraphs: out, used: files.filter((f) => used.has(f)) };
}

/** Drafts at the four sizes from `paragraphs` taken in order. The drafts of one size are
 *  consecutive windows (disjoint while the text lasts); a paragraph repeats inside a draft only
 *  when the text runs out, and then carries a number (see BenchSize.repeated). */
export function variedSizes(paragraphs: readonly string[]): BenchSize[] {
  if (paragraphs.length === 0) return [];
  const total = paragraphs.reduce((n, p) => n + countWords(p), 0);
  const sizes: Array<{ name: SizeName; words?: number; chars?: number; most: number }> = [
    { name: "280 characters", chars: 280, most: 20 },
    { name: "300 words", words: 300, most: 10 },
    { name: "2,000 words", words: 2000, most: 4 },
    { name: "20,000 words", words: 20000, most: 1 },
  ];
  return sizes.map(({ name, words, chars, most }) => {
    const each = words ?? 50;
    const count = Math.max(1, Math.min(most, Math.floor(total / each)));
    let cursor = 0;
    const drafts: string[] = [];
    for (let d = 0; d < count; d++) {
      const taken: string[] = [];
      const times = new Map<string, number>();
      let n = 0;
      let length = 0;
      while (words !== undefined ? n < words : length < (chars as number)) {
        const p = paragraphs[cursor % paragraphs.length] as string;
        cursor++;
        const seen = times.get(p) ?? 0;
        times.set(p, seen + 1);
        let text = seen === 0 ? p : `${p} (${seen + 1})`;
        if (words !== undefined && n + countWords(text) > words) text = firstWords(text, words - n);
        taken.push(text);
        n += countWords(text);
        length += text.length + 2;
      }
      let draft = taken.join("\n\n");
      if (chars !== undefined && draft.length > chars) {
        const cut = draft.lastIndexOf(" ", chars);
        draft = draft.slice(0, cut > 0 ? cut : chars);
      }
      drafts.push(draft);
    }
    return { name, drafts, repeated: repeatedShare(drafts) };
  });
}

export function varied(root: string, lang: BenchLang, extraDirs: readonly string[] = []): { source: VariedSource; sizes: BenchSize[] } {
  const { paragraphs, used: files } = corpusParagraphs(corpusFiles(root, extraDirs), lang);
  const words = paragraphs.reduce((n, p) => n + countWords(p), 0);
  return { source: { files, paragraphs: paragraphs.length, words }, sizes: variedSizes(paragraphs) };
}

// ---------------------------------------------------------------------------------------------

export function countWords(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/)) if (w) n++;
  return n;
}

function firstWords(s: string, n: number): string {
  return s.split(/\s+/).filter(Boolean).slice(0, Math.max(1, n)).join(" ");
}

/** Share of the words in paragraphs whose text, without a trailing repeat number, appeared
 *  earlier in the same draft. */
export function repeatedShare(drafts: readonly string[]): number {
  let all = 0;
  let again = 0;
  for (const draft of drafts) {
    const seen = new Set<string>();
    for (const p of draft.split("\n")) {
      if (!p.trim()) continue;
      const w = countWords(p);
      const bare = p.replace(/ \(\d+\)$/, "");
      all += w;
      if (seen.has(bare)) again += w;
      else seen.add(bare);
    }
  }
  return all === 0 ? 0 : again / all;
}

/** Fisher–Yates with a small fixed-seed generator (mulberry32): the same order on every run. */
function shuffle<T>(xs: T[], seed: number): void {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
}
