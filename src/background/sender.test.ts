import { describe, expect, it } from "vitest";
import { senderKind } from "./sender.js";

const self = { id: "abc", base: "chrome-extension://abc/" };

describe("senderKind", () => {
  it("knows the popup and the options page (in a tab or not) as extension pages", () => {
    expect(senderKind({ id: "abc", url: "chrome-extension://abc/src/popup/index.html" }, self)).toBe("extension-page");
    expect(senderKind({ id: "abc", url: "chrome-extension://abc/src/options/index.html", tab: { id: 3 } }, self)).toBe("extension-page");
  });
  it("knows a content script by its tab and the page's URL", () => {
    expect(senderKind({ id: "abc", url: "https://x.substack.com/publish", tab: { id: 3 } }, self)).toBe("content-script");
  });
  it("does not take a page whose URL merely mentions the extension for one of its pages", () => {
    expect(senderKind({ id: "abc", url: "https://evil.substack.com/chrome-extension://abc/", tab: { id: 3 } }, self)).toBe("content-script");
  });
  it("trusts no other extension and no sender without a tab or an extension URL", () => {
    expect(senderKind({ id: "other", url: "chrome-extension://abc/src/popup/index.html" }, self)).toBeNull();
    expect(senderKind({ id: "abc", url: "https://example.org/" }, self)).toBeNull();
    expect(senderKind({}, self)).toBeNull();
  });
});
