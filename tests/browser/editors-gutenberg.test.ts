// WordPress's block editor: rich-text blocks, each contenteditable, inside iframe[name="editor-canvas"].
import { afterAll } from "vitest";
import { closeSharedBrowser, editorScenario } from "./fixtures/scenario.js";

afterAll(closeSharedBrowser);

/** Why the undo of the blank-line notice is not tested here. The adapter sends the notice's "\n\n"
 *  as two Enter keys, as a person makes paragraphs, then inserts the text in the new block. This
 *  fixture has no block-editor store: each paragraph block is its own contenteditable with only the
 *  browser's undo of that element, and the blocks the Enter keys made are plain DOM, so Ctrl+Z could
 *  only remove the text typed in the last block. WordPress's own editor does not use the browser's
 *  undo at all: RichText cancels Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z in its blocks
 *  (block-editor's rich-text/event-listeners/remove-browser-shortcuts.js), and the editor's
 *  core/editor/undo shortcut steps back its own undo stack, where each Enter that splits a block
 *  inserts a block through the block-editor store (its own undo level) and the typing in the new
 *  block is another. So there, as after a person's Enter, Enter and typing, the notice takes more
 *  than one Ctrl+Z to undo (read from Gutenberg's source, not run here); the content script, in its
 *  isolated world with no access to the page's wp.data, cannot group them into one level. Testing
 *  it needs the real @wordpress/editor and its core-data store mounted in a fixture, with the REST
 *  answers they expect, which this suite does not have. */
const GUTENBERG_UNDO =
  "Gutenberg fixture: no block-editor store, so Ctrl+Z only undoes the browser's edits in one block; in WordPress, RichText cancels the browser's Ctrl+Z and core/editor/undo steps back the store, where each block split by Enter is its own undo level (see GUTENBERG_UNDO in this file)";

editorScenario({
  page: "gutenberg", publish: "Publier",
  media: false,
  blockUndo: false,
  blockUndoSkip: GUTENBERG_UNDO,
  site: "wordpress",
  prefix: "Résultats\n",
  focus: async (page) => {
    await page.frameLocator('iframe[name="editor-canvas"]').locator("h1").click();
    await page.keyboard.type("Résultats");
    await page.keyboard.press("Enter");
  },
});
