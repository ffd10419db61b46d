// LinkedIn's share box: a real Quill 2 editor (history module).
import { editorScenario } from "./fixtures/scenario.js";

editorScenario({ page: "quill", site: "linkedin", focus: (page) => page.locator(".ql-editor").click() });
