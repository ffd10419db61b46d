// The playground's own site adapter: the page's contenteditable read and fixed like any plain
// contenteditable on a site, matched only on this extension page. The controller picks it as a
// site-specific adapter, so the page needs no site permission and no "custom site" entry.
import type { EditorAdapter } from "../content/types.js";
import { defineSite } from "../content/sites/define.js";

export const PLAYGROUND_EDITOR_ID = "editor";
export const PLAYGROUND_COMPOSER_ID = "composer";
export const PLAYGROUND_PATH = "/src/playground/index.html";

const base = defineSite({
  id: "playground",
  platform: "other",
  hosts: [],
  editors: [{ kind: "contenteditable", selector: `#${PLAYGROUND_EDITOR_ID}` }],
  composer: [`#${PLAYGROUND_COMPOSER_ID}`],
  media: [],
  publish: ["[data-playground-publish]"],
});

/** The adapter of the editor the controller attached to (the page's "show" buttons need its ranges). */
let current: EditorAdapter | null = null;

export function currentAdapter(): EditorAdapter | null {
  return current;
}

export const playgroundSite = {
  ...base,
  matches: (loc: Location) => /^(chrome|moz)-extension:$/.test(loc.protocol) && loc.pathname === PLAYGROUND_PATH,
  create(element: HTMLElement): EditorAdapter {
    const adapter = base.create(element);
    current = adapter;
    return {
      ...adapter,
      dispose() {
        if (current?.element === element) current = null;
        adapter.dispose();
      },
    };
  },
};
