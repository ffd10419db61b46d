// The contract between site adapters (how each editor is read and written) and the controller /
// overlay (what is drawn and when). Adapters never draw; the overlay never touches editor DOM.
import type { Platform } from "../analyzer/types.js";
import type { KnownEnds } from "../shared/text-diff.js";

export interface TextSnapshot {
  /** The draft as plain text; blocks are separated by "\n". */
  text: string;
  /** A DOM Range covering the text offsets [start, end), or null if they no longer map. */
  range(start: number, end: number): Range | null;
  /** How much of the start and of the end of `text` is known to equal `older`'s, when `older` is
   *  the text of a recent reading (the nodes that did not change since); undefined otherwise. */
  knownEnds?(older: string): KnownEnds | undefined;
}

export interface EditorAdapter {
  /** Site adapter id ("facebook", "x", "linkedin", "wordpress", "medium", "substack", "blogger", "generic"). */
  readonly site: string;
  readonly platform: Platform;
  /** The editable root: a textarea, or the contenteditable element (possibly in a same-origin iframe). */
  readonly element: HTMLElement;
  /** Reads the current text and its offset map. Cheap enough to call on every debounced input. */
  snapshot(): TextSnapshot;
  /** Client rectangles (in the top window's viewport coordinates) of the text [start, end). */
  rectsFor(start: number, end: number): DOMRect[];
  /** Whether a replacement of [start, end) can be applied safely in this editor (e.g. inside one Draft.js leaf). */
  canReplace(start: number, end: number): boolean;
  /** Replaces [start, end) with `text` through the editor's own input path so that its model and
   *  undo stack hold the change; the caret ends right after the replacement. Resolves to true when
   *  the editor's text afterwards is the expected text. */
  replace(start: number, end: number, text: string): Promise<boolean>;
  /** The compose box has an image or video attached (for the consent checklist item). */
  hasMedia(): boolean;
  /** The site's publish buttons for this compose box (for the pre-publish gate). */
  publishButtons(): HTMLElement[];
  /** Stops listening; called when the editor leaves the DOM or the extension unloads. */
  dispose(): void;
}

export interface SiteAdapterFactory {
  id: string;
  platform: Platform;
  /** Does this adapter handle the current page? (hostname test) */
  matches(location: Location): boolean;
  /** Finds the editable roots it handles under `root` (a document or shadow root). */
  find(root: Document | ShadowRoot): HTMLElement[];
  create(element: HTMLElement): EditorAdapter;
}
