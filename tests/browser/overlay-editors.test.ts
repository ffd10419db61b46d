// The overlay on the real editor libraries' fixture pages (tests/browser/fixtures, built by the
// adapters' tests): a risky draft typed as a person would is underlined over exactly the flagged
// words — boxes in the overlay's closed shadow root, read from the content script's world
// (overlay-access.ts) — the editor's own model holds exactly the typed text, and nothing of ours is
// inside the editor.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserTestsAvailable, useBrowser } from "./harness.js";
import { openFixture, serveFixtures, type PageName } from "./fixtures/pages.js";
import { waitFor } from "./pages/fixtures.js";
import { inContentWorld } from "./overlay-access.js";

const DRAFT = "Son dossier no 552190 est resté ouvert.";
const FLAGGED = "dossier no 552190";

interface Case {
  page: PageName;
  /** Puts the caret in the editor; returns the text typed before the draft. */
  focus(page: Page): Promise<string>;
  /** The editor lives in an iframe: the overlay draws boxes in the top page. */
  framed?: string;
}

const click = (selector: string) => async (page: Page) => {
  await page.click(selector);
  return "";
};

const CASES: Case[] = [
  { page: "lexical", focus: click("[data-lexical-editor]") },
  { page: "draft", focus: click(".public-DraftEditor-content") },
  { page: "quill", focus: click(".ql-editor") },
  { page: "prosemirror", focus: click(".ProseMirror") },
  {
    page: "tinymce",
    framed: "#content_ifr",
    focus: async (page) => {
      await page.frameLocator("#content_ifr").locator("body").click();
      return "";
    },
  },
  {
    page: "gutenberg",
    framed: 'iframe[name="editor-canvas"]',
    focus: async (page) => {
      await page.frameLocator('iframe[name="editor-canvas"]').locator("h1").click();
      await page.keyboard.type("Résultats");
      await page.keyboard.press("Enter");
      return "Résultats\n";
    },
  },
];

/** The text under each box, from its left edge to its right edge (read in the page). */
async function boxTexts(page: Page) {
  return inContentWorld(page, (_a, roots) => {
    const boxes = [...(roots[0]?.querySelectorAll<HTMLElement>(".box") ?? [])];
    return boxes.map((b) => {
      const r = b.getBoundingClientRect();
      const y = r.top + r.height / 2;
      const from = document.caretPositionFromPoint(r.left + 1, y);
      const to = document.caretPositionFromPoint(r.right - 1, y);
      if (!from || !to) return { rule: b.dataset.rule ?? "", severity: b.dataset.severity ?? "", text: "" };
      const range = document.createRange();
      range.setStart(from.offsetNode, from.offset);
      range.setEnd(to.offsetNode, to.offset);
      return { rule: b.dataset.rule ?? "", severity: b.dataset.severity ?? "", text: range.toString() };
    });
  });
}

/** Boxes of a framed editor: the character under each box's middle, read in the frame. */
async function framedBoxes(page: Page, frameSelector: string) {
  return inContentWorld(page, (sel, roots) => {
    const frame = document.querySelector<HTMLIFrameElement>(sel)!;
    const doc = frame.contentDocument!;
    const fr = frame.getBoundingClientRect();
    const boxes = [...(roots[0]?.querySelectorAll<HTMLElement>(".box") ?? [])];
    return boxes.map((b) => {
      const r = b.getBoundingClientRect();
      const pos = doc.caretPositionFromPoint(r.left + r.width / 2 - fr.left - frame.clientLeft, r.top + r.height / 2 - fr.top - frame.clientTop);
      const data = pos && pos.offsetNode.nodeType === 3 ? (pos.offsetNode as Text).data : "";
      return { rule: b.dataset.rule ?? "", around: pos ? data.slice(Math.max(0, pos.offset - 1), pos.offset + 1) : "" };
    });
  }, frameSelector);
}

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("underlines on the real editors", () => {
  const h = useBrowser(serveFixtures);

  for (const c of CASES) {
    it(`underlines exactly the flagged words in ${c.page}, leaving its model and DOM alone`, async () => {
      const page = await openFixture(h, c.page);
      await page.bringToFront();
      const prefix = await c.focus(page);
      await page.keyboard.type(DRAFT);
      await expect.poll(() => page.evaluate(() => (window as unknown as { fixture: { text(): string } }).fixture.text()), { timeout: 10_000 }).toBe(prefix + DRAFT);
      if (c.framed) {
        const boxes = await waitFor(() => framedBoxes(page, c.framed!), (b) => b.some((x) => x.rule.startsWith("privacy/")));
        for (const b of boxes.filter((x) => x.rule.startsWith("privacy/"))) {
          expect(b.around.length).toBeGreaterThan(0);
          expect(FLAGGED).toContain(b.around);
        }
      } else {
        await waitFor(() => boxTexts(page), (u) => u.some((s) => s.text === FLAGGED && s.severity === "error"));
      }
      const ours = await page.evaluate((framed) => {
        const docs = [document, ...(framed ? [document.querySelector<HTMLIFrameElement>(framed)!.contentDocument!] : [])];
        // Our host is a plain <div> known by its style (its z-index), never inside an editor.
        return docs.reduce((n, d) => n + d.querySelectorAll('[contenteditable] [data-garde-fou], [contenteditable] [style*="2147483000"], body#tinymce [style*="2147483000"]').length, 0);
      }, c.framed ?? null);
      expect(ours).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { fixture: { text(): string } }).fixture.text())).toBe(prefix + DRAFT);
      await page.close();
    });
  }

  it("sends nothing outside the extension", () => {
    expect(h.outgoing).toEqual([]);
  });
});
