// Substack's editor: a real ProseMirror view (basic schema, history, base keymap).
import { afterAll } from "vitest";
import { closeSharedBrowser, editorScenario } from "./fixtures/scenario.js";

afterAll(closeSharedBrowser);

editorScenario({ page: "prosemirror", publish: "Publier", site: "substack", focus: (page) => page.locator(".ProseMirror").click() });
