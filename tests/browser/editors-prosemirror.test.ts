// Substack's editor: a real ProseMirror view (basic schema, history, base keymap).
import { editorScenario } from "./fixtures/scenario.js";

editorScenario({ page: "prosemirror", publish: "Publier", site: "substack", focus: (page) => page.locator(".ProseMirror").click() });
