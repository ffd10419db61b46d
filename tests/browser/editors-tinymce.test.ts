// WordPress's classic editor: a real TinyMCE 8 editing inside iframe#content_ifr.
import { useBrowser } from "./harness.js";
import { serveFixtures } from "./fixtures/pages.js";
import { editorScenario } from "./fixtures/scenario.js";

const h = useBrowser(serveFixtures);

editorScenario(h, { page: "tinymce", publish: "Publier", media: false, site: "wordpress", focus: (page) => page.frameLocator("#content_ifr").locator("body").click() });
