// Facebook's composer: a real Lexical editor (rich text + history).
import { afterAll } from "vitest";
import { closeSharedBrowser, editorScenario } from "./fixtures/scenario.js";

afterAll(closeSharedBrowser);

editorScenario({ page: "lexical", publish: "Publier", site: "facebook", focus: (page) => page.locator('[data-lexical-editor="true"]').click() });
