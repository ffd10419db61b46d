// WordPress: the block editor (Gutenberg) edits each rich-text block in place inside the same-origin
// iframe[name="editor-canvas"] (older versions: in the page); the classic editor is TinyMCE in
// iframe#content_ifr, with its "Text" tab (textarea#content) and Gutenberg's code editor.
import { GUTENBERG_BLOCKS } from "./editor-adapter.js";
import { defineSite } from "./define.js";

export const wordpress = defineSite({
  id: "wordpress",
  platform: "blog",
  hosts: ["*.wordpress.com", "wordpress.com"],
  editors: [
    { kind: "gutenberg", selector: GUTENBERG_BLOCKS, frame: 'iframe[name="editor-canvas"]' },
    { kind: "gutenberg", selector: GUTENBERG_BLOCKS },
    { kind: "tinymce", selector: 'body#tinymce[contenteditable="true"], body.mce-content-body[contenteditable="true"]', frame: "iframe#content_ifr, iframe.wp-editor-area, iframe[id$='_ifr']" },
    { kind: "textarea", selector: "textarea#content, textarea.wp-editor-area, textarea.editor-post-text-editor" },
    { kind: "textarea", selector: "textarea#comment" },
  ],
  composer: [".edit-post-layout", ".editor-editor-interface", "#post", "#commentform"],
  media: [],
  publish: [".editor-post-publish-button", ".editor-post-publish-panel__toggle", ".editor-post-publish-button__button", "#publish", "#submit"],
});
