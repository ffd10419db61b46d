// WordPress's block editor: rich-text blocks, each contenteditable, inside iframe[name="editor-canvas"].
import { afterAll } from "vitest";
import { closeSharedBrowser, editorScenario } from "./fixtures/scenario.js";

afterAll(closeSharedBrowser);

editorScenario({
  page: "gutenberg", publish: "Publier",
  media: false,
  blockUndo: false,
  site: "wordpress",
  prefix: "Résultats\n",
  focus: async (page) => {
    await page.frameLocator('iframe[name="editor-canvas"]').locator("h1").click();
    await page.keyboard.type("Résultats");
    await page.keyboard.press("Enter");
  },
});
