// WordPress's block editor (the real @wordpress/block-editor, fixtures/src/gutenberg.ts): rich-text
// blocks, each contenteditable, inside iframe[name="editor-canvas"], the post title above them.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { analyze } from "../../src/analyzer/index.js";
import { browserSuite, useBrowser } from "./harness.js";
import { clickInOverlay, inContentWorld } from "./overlay-access.js";
import { openFixture, serveFixtures } from "./fixtures/pages.js";
import { editorScenario, expectModel, model } from "./fixtures/scenario.js";
import { cardState, chip, gateState, waitFor } from "./pages/fixtures.js";

const h = useBrowser(serveFixtures);

/** Undo in the block editor, as measured on this fixture (the same undo manager and block-editor
 *  store WordPress uses; RichText cancels the browser's own Ctrl+Z, core/editor/undo steps back the
 *  editor's history):
 *  - typing in a block becomes one undo level once no key was pressed for 1 s (block-editor's
 *    useMarkPersistent), so the person's pause before a fix is 1.2 s here: typed faster, the fix
 *    joins the typing's level and Ctrl+Z takes both back, as it would in WordPress;
 *  - the blank-line notice goes in as a person types it, Enter, Enter, then the text (the adapter
 *    sends Enter as the `beforeinput` "insertParagraph" Gutenberg splits blocks on). Each split is
 *    its own level and so is the text, so three Ctrl+Z restore exactly what was typed (after one:
 *    the draft and two empty paragraphs; after two: one). The content script, in its isolated
 *    world with no access to the page's wp.data, cannot group them into one level. */
editorScenario(h, {
  page: "gutenberg", publish: "Publier",
  media: false,
  readingPauseMs: 1_200,
  blankLineUndos: 3,
  site: "wordpress",
  prefix: "Résultats\n",
  focus: async (page) => {
    await page.frameLocator('iframe[name="editor-canvas"]').locator("h1").click();
    await page.keyboard.type("Résultats");
    await page.keyboard.press("Enter");
  },
});

/** Overlay boxes of one rule, with their centres (top-window coordinates, as the overlay draws them). */
function ruleBoxes(page: Page, rule: string) {
  return inContentWorld(page, (r, roots) => {
    const boxes = [...(roots[0]?.querySelectorAll<HTMLElement>(".box") ?? [])].filter((b) => b.dataset.rule === r);
    return boxes.map((b) => {
      const rect = b.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
  }, rule);
}

const published = (page: Page) => page.evaluate(() => [...(window.fixture!.published as string[])]);

browserSuite("the extension on the real block editor", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openFixture(h, "gutenberg");
    await page.bringToFront();
  });
  afterAll(async () => {
    await page?.close();
  });

  const draft = "Résultats\nSon dossier no 552190 est resté ouvert au poste.";
  const fix = analyze(draft).findings.find((f) => f.ruleId === "privacy/file-number" && f.fix)!.fix!;
  const fixed = draft.slice(0, fix.start) + fix.replacement + draft.slice(fix.end);

  it("underlines the finding, counts it on the chip, and the gate stops the publish click", async () => {
    await page.frameLocator('iframe[name="editor-canvas"]').locator("h1").click();
    await page.keyboard.type("Résultats");
    await page.keyboard.press("Enter");
    await page.keyboard.type(draft.slice("Résultats\n".length));
    await expectModel(page, draft);
    await waitFor(() => ruleBoxes(page, "privacy/file-number"), (b) => b.length > 0);
    const c = await waitFor(() => chip(page), (v) => v?.fresh === true && v.count > 0);
    expect(c!.worst).toBe("error");
    await page.click(".editor-post-publish-button__button");
    const gate = await waitFor(() => gateState(page), (g) => g !== null);
    expect(gate!.text).toContain("552190");
    expect(await published(page)).toEqual([]);
    await clickInOverlay(page, 'dialog.gate [data-action="review"]');
    await waitFor(() => gateState(page), (g) => g === null);
    expect(await model(page)).toBe(draft);
    await page.keyboard.press("Escape");
    await waitFor(() => cardState(page), (v) => v === null);
  });

  it("opens the card from the underline and applies its fix through the editor, which Ctrl+Z takes back", async () => {
    const [box] = await waitFor(() => ruleBoxes(page, "privacy/file-number"), (b) => b.length > 0);
    await page.mouse.click(box!.x, box!.y);
    await waitFor(() => cardState(page), (v) => v?.rule === "privacy/file-number");
    // A person reads the card: a fix within 1 s of the last keystroke would join the typing's undo
    // level (measured: Ctrl+Z then takes back the typing with the fix, as in WordPress).
    await page.waitForTimeout(1_200);
    await clickInOverlay(page, '.card [data-action="fix"]');
    await expectModel(page, fixed);
    await waitFor(() => cardState(page), (v) => v === null);
    await page.keyboard.press("Control+z");
    await expectModel(page, draft);
    await page.keyboard.press("Control+Shift+z");
    await expectModel(page, fixed);
  });

  it("lets the clean post through the gate", async () => {
    await waitFor(() => ruleBoxes(page, "privacy/file-number"), (b) => b.length === 0);
    await waitFor(() => chip(page), (v) => v?.fresh === true);
    await page.click(".editor-post-publish-button__button");
    await waitFor(() => published(page), (p) => p.length === 1);
    expect(await published(page)).toEqual([fixed]);
    expect(await gateState(page)).toBeNull();
  });
});
