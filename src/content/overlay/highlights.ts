// Underlines through the CSS Custom Highlight API: the browser paints the page's own text, so no
// node of ours goes near the editor and alignment follows scrolling and re-layout for free. The
// registry is per document and shared by the content script's isolated world and the page.
import type { Severity } from "../../analyzer/types.js";
import { HIGHLIGHT_CSS } from "./styles.js";

export const HIGHLIGHT_NAMES = { error: "garde-fou-error", warning: "garde-fou-warning", info: "garde-fou-info" } as const;
export const ACTIVE_HIGHLIGHT = "garde-fou-active";

interface Entry {
  severity: Severity;
  range: Range;
}

export function highlightsSupported(doc: Document = document): boolean {
  const view = doc.defaultView;
  return view === window && typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

/** One registry of ranges per owner (an editor session), merged into one Highlight per severity. */
export class HighlightLayer {
  private readonly owners = new Map<object, Entry[]>();
  private readonly active = new Map<object, Range>();
  private sheet: CSSStyleSheet | null = null;

  set(owner: object, entries: Entry[]): void {
    if (entries.length) this.owners.set(owner, entries);
    else this.owners.delete(owner);
    this.sync();
  }

  setActive(owner: object, range: Range | null): void {
    if (range) this.active.set(owner, range);
    else this.active.delete(owner);
    this.sync();
  }

  clear(owner: object): void {
    this.owners.delete(owner);
    this.active.delete(owner);
    this.sync();
  }

  private ensureSheet(): void {
    if (this.sheet) return;
    // A constructed sheet is not subject to the page's style-src CSP, unlike an inline <style>.
    this.sheet = new CSSStyleSheet();
    this.sheet.replaceSync(HIGHLIGHT_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
  }

  private sync(): void {
    if (!highlightsSupported()) return;
    const all = [...this.owners.values()].flat();
    if (all.length || this.active.size) this.ensureSheet();
    for (const severity of ["error", "warning", "info"] as const) {
      const ranges = all.filter((e) => e.severity === severity).map((e) => e.range);
      if (ranges.length) CSS.highlights.set(HIGHLIGHT_NAMES[severity], new Highlight(...ranges));
      else CSS.highlights.delete(HIGHLIGHT_NAMES[severity]);
    }
    if (this.active.size) {
      const active = new Highlight(...this.active.values());
      active.priority = 1;
      CSS.highlights.set(ACTIVE_HIGHLIGHT, active);
    } else CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  }

  /** Removes every highlight and the stylesheet (extension unloaded). */
  destroy(): void {
    this.owners.clear();
    this.active.clear();
    if (highlightsSupported()) {
      for (const name of [...Object.values(HIGHLIGHT_NAMES), ACTIVE_HIGHLIGHT]) CSS.highlights.delete(name);
    }
    if (this.sheet) {
      const sheet = this.sheet;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = null;
    }
  }
}

export const highlightLayer = new HighlightLayer();
