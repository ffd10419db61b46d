// Which draft the popup's manual ticks belong to, without keeping any of its text: a hash of the
// editor's identity, a generation (how many drafts that editor had before, in this page's life) and
// the draft's first words, computed the first time the popup asks and then held while the draft
// lives (edits do not change it). An emptied editor or a new compose box starts a new draft.
// Only the hash leaves this module; after a reload, the same draft (its beginning unchanged, the
// first of its editor) gets the same key again.
import type { EditorAdapter } from "../types.js";

/** How much of the draft's beginning the key reads. */
const BEGINNING = 64;

/** Drafts an editor identity has had in this page's life (a new composer may look the same). */
const generations = new Map<string, number>();

/** cyrb53: a fast 53-bit string hash (not cryptographic; it only has to tell drafts apart). */
export function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The editor as the page describes it: stable across a reload, never the draft. */
export function editorIdentity(adapter: Pick<EditorAdapter, "site" | "element">, page: Pick<Location, "origin" | "pathname">): string {
  const el = adapter.element;
  const attrs = ["id", "name", "aria-label", "data-testid", "placeholder"].map((a) => el.getAttribute(a) ?? "");
  return [adapter.site, page.origin + page.pathname, el.tagName, ...attrs].join("\u0001");
}

/** The longer words of a draft's beginning, to tell whether a later text is still that draft. */
function wordsOf(beginning: string): string[] {
  return (beginning.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).slice(0, 8);
}

export class DraftKey {
  /** The held key, and the words of the beginning it was made from (in memory only, never sent). */
  private held: { key: string; words: string[] } | null = null;

  constructor(private readonly identity: string) {}

  /** The current draft's key (computed on first request, held until the draft ends). */
  of(text: string): string {
    const normalized = text.replace(/\s+/g, " ").trim();
    // Selected whole and typed over, the draft never passed through empty: still a new one.
    if (this.held && !this.stillHolds(normalized)) this.ended();
    if (this.held) return this.held.key;
    const beginning = normalized.slice(0, BEGINNING);
    const key = hash53(`${this.identity}\u0000${generations.get(this.identity) ?? 0}\u0000${beginning}`);
    // An empty draft's key is not held: the first words typed will make the draft's own.
    if (beginning !== "") this.held = { key, words: wordsOf(beginning) };
    return key;
  }

  /** Half the first words of the held beginning are still near the start of the text. */
  private stillHolds(normalized: string): boolean {
    const words = this.held?.words ?? [];
    if (words.length === 0) return normalized !== "";
    const start = normalized.slice(0, 1000).toLowerCase();
    return words.filter((w) => start.includes(w)).length * 2 >= words.length;
  }

  /** The editor was emptied (published, or cleared to start over), or the compose box left. */
  ended(): void {
    if (this.held === null) return;
    this.held = null;
    generations.set(this.identity, (generations.get(this.identity) ?? 0) + 1);
  }
}

/** No visible character in the editor; stops at the first one found (cheap on every deletion). */
export function looksEmpty(el: HTMLElement): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value.trim() === "";
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/[^\s\u200b\ufeff]/.test((node as Text).data)) return false;
  return true;
}
