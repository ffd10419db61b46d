// WordPress's classic editor: a real TinyMCE 8 editing inside iframe#content_ifr.
import { afterAll } from "vitest";
import { closeSharedBrowser, editorScenario } from "./fixtures/scenario.js";

afterAll(closeSharedBrowser);

editorScenario({ page: "tinymce", publish: "Publier", media: false, site: "wordpress", focus: (page) => page.frameLocator("#content_ifr").locator("body").click() });
