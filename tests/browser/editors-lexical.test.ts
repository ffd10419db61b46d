// Facebook's composer: a real Lexical editor (rich text + history).
import { useBrowser } from "./harness.js";
import { serveFixtures } from "./fixtures/pages.js";
import { editorScenario } from "./fixtures/scenario.js";

const h = useBrowser(serveFixtures);

editorScenario(h, { page: "lexical", publish: "Publier", site: "facebook", focus: (page) => page.locator('[data-lexical-editor="true"]').click() });
