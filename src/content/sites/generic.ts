// Any textarea, contenteditable or role="textbox" (on sites the user turned Garde-fou on for).
// Matches every host: the controller decides where it runs and tries it last.
import { defineSite } from "./define.js";
import type { SiteFactory } from "./define.js";

const base = defineSite({
  id: "generic",
  platform: "other",
  hosts: [],
  editors: [
    { kind: "lexical", selector: '[contenteditable="true"][data-lexical-editor="true"]', deep: true },
    { kind: "prosemirror", selector: '.ProseMirror[contenteditable="true"]', deep: true },
    { kind: "quill", selector: '.ql-editor[contenteditable="true"]', deep: true },
    { kind: "draft", selector: '.public-DraftEditor-content[contenteditable="true"]', deep: true },
    { kind: "contenteditable", selector: '[contenteditable="true"], [contenteditable="plaintext-only"], [contenteditable=""], [role="textbox"][contenteditable]', deep: true },
    { kind: "textarea", selector: "textarea", deep: true },
  ],
  composer: ['[role="dialog"]', "form"],
  media: [],
  publish: ['button[type="submit"]', 'input[type="submit"]'],
});

export const generic: SiteFactory = { ...base, matches: () => true };
