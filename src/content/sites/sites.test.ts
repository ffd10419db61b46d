// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { isPublishLabel } from "./composer.js";
import { blogger, facebook, generic, guessKind, linkedin, medium, siteAdapters, substack, wordpress, x } from "./index.js";

const at = (url: string) => new URL(url) as unknown as Location;

function page(build: (body: HTMLElement) => void): Document {
  document.body.replaceChildren();
  build(document.body);
  return document;
}

function el(tag: string, attrs: Record<string, string> = {}, parent?: ParentNode, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  parent?.append(node);
  return node;
}

describe("which site adapter a page gets", () => {
  it("matches each site by host name, with the generic adapter last and matching anything", () => {
    expect(siteAdapters.at(-1)).toBe(generic);
    const first = (url: string) => siteAdapters.find((s) => s.matches(at(url)))?.id;
    expect(first("https://www.facebook.com/")).toBe("facebook");
    expect(first("https://m.facebook.com/home.php")).toBe("facebook");
    expect(first("https://x.com/compose/post")).toBe("x");
    expect(first("https://twitter.com/home")).toBe("x");
    expect(first("https://www.linkedin.com/feed/")).toBe("linkedin");
    expect(first("https://example.wordpress.com/wp-admin/post-new.php")).toBe("wordpress");
    expect(first("https://medium.com/new-story")).toBe("medium");
    expect(first("https://example.substack.com/publish/post")).toBe("substack");
    expect(first("https://www.blogger.com/blog/post/edit/1/2")).toBe("blogger");
    expect(first("https://intranet.example.ca/forum")).toBe("generic");
    expect(first("https://notfacebook.com/")).toBe("generic");
  });

  it("gives each site its platform", () => {
    expect([facebook, x, linkedin, wordpress, medium, substack, blogger, generic].map((s) => s.platform)).toEqual([
      "facebook", "x", "linkedin", "blog", "blog", "blog", "blog", "other",
    ]);
  });
});

describe("finding compose boxes", () => {
  it("finds Facebook's Lexical composer but not a search input or an opted-out box", () => {
    const doc = page((body) => {
      el("input", { type: "search" }, body);
      el("div", { role: "textbox", contenteditable: "true", "data-lexical-editor": "true" }, body);
      el("div", { role: "textbox", contenteditable: "true", "data-gramm": "false" }, body);
    });
    const found = facebook.find(doc);
    expect(found).toHaveLength(1);
    expect(found[0]!.dataset.lexicalEditor).toBe("true");
    expect(facebook.create(found[0]!).site).toBe("facebook");
  });

  it("finds X's Draft.js box and its mobile textarea", () => {
    const doc = page((body) => {
      const wrap = el("div", { class: "DraftEditor-root" }, body);
      el("div", { class: "public-DraftEditor-content", contenteditable: "true", "data-testid": "tweetTextarea_0", role: "textbox" }, wrap);
      el("textarea", { "data-testid": "tweetTextarea_1" }, body);
    });
    const found = x.find(doc);
    expect(found.map((e) => e.tagName)).toEqual(["DIV", "TEXTAREA"]);
    expect(guessKind(found[0]!)).toBe("draft");
  });

  it("finds LinkedIn's Quill editor inside an open shadow root", () => {
    const doc = page((body) => {
      const host = el("div", { id: "interop-outlet" }, body);
      const shadow = host.attachShadow({ mode: "open" });
      const container = document.createElement("div");
      container.className = "ql-container";
      shadow.append(container);
      el("div", { class: "ql-editor", contenteditable: "true" }, container);
    });
    const found = linkedin.find(doc);
    expect(found).toHaveLength(1);
    expect(found[0]!.classList.contains("ql-editor")).toBe(true);
  });

  it("finds WordPress's editors inside their same-origin iframes, one adapter for the whole Gutenberg canvas", () => {
    const doc = page((body) => {
      const canvas = el("iframe", { name: "editor-canvas" }, body) as HTMLIFrameElement;
      const cdoc = canvas.contentDocument!;
      for (const text of ["Titre", "Un", "Deux"]) {
        const p = cdoc.createElement("p");
        p.className = text === "Titre" ? "wp-block-post-title" : "block-editor-rich-text__editable";
        p.setAttribute("contenteditable", "true");
        p.textContent = text;
        cdoc.body.append(p);
      }
    });
    const found = wordpress.find(doc);
    expect(found).toHaveLength(1);
    expect(found[0]!.tagName).toBe("BODY");
    expect(wordpress.create(found[0]!).snapshot().text).toBe("Titre\nUn\nDeux");
  });

  it("finds the classic TinyMCE body inside #content_ifr", () => {
    const doc = page((body) => {
      const frame = el("iframe", { id: "content_ifr" }, body) as HTMLIFrameElement;
      const fbody = frame.contentDocument!.body;
      fbody.id = "tinymce";
      fbody.setAttribute("contenteditable", "true");
      fbody.append(Object.assign(frame.contentDocument!.createElement("p"), { textContent: "Bonjour" }));
    });
    const found = wordpress.find(doc);
    expect(found).toHaveLength(1);
    expect(wordpress.create(found[0]!).snapshot().text).toBe("Bonjour");
  });

  it("finds Substack's ProseMirror and any box with the generic adapter, outermost only", () => {
    const doc = page((body) => {
      const pm = el("div", { class: "ProseMirror", contenteditable: "true" }, body);
      el("p", {}, pm, "Bonjour");
      el("textarea", {}, body);
      el("textarea", { readonly: "" }, body);
    });
    expect(substack.find(doc)).toHaveLength(2);
    const generics = generic.find(doc);
    expect(generics).toHaveLength(2);
    expect(guessKind(generics[0]!)).toBe("prosemirror");
  });
});

describe("the composer around a box", () => {
  it("recognises publish labels in French and English", () => {
    for (const label of ["Publier", "Post", "Tweet", "Répondre", "Reply", "Mettre à jour", "Update", "Publish…", "  publier "]) {
      expect(isPublishLabel(label)).toBe(true);
    }
    for (const label of ["Annuler", "Cancel", "Photo", "Publier plus tard ceci"]) expect(isPublishLabel(label)).toBe(false);
  });

  it("returns the publish buttons of the box's own composer, by selector and by label", () => {
    const doc = page((body) => {
      const dialog = el("div", { role: "dialog" }, body);
      el("div", { role: "textbox", contenteditable: "true", "data-lexical-editor": "true" }, dialog);
      el("div", { role: "button", "aria-label": "Publier" }, dialog, "Publier");
      el("button", {}, dialog, "Annuler");
      el("button", {}, body, "Post"); // another composer's
    });
    const adapter = facebook.create(facebook.find(doc)[0]!);
    expect(adapter.publishButtons().map((b) => b.textContent)).toEqual(["Publier"]);
  });

  it("notices an attached photo but not an avatar or an emoji", () => {
    const doc = page((body) => {
      const dialog = el("div", { role: "dialog" }, body);
      el("img", { alt: "Photo de profil", width: "40", height: "40", src: "data:," }, dialog);
      const box = el("div", { role: "textbox", contenteditable: "true", "data-lexical-editor": "true" }, dialog);
      el("img", { alt: "🙂", width: "16", height: "16", src: "data:," }, box);
    });
    const adapter = facebook.create(facebook.find(doc)[0]!);
    expect(adapter.hasMedia()).toBe(false);
    el("img", { alt: "", width: "300", height: "200", src: "data:," }, doc.querySelector('[role="dialog"]')!);
    expect(adapter.hasMedia()).toBe(true);
  });

  it("can replace inside one Draft.js leaf only", () => {
    const doc = page((body) => {
      const content = el("div", { class: "public-DraftEditor-content", contenteditable: "true", "data-testid": "tweetTextarea_0" }, body);
      const contents = el("div", { "data-contents": "true" }, content);
      const block = el("div", { "data-block": "true", "data-offset-key": "a-0-0" }, contents);
      const inner = el("div", { "data-offset-key": "a-0-0" }, block);
      const leaf1 = el("span", { "data-offset-key": "a-0-0" }, inner);
      el("span", { "data-text": "true" }, leaf1, "Bonjour ");
      const leaf2 = el("span", { "data-offset-key": "a-0-1", style: "font-weight: bold" }, inner);
      el("span", { "data-text": "true" }, leaf2, "Marie");
    });
    const adapter = x.create(x.find(doc)[0]!);
    expect(adapter.snapshot().text).toBe("Bonjour Marie");
    expect(adapter.canReplace(0, 7)).toBe(true);
    expect(adapter.canReplace(8, 13)).toBe(true);
    expect(adapter.canReplace(5, 11)).toBe(false);
  });
});
