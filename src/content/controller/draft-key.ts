// Which draft the popup's manual ticks belong to: a random key, made the first time the popup asks
// and held in memory while the draft lives (edits keep it), so nothing computed from the draft's
// text is ever stored. An editor emptied or cut down to a character (published, cleared, or
// selected whole and typed over), or a compose box that leaves, ends the draft: the next one gets
// a new key, and so no ticks. A reloaded page gives a draft a new key too (ticks are asked again).

/** At most one visible character (stops at the second one: cheap on every render). */
function barelyStarted(text: string): boolean {
  let seen = 0;
  for (const ch of text) if (/\S/.test(ch) && ++seen > 1) return false;
  return true;
}

export class DraftKey {
  private key: string | null = null;

  /** The current draft's key; a draft with no words yet gets one it does not keep. */
  of(text: string): string {
    const key = this.key ?? crypto.randomUUID().replace(/-/g, "").slice(0, 16);
    if (!barelyStarted(text)) this.key = key;
    return key;
  }

  /** Called with the text after an edit: a draft cut down to a character or less has ended. */
  seen(text: string): void {
    if (barelyStarted(text)) this.key = null;
  }

  ended(): void {
    this.key = null;
  }
}

/** No visible character in the editor; stops at the first one found (cheap on every deletion). */
export function looksEmpty(el: HTMLElement): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value.trim() === "";
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/[^\s\u200b\ufeff]/.test((node as Text).data)) return false;
  return true;
}
