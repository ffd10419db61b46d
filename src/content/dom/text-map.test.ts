// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { readEditable } from "./text-map.js";

function editable(html: string, whiteSpace = "pre-wrap"): HTMLElement {
  const root = document.createElement("div");
  root.setAttribute("contenteditable", "true");
  root.style.whiteSpace = whiteSpace;
  // Fixed markup written by the test (never draft text), parsed into a separate document.
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  root.append(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
  document.body.replaceChildren(root);
  return root;
}

describe("reading a contenteditable as text", () => {
  it("joins paragraphs with one newline and keeps empty paragraphs as empty lines", () => {
    const root = editable('<p><span data-lexical-text="true">Bonjour </span><b>Marie</b></p><p><br></p><p>fin</p>');
    expect(readEditable(root).text).toBe("Bonjour Marie\n\nfin");
  });

  it("reads the browser's own contenteditable markup (text, then one div a line)", () => {
    expect(readEditable(editable("a<div>b</div><div><br></div><div>c</div>")).text).toBe("a\nb\n\nc");
  });

  it("counts a <br> inside a line as a newline but not the placeholder break that ends it", () => {
    expect(readEditable(editable("<p>a<br>b</p>")).text).toBe("a\nb");
    expect(readEditable(editable("<p>a<br><br></p><p>c</p>")).text).toBe("a\n\nc");
    expect(readEditable(editable('<p>a<br><img class="ProseMirror-separator" alt=""><br class="ProseMirror-trailingBreak"></p>')).text).toBe("a\n");
  });

  it("reads nested blocks (lists, quotes, Draft.js blocks) one line each", () => {
    const draft =
      '<div data-contents="true"><div data-block="true" data-offset-key="k1-0-0"><div data-offset-key="k1-0-0" class="public-DraftStyleDefault-block">' +
      '<span data-offset-key="k1-0-0"><span data-text="true">Un</span></span></div></div>' +
      '<div data-block="true" data-offset-key="k2-0-0"><div data-offset-key="k2-0-0"><span data-offset-key="k2-0-0"><br data-text="true"></span></div></div>' +
      '<div data-block="true" data-offset-key="k3-0-0"><div data-offset-key="k3-0-0"><span data-offset-key="k3-0-0"><span data-text="true">Trois</span></span></div></div></div>';
    expect(readEditable(editable(draft)).text).toBe("Un\n\nTrois");
    expect(readEditable(editable("<ul><li>a</li><li>b</li></ul><blockquote><p>c</p></blockquote>")).text).toBe("a\nb\nc");
  });

  it("reads an emoji image as its alt text but not a photo's description", () => {
    const root = editable('<p>Salut <img alt="🙂" src="data:,"> toi <img alt="Radiographie du thorax" src="data:,"></p>');
    const snap = readEditable(root);
    expect(snap.text).toBe("Salut 🙂 toi ");
    const range = snap.range(6, 8)!;
    expect(range.startContainer).toBe(root.firstChild);
    expect(range.startOffset).toBe(1);
    expect(range.endOffset).toBe(2);
  });

  it("shows non-breaking spaces as spaces, keeping offsets one to one", () => {
    const snap = readEditable(editable("<p>a\u00a0 b</p>"));
    expect(snap.text).toBe("a  b");
    expect(snap.range(0, 4)!.toString()).toBe("a\u00a0 b");
  });

  it("ignores the indentation of authored HTML where white space collapses", () => {
    expect(readEditable(editable("\n  <p>Un\n deux</p>\n  <p>trois</p>\n", "normal")).text).toBe("Un  deux\ntrois");
  });

  it("skips hidden elements and scripts", () => {
    expect(readEditable(editable('<p>a<span style="display:none">caché</span><script>x()</script>b</p>')).text).toBe("ab");
  });
});

describe("mapping offsets back to the DOM", () => {
  it("gives a range over exactly the requested text, across inline formatting", () => {
    const root = editable("<p>Bonjour <b>Marie</b> <i>Tremblay</i>, ça va</p><p>Deuxième</p>");
    const snap = readEditable(root);
    const start = snap.text.indexOf("Marie");
    expect(snap.range(start, start + "Marie Tremblay".length)!.toString()).toBe("Marie Tremblay");
    const second = snap.text.indexOf("Deuxième");
    expect(snap.range(second, second + 8)!.toString()).toBe("Deuxième");
  });

  it("keeps a range that ends at a line end inside that line, and a caret at the end in the last line", () => {
    const root = editable("<p>ab</p><p>cd</p>");
    const snap = readEditable(root);
    const first = snap.range(0, 2)!;
    expect(first.endContainer.textContent).toBe("ab");
    const caret = snap.range(5, 5)!;
    expect(caret.startContainer.textContent).toBe("cd");
    expect(caret.startOffset).toBe(2);
    const atLineEnd = snap.range(2, 2)!;
    expect(atLineEnd.startContainer.textContent).toBe("ab");
  });

  it("puts a caret on an empty line inside that line's block", () => {
    const root = editable("<p>a</p><p><br></p><p>b</p>");
    const caret = readEditable(root).range(2, 2)!;
    expect(caret.startContainer).toBe(root.children[1]);
    expect(caret.startOffset).toBe(0);
  });

  it("reads Gutenberg's caret padding (a text node of only U+FEFF) as nothing, and puts a caret there in its block", () => {
    const placeholder = '<span data-rich-text-placeholder="Type / to choose a block" contenteditable="false"></span>';
    const root = editable(`<p>a</p><p>\ufeff${placeholder}</p><p>b</p>`);
    const snap = readEditable(root);
    expect(snap.text).toBe("a\n\nb");
    expect(snap.range(2, 2)!.startContainer).toBe(root.children[1]);
    // U+FEFF next to other text is the draft's own and stays.
    expect(readEditable(editable("<p>x\ufeffy</p>")).text).toBe("x\ufeffy");
  });

  it("returns null once the editor re-rendered the text it mapped, or for offsets out of bounds", () => {
    const root = editable("<p>Bonjour Marie</p>");
    const snap = readEditable(root);
    expect(snap.range(0, 99)).toBeNull();
    (root.querySelector("p")!.firstChild as Text).data = "Bonjour Marc";
    expect(snap.range(8, 13)).toBeNull();
  });

  it("tells which editable root holds a range when a draft spans several (Gutenberg blocks)", () => {
    document.body.replaceChildren();
    const blocks = ["Titre", "Premier bloc", "Second"].map((t) => {
      const p = document.createElement("p");
      p.setAttribute("contenteditable", "true");
      p.textContent = t;
      document.body.append(p);
      return p;
    });
    const snap = readEditable(blocks);
    expect(snap.text).toBe("Titre\nPremier bloc\nSecond");
    expect(snap.rootOf(6, 13)).toBe(1);
    expect(snap.rootOf(snap.text.length, snap.text.length)).toBe(2);
    expect(snap.rootOf(3, 10)).toBe(-1);
  });
});
