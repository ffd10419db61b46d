// Blogger: the post body is a contenteditable document in a same-origin iframe (compose view:
// iframe#postingComposeBox, whose body carries the same id) or a textarea (HTML view:
// textarea#postingHtmlBox); comments use a textarea.
import { defineSite } from "./define.js";

export const blogger = defineSite({
  id: "blogger",
  platform: "blog",
  hosts: ["www.blogger.com", "draft.blogger.com", "blogger.com"],
  editors: [
    {
      kind: "contenteditable",
      // The body may be editable through designMode rather than the attribute: match it by its id too.
      selector: 'body[contenteditable="true"], body#postingComposeBox',
      frame: "iframe#postingComposeBox, iframe.editable, iframe[id*='editor' i], iframe[title*='editor' i]",
    },
    { kind: "contenteditable", selector: '[contenteditable="true"][role="textbox"], [contenteditable="true"]' },
    { kind: "textarea", selector: "textarea" },
  ],
  composer: ['[role="main"]', "form"],
  media: [],
  publish: ['[aria-label="Publish"]', '[aria-label="Publier"]', '[aria-label="Update"]', '[aria-label="Mettre à jour"]'],
});
