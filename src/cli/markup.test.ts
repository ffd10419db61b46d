import { describe, expect, it } from "vitest";
import { stripHtml, stripMarkdown } from "./markup.js";

describe("markup stripping keeps every offset", () => {
  it("blanks Markdown syntax and keeps the visible words in place", () => {
    const md = "# Titre\n\nUn **patient** de [Matane](https://x.y) vu _hier_.\n\n- item `code`\n";
    const out = stripMarkdown(md);
    expect(out.length).toBe(md.length);
    expect(out.slice(md.indexOf("patient"), md.indexOf("patient") + 7)).toBe("patient");
    expect(out).not.toMatch(/[*_#[\]()`]/);
    expect(out).not.toMatch(/https/);
    expect(out.split("\n").length).toBe(md.split("\n").length);
  });
  it("joins a soft-wrapped Markdown paragraph into one line but keeps list items apart", () => {
    const md = "Prenez 400 mg\nde naproxène.\n- un\n- deux";
    const out = stripMarkdown(md);
    expect(out.startsWith("Prenez 400 mg de naproxène.\n")).toBe(true);
    expect(out.endsWith("  un\n  deux")).toBe(true);
  });
  it("blanks YAML front matter and fences, not the code inside", () => {
    const md = "---\ntitle: x\n---\nTexte\n```\ncode\n```";
    const out = stripMarkdown(md);
    expect(out.length).toBe(md.length);
    expect(out).not.toMatch(/title|---|```/);
    expect(out).toMatch(/Texte/);
    expect(out).toMatch(/code/);
  });
  it("turns HTML block tags into line breaks and decodes entities in place", () => {
    const html = "<h1>Titre</h1><p>Un patient de 87&nbsp;ans,\nvu hier &amp; ce matin.</p><script>var a='<p>';</script>";
    const out = stripHtml(html);
    expect(out.length).toBe(html.length);
    expect(out).toMatch(/\n {3}Titre/);
    expect(out).toMatch(/87 {1,6}ans, vu hier & {4,5}ce matin\./);
    expect(out).not.toMatch(/var a/);
    expect(out).not.toMatch(/[<>]/);
  });
  it("treats comments and unknown entities safely", () => {
    const html = "a<!-- secret -->b &bogus; c";
    const out = stripHtml(html);
    expect(out.length).toBe(html.length);
    expect(out).not.toMatch(/secret/);
  });
});
