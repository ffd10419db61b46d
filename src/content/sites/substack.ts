// Substack: posts, notes and comments are ProseMirror (Tiptap) editors.
import { defineSite } from "./define.js";

export const substack = defineSite({
  id: "substack",
  platform: "blog",
  hosts: ["substack.com", "*.substack.com"],
  editors: [
    { kind: "prosemirror", selector: '.ProseMirror[contenteditable="true"]' },
    { kind: "textarea", selector: "textarea" },
  ],
  composer: ['[role="dialog"]', ".post-editor", ".editor-wrapper", "form"],
  media: [".image2-inset img", "figure img", ".captioned-image-container img", "video"],
  publish: ['[data-testid="publish-button"]', 'button[data-testid="post-button"]', ".publish-button"],
});
