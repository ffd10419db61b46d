// LinkedIn: the share box and comments are Quill editors (.ql-editor); the share box is mounted
// inside an open shadow root (#interop-outlet) on recent layouts.
import { defineSite } from "./define.js";

export const linkedin = defineSite({
  id: "linkedin",
  platform: "linkedin",
  hosts: ["www.linkedin.com", "linkedin.com"],
  editors: [
    { kind: "quill", selector: '.ql-editor[contenteditable="true"]', deep: true },
    { kind: "textarea", selector: "textarea", deep: true },
  ],
  composer: ['[role="dialog"]', ".share-box", ".comments-comment-box", "form"],
  media: [".share-creation-state__preview-container img", ".share-images__image", ".share-box-media img", "video"],
  publish: [".share-actions__primary-action", "button.comments-comment-box__submit-button", "button.comments-comment-box__submit-button--cr"],
});
