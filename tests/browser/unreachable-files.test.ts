// Invisible to the sites: a page on any supported site cannot reach a single file of the
// extension (fetch, <img>, <script>), so it cannot tell that its visitor runs Garde-fou. The
// manifest declares nothing web-accessible; the control shows the same URLs load from the
// extension's own page, so the failures are the browser's access rule, not wrong URLs.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { SITE_MATCHES } from "../../src/content/sites/matches.js";
import { CONTENT_SCRIPT } from "../../src/shared/custom-site-script.js";
import { browserTestsAvailable, DIST, useBrowser } from "./harness.js";
import { allowExtensionPages } from "./ui-helpers.js";

/** A page URL on each supported site ("https://*.substack.com/*" → a blog of that host). */
const SITE_URLS = SITE_MATCHES.map((m) => m.replace("*.", "example.").replace(/\*$/, "compose"));
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Site</title></head><body><textarea id="editor"></textarea></body></html>`;

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : [relative(DIST, path)];
  });
}

/** Each URL probed three ways from inside the page; every result is "ok" or "blocked". */
const probe = (page: Page, urls: string[]) =>
  page.evaluate(async (list) => {
    const load = (el: HTMLImageElement | HTMLScriptElement, url: string) =>
      new Promise<string>((resolve) => {
        el.onload = () => resolve("ok");
        el.onerror = () => resolve("blocked");
        el.src = url;
        if (el instanceof HTMLScriptElement) document.head.append(el);
      });
    const out: Record<string, string[]> = {};
    for (const url of list) {
      out[url] = [
        await fetch(url).then(() => "ok", () => "blocked"),
        await load(new Image(), url),
        await load(document.createElement("script"), url),
      ];
    }
    return out;
  }, urls);

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("the extension's files, seen from the supported sites", () => {
  const h = useBrowser();
  let urls: string[];

  beforeAll(async () => {
    for (const url of SITE_URLS) await h.serve(`${new URL(url).origin}/**`, PAGE);
    urls = filesOf(DIST).map((f) => `chrome-extension://${h.extensionId}/${f}`);
  });

  it("covers the content script, the manifest and every other file of the build", () => {
    expect(urls.length).toBeGreaterThan(10);
    for (const f of ["manifest.json", CONTENT_SCRIPT, "src/popup/index.html"]) expect(urls).toContain(`chrome-extension://${h.extensionId}/${f}`);
  });

  it.each(SITE_URLS)("%s cannot fetch, show or run any of them", async (url) => {
    const page = await h.context.newPage();
    await page.goto(url);
    const results = await probe(page, urls);
    await page.close();
    const reached = Object.entries(results).filter(([, r]) => r.includes("ok"));
    expect(reached).toEqual([]);
    expect(Object.keys(results)).toHaveLength(urls.length);
  });

  it("control: the extension's own page reaches the same files", async () => {
    await allowExtensionPages(h);
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    const fetched = await page.evaluate(async (list) => Promise.all(list.map((u) => fetch(u).then((r) => r.status, () => 0))), urls);
    await page.close();
    expect(fetched.filter((s) => s !== 200)).toEqual([]);
    expect(h.outgoing).toEqual([]);
  });
});
