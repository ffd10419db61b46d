// Textarea (X's mobile composer) and a plain contenteditable (the generic adapter), driven as a
// person would, with the adapters injected by the fixtures' test hook.
import { afterAll } from "vitest";
import { closeSharedBrowser, editorScenario } from "./fixtures/scenario.js";

afterAll(closeSharedBrowser);

editorScenario({
  page: "textarea",
  publish: "Poster",
  site: "x",
  ranges: false,
  focus: async (page) => page.locator('textarea[data-testid="tweetTextarea_0"]').click(),
});

editorScenario({
  page: "contenteditable",
  publish: "Répondre",
  site: "generic",
  focus: async (page) => page.locator('[role="textbox"][contenteditable="true"]').click(),
});
