// Textarea (X's mobile composer) and a plain contenteditable (the generic adapter), driven as a
// person would, with the adapters injected by the fixtures' test hook.
import { useBrowser } from "./harness.js";
import { serveFixtures } from "./fixtures/pages.js";
import { editorScenario } from "./fixtures/scenario.js";

const h = useBrowser(serveFixtures);

editorScenario(h, {
  page: "textarea",
  publish: "Poster",
  site: "x",
  ranges: false,
  focus: async (page) => page.locator('textarea[data-testid="tweetTextarea_0"]').click(),
});

editorScenario(h, {
  page: "contenteditable",
  publish: "Répondre",
  site: "generic",
  focus: async (page) => page.locator('[role="textbox"][contenteditable="true"]').click(),
});
