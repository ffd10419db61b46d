// Facebook's composer: a real Lexical editor (rich text + history).
import { editorScenario } from "./fixtures/scenario.js";

editorScenario({ page: "lexical", publish: "Publier", site: "facebook", focus: (page) => page.locator('[data-lexical-editor="true"]').click() });
