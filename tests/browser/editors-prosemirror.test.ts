// Substack's editor: a real ProseMirror view (basic schema, history, base keymap).
import { useBrowser } from "./harness.js";
import { serveFixtures } from "./fixtures/pages.js";
import { editorScenario } from "./fixtures/scenario.js";

const h = useBrowser(serveFixtures);

editorScenario(h, { page: "prosemirror", publish: "Publier", site: "substack", focus: (page) => page.locator(".ProseMirror").click() });
