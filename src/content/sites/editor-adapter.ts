// One EditorAdapter for one compose box: reading, measuring and fixing according to its editor
// kind. Nothing here writes inside the editor except replace(), which a user's click triggers.
import type { EditorAdapter, TextSnapshot } from "../types.js";
import type { Platform } from "../../analyzer/types.js";
import type { DomTextSnapshot } from "../dom/text-map.js";
import { LiveTextMap } from "../dom/live-text-map.js";
import { textareaRects } from "../dom/textarea-mirror.js";
import { tinymceUndoCheckpoint, type InputPath } from "../edit/input-paths.js";
import { replaceInEditable, type EditableTarget } from "../edit/replace.js";
import { replaceInTextarea } from "../edit/textarea.js";
import { hasMediaIn, publishButtonsFor } from "./composer.js";
import type { EditorKind, SiteSpec } from "./spec.js";

/** The input path each editor takes a fix from (see edit/input-paths.ts). */
const PATHS: Record<Exclude<EditorKind, "textarea">, InputPath> = {
  contenteditable: "exec",
  lexical: "exec",
  prosemirror: "exec",
  quill: "exec",
  draft: "exec",
  tinymce: "exec",
  gutenberg: "exec",
};

/** Gutenberg's rich-text blocks (and the post title) in its canvas document. */
export const GUTENBERG_BLOCKS =
  '.editor-post-title__input[contenteditable="true"], .wp-block-post-title[contenteditable="true"], .block-editor-rich-text__editable[contenteditable="true"]';

export function createEditorAdapter(spec: SiteSpec, kind: EditorKind, element: HTMLElement): EditorAdapter {
  const media = spec.media ?? [];
  const publish = spec.publish ?? [];
  const containers = spec.composer ?? [];
  const common = {
    site: spec.id,
    platform: spec.platform as Platform,
    element,
    hasMedia: () => hasMediaIn(element, containers, media),
    publishButtons: () => publishButtonsFor(element, containers, publish),
    dispose: () => undefined,
  };
  if (kind === "textarea" && element.tagName === "TEXTAREA") {
    const area = element as HTMLTextAreaElement;
    return {
      ...common,
      // A textarea's text has no DOM range; the overlay measures it with rectsFor().
      snapshot: (): TextSnapshot => ({ text: area.value, range: () => null }),
      rectsFor: (start, end) => textareaRects(area, start, end),
      canReplace: (start, end) => start >= 0 && start <= end && end <= area.value.length,
      replace: async (start, end, text) => replaceInTextarea(area, start, end, text),
    };
  }
  // Read again only where the editor changed since the last reading (dom/live-text-map.ts).
  const map = kind === "gutenberg" ? new LiveTextMap(element, () => gutenbergRoots(element)) : new LiveTextMap(element);
  const read = (): DomTextSnapshot => map.read();
  const target: EditableTarget = {
    read,
    editableFor(snapshot, start, end) {
      const index = snapshot.rootOf(start, end);
      const root = index >= 0 ? snapshot.roots[index] : undefined;
      return (root as HTMLElement | undefined) ?? null;
    },
    ...(kind === "tinymce" ? { undoCheckpoint: tinymceUndoCheckpoint } : {}),
    ...(kind === "gutenberg" ? { paragraphs: "enter" as const } : {}),
  };
  const path = PATHS[kind === "textarea" ? "contenteditable" : kind];
  return {
    ...common,
    snapshot: read,
    rectsFor: (start, end) => read().rects(start, end),
    canReplace(start, end) {
      const snapshot = read();
      if (start < 0 || end < start || end > snapshot.text.length) return false;
      if (snapshot.rootOf(start, end) < 0) return false;
      if (kind === "draft") return withinOneDraftLeaf(snapshot, start, end);
      return true;
    },
    async replace(start, end, text) {
      // Multi-line text becomes paragraphs through Draft's and Lexical's paste handling, in one
      // undo step (Lexical reverts a block the browser adds behind its back).
      if ((kind === "draft" || kind === "lexical") && text.includes("\n")) return replaceInEditable(target, "paste", start, end, text);
      if (kind === "draft") {
        const snapshot = read();
        // One line stays in its leaf.
        if (!withinOneDraftLeaf(snapshot, start, end)) return false;
      }
      return replaceInEditable(target, path, start, end, text);
    },
    dispose: () => map.dispose(),
  };
}

function gutenbergRoots(body: HTMLElement): Element[] {
  const all = Array.from(body.querySelectorAll(GUTENBERG_BLOCKS));
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
}

/** Draft.js renders each run of same-styled text as a leaf (span[data-offset-key]); it reconciles
 *  a DOM edit only inside the leaf that holds the caret. */
function withinOneDraftLeaf(snapshot: DomTextSnapshot, start: number, end: number): boolean {
  const range = snapshot.range(start, end);
  if (!range) return false;
  const leafOf = (node: Node): Element | null => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return el?.closest("[data-offset-key]") ?? null;
  };
  const a = leafOf(range.startContainer);
  const b = leafOf(range.endContainer);
  return a !== null && a === b && !a.matches("[data-contents], [data-block]");
}
