// X (Twitter): posts and replies are Draft.js editors whose content root carries
// data-testid="tweetTextarea_N"; the mobile site composes in a textarea with the same test id.
import { defineSite } from "./define.js";

export const x = defineSite({
  id: "x",
  platform: "x",
  hosts: ["x.com", "twitter.com", "mobile.x.com", "mobile.twitter.com"],
  editors: [
    { kind: "draft", selector: '.public-DraftEditor-content[data-testid^="tweetTextarea"]' },
    { kind: "draft", selector: '[data-testid^="tweetTextarea"] .public-DraftEditor-content' },
    { kind: "draft", selector: '.public-DraftEditor-content[contenteditable="true"]' },
    { kind: "textarea", selector: 'textarea[data-testid^="tweetTextarea"]' },
    { kind: "textarea", selector: "textarea" },
  ],
  composer: ['[role="dialog"]', '[data-testid="toolBar"]', "form"],
  media: ['[data-testid="attachments"] img', '[data-testid="attachments"] video', '[data-testid="attachments"] [data-testid="tweetPhoto"]'],
  publish: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
});
