// Medium: the story editor is a contenteditable article (div[role="textbox"], one per story);
// responses use the same editor.
import { defineSite } from "./define.js";

export const medium = defineSite({
  id: "medium",
  platform: "blog",
  hosts: ["medium.com", "*.medium.com"],
  editors: [
    { kind: "contenteditable", selector: '[contenteditable="true"][role="textbox"]' },
    { kind: "contenteditable", selector: 'div.postArticle-content[contenteditable="true"], [contenteditable="true"][data-slate-editor="true"], .section-content [contenteditable="true"]' },
    { kind: "contenteditable", selector: '[contenteditable="true"]' },
    { kind: "textarea", selector: "textarea" },
  ],
  // A story is the whole page: its Publish button sits in the top metabar, outside <main>.
  composer: ['[role="dialog"]', "form", "body"],
  media: ["figure img", "figure video", "figure iframe"],
  publish: ['button[data-action="show-prepublish"]', 'button[data-action="publish"]', '[data-testid="publishButton"]', '[data-testid="headerPublishButton"]'],
});
