// WordPress's block editor (the real @wordpress/block-editor, fixtures/src/gutenberg.ts): rich-text
// blocks, each contenteditable, inside iframe[name="editor-canvas"], the post title above them.
import { afterAll } from "vitest";
import { closeSharedBrowser, editorScenario } from "./fixtures/scenario.js";

afterAll(closeSharedBrowser);

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
editorScenario({
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
