// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { LiveTextMap } from "./live-text-map.js";
import { readEditable, type DomTextSnapshot } from "./text-map.js";

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ["Bonjour", " ", "Marie", "\u00a0", "\n", "  ", "\t", "suivi", "🙂", "", "de", " la ", "clinique"];
const TAGS = ["p", "div", "span", "b", "li", "br", "img", "i", "blockquote"];

function build(pick: <T>(xs: readonly T[]) => T, rnd: () => number, depth: number): Node {
  if (depth > 3 || rnd() < 0.35) return document.createTextNode(pick(WORDS) + pick(WORDS));
  const tag = pick(TAGS);
  const el = document.createElement(tag);
  if (tag === "img") {
    el.setAttribute("alt", rnd() < 0.5 ? "🙂" : "Photo");
    return el;
  }
  if (tag === "br") return el;
  const n = Math.floor(rnd() * 4);
  for (let i = 0; i < n; i++) el.append(build(pick, rnd, depth + 1));
  return el;
}

function allNodes(root: Node): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** Every boundary point the map gives, so that two maps can be compared offset by offset. */
function points(snap: DomTextSnapshot): string[] {
  const out: string[] = [];
  const nodes = new Map<Node, number>();
  const id = (n: Node) => {
    if (!nodes.has(n)) nodes.set(n, nodes.size);
    return nodes.get(n)!;
  };
  for (let i = 0; i <= snap.text.length; i++) {
    const caret = snap.range(i, i);
    const span = i < snap.text.length ? snap.range(i, i + 1) : null;
    out.push(caret ? `${id(caret.startContainer)}:${caret.startOffset}` : "-");
    out.push(span ? `${id(span.startContainer)}:${span.startOffset}-${id(span.endContainer)}:${span.endOffset}` : "-");
    out.push(String(snap.rootOf(i, i)));
  }
  return out;
}

function prefixOf(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function suffixOf(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function mutate(root: Element, live: { flush(): void }, pick: <T>(xs: readonly T[]) => T, rnd: () => number): void {
  const nodes = allNodes(root);
  const node = nodes.length ? pick(nodes) : root;
  const r = rnd();
  if (r < 0.25 && node.nodeType === 3) {
    const text = node as Text;
    const at = Math.floor(rnd() * (text.data.length + 1));
    text.insertData(at, pick(WORDS));
  } else if (r < 0.35 && node.nodeType === 3) {
    (node as Text).data = pick(WORDS);
  } else if (r < 0.5 && node !== root) {
    node.parentNode?.removeChild(node);
  } else if (r < 0.65) {
    const parent = node.nodeType === 1 && node.nodeName !== "BR" && node.nodeName !== "IMG" ? (node as Element) : (node.parentNode as Element);
    const before = parent.childNodes.length ? pick(Array.from(parent.childNodes)) : null;
    parent.insertBefore(build(pick, rnd, 2), rnd() < 0.5 ? before : null);
  } else if (r < 0.75 && node !== root && nodes.length > 2) {
    // Moves a node elsewhere (editors re-use nodes when they re-render).
    const target = pick(nodes);
    if (target.nodeType === 1 && !node.contains(target) && target.nodeName !== "BR" && target.nodeName !== "IMG") (target as Element).append(node);
  } else if (r < 0.78 && node !== root && node.nodeType === 1 && node.firstChild) {
    // Takes a block out, changes it while out of the editor (no record reports that), puts it back.
    const parent = node.parentNode!;
    const next = node.nextSibling;
    parent.removeChild(node);
    live.flush();
    const inner = allNodes(node);
    const text = inner.find((n) => n.nodeType === 3) as Text | undefined;
    if (text) text.appendData(pick(WORDS) + "x");
    else node.appendChild(document.createTextNode("x"));
    parent.insertBefore(node, next);
  } else if (r < 0.82 && node.nodeType === 1) {
    const el = node as HTMLElement;
    if (rnd() < 0.5) el.hidden = !el.hidden;
    else el.style.display = el.style.display === "none" ? "" : "none";
  } else if (r < 0.87 && node.nodeName === "IMG") {
    (node as Element).setAttribute("alt", rnd() < 0.5 ? "🙂" : "Photo");
  } else if (r < 0.9) {
    (root as HTMLElement).style.whiteSpace = rnd() < 0.5 ? "normal" : "pre-wrap";
  } else if (node.nodeType === 3) {
    (node as Text).deleteData(0, Math.floor(rnd() * ((node as Text).data.length + 1)));
  }
}

describe("the live text map", () => {
  it("reads the same text and offset map as a full reading, through random edits", () => {
    for (let seed = 1; seed <= 15; seed++) {
      const rnd = random(seed);
      const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
      const root = document.createElement("div");
      root.setAttribute("contenteditable", "true");
      root.style.whiteSpace = rnd() < 0.5 ? "pre-wrap" : "normal";
      for (let i = 0; i < 5; i++) root.append(build(pick, rnd, 0));
      document.body.replaceChildren(root);
      const live = new LiveTextMap(root);
      const texts: string[] = [];
      for (let step = 0; step < 25; step++) {
        const n = 1 + Math.floor(rnd() * 3);
        for (let i = 0; i < n; i++) mutate(root, { flush: () => live.read() }, pick, rnd);
        const got = live.read();
        const want = readEditable(root);
        expect(got.text, `seed ${seed}, step ${step}`).toBe(want.text);
        expect(points(got), `seed ${seed}, step ${step}`).toEqual(points(want));
        // What it claims to know of older readings' texts is true.
        for (const older of texts.slice(-5)) {
          const ends = got.knownEnds(older);
          if (!ends) continue;
          expect(ends.prefix).toBeLessThanOrEqual(prefixOf(older, got.text));
          expect(ends.suffix).toBeLessThanOrEqual(suffixOf(older, got.text));
        }
        texts.push(got.text);
      }
      live.dispose();
    }
  });

  it("knows how much of a keystroke's text is unchanged at both ends", () => {
    const root = document.createElement("div");
    root.style.whiteSpace = "pre-wrap";
    root.innerHTML = "<p>Un</p><p>Deux</p><p>Trois</p>";
    document.body.replaceChildren(root);
    const live = new LiveTextMap(root);
    const before = live.read().text;
    (root.children[1]!.firstChild as Text).appendData("!");
    const after = live.read();
    expect(after.knownEnds(before)).toEqual({ prefix: 2, suffix: 5 });
    expect(after.knownEnds("autre chose")).toBeUndefined();
    live.dispose();
  });

  it("gives the same reading again while nothing changed, and a new one after a change", () => {
    const root = document.createElement("div");
    root.style.whiteSpace = "pre-wrap";
    root.innerHTML = "<p>Un</p><p>Deux</p>";
    document.body.replaceChildren(root);
    const live = new LiveTextMap(root);
    const first = live.read();
    expect(live.read()).toBe(first);
    (root.lastChild!.firstChild as Text).appendData("!");
    const second = live.read();
    expect(second).not.toBe(first);
    expect(second.text).toBe("Un\nDeux!");
    live.dispose();
  });

  it("follows the editable roots of a multi-root editor as blocks come and go", () => {
    const body = document.createElement("div");
    document.body.replaceChildren(body);
    const block = (text: string) => {
      const wrapper = document.createElement("div");
      const p = document.createElement("p");
      p.setAttribute("contenteditable", "true");
      p.className = "rich";
      p.style.whiteSpace = "pre-wrap";
      p.textContent = text;
      wrapper.append(p);
      return wrapper;
    };
    body.append(block("Titre"), block("Premier"));
    const roots = () => Array.from(body.querySelectorAll<HTMLElement>(".rich"));
    const live = new LiveTextMap(body, roots);
    expect(live.read().text).toBe("Titre\nPremier");
    body.append(block("Second"));
    expect(live.read().text).toBe("Titre\nPremier\nSecond");
    body.querySelector(".rich")!.className = "plain";
    expect(live.read().text).toBe("Premier\nSecond");
    (body.lastChild!.firstChild!.firstChild as Text).appendData(" bloc");
    const snap = live.read();
    expect(snap.text).toBe("Premier\nSecond bloc");
    expect(snap.rootOf(8, 12)).toBe(1);
    live.dispose();
  });
});
