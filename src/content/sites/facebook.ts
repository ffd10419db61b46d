// Facebook: posts and comments are Lexical editors (div[role=textbox][contenteditable] with
// data-lexical-editor); m.facebook.com composes in a textarea.
import { defineSite } from "./define.js";

export const facebook = defineSite({
  id: "facebook",
  platform: "facebook",
  hosts: ["www.facebook.com", "web.facebook.com", "m.facebook.com", "facebook.com"],
  editors: [
    { kind: "lexical", selector: 'div[contenteditable="true"][data-lexical-editor="true"]' },
    { kind: "lexical", selector: 'div[role="textbox"][contenteditable="true"]' },
    { kind: "textarea", selector: "textarea" },
  ],
  composer: ['[role="dialog"]', "form", '[data-pagelet*="Composer"]'],
  media: ['img[src^="blob:"]', 'video[src^="blob:"]', '[aria-label="Remove post attachment"]', '[aria-label="Supprimer la pièce jointe"]'],
  publish: ['div[role="button"][aria-label="Post"]', 'div[role="button"][aria-label="Publier"]', 'div[role="button"][aria-label="Comment"]', 'div[role="button"][aria-label="Commenter"]'],
});
