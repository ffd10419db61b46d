// X's composer: a real Draft.js editor under React 18.
import { editorScenario } from "./fixtures/scenario.js";

editorScenario({ page: "draft", site: "x", focus: (page) => page.locator(".public-DraftEditor-content").click() });
