// A site adapter is data: which boxes are compose boxes and what editor runs in each, where the
// composer's attachments and publish buttons are. defineSite() turns it into a SiteAdapterFactory.
import type { Platform } from "../../analyzer/types.js";

/** How an editor keeps its model, hence how it is read and how a fix enters it. */
export type EditorKind =
  | "textarea"
  | "contenteditable"
  | "lexical"
  | "prosemirror"
  | "quill"
  | "draft"
  | "tinymce"
  /** Gutenberg: one contenteditable a block inside the editor-canvas iframe, read as one draft. */
  | "gutenberg";

export interface EditorRule {
  kind: EditorKind;
  /** Selector of the editable root (for "gutenberg": of each rich-text block). */
  selector: string;
  /** Selector of same-origin iframes to look into (the editor's document is inside). */
  frame?: string;
  /** Also look inside open shadow roots. */
  deep?: boolean;
}

export interface SiteSpec {
  id: string;
  platform: Platform;
  /** Host names; "*.example.com" also matches example.com's subdomains. */
  hosts: readonly string[];
  /** Tried in order; an element matched by an earlier rule is not matched again. */
  editors: readonly EditorRule[];
  /** Selectors (tried in order, nearest ancestor wins) of the container of one compose box. */
  composer?: readonly string[];
  /** Attachment previews inside the composer container. */
  media?: readonly string[];
  /** Publish buttons inside the composer container (or the document for framed editors). */
  publish?: readonly string[];
}

export function hostMatches(hosts: readonly string[], hostname: string): boolean {
  const host = hostname.toLowerCase();
  return hosts.some((pattern) =>
    pattern.startsWith("*.") ? host === pattern.slice(2) || host.endsWith(pattern.slice(1)) : host === pattern,
  );
}
