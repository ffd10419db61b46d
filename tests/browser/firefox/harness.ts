// Launches Debian's firefox-esr through WebDriver BiDi (puppeteer-core) with the built extension
// (dist/firefox) installed as a temporary add-on, in a fresh profile. Fixture pages are served for
// the sites' real URLs by request interception in each page, as the Chromium harness does, and
// every other request a page makes is recorded and aborted, so that tests can prove none leaves.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser, type HTTPRequest, type Page } from "puppeteer-core";
import { useLaunched, type Step } from "../harness.js";
import { ensureFixtures } from "../fixtures/build.js";
import { ASSET_PREFIX, FIXTURE_ORIGINS, SCRIPT_TYPE, fixtureAsset, fixturePageFor } from "../fixtures/pages.js";

export const ROOT = new URL("../../../", import.meta.url).pathname;
export const FIREFOX = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
export const FIREFOX_DIST = process.env.GARDE_FOU_FIREFOX_DIST ?? join(ROOT, "dist", "firefox");
/** The moz-extension:// host, fixed through a preference so that tests can open the extension's pages. */
export const EXTENSION_UUID = "6b0f3c62-9a1d-4e57-8c2b-1f4e0a7d9c31";
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export function firefoxTestsAvailable(): boolean {
  return existsSync(FIREFOX) && existsSync(join(FIREFOX_DIST, "manifest.json"));
}

type Body = string | ((url: string) => string);

export interface FirefoxHarness {
  browser: Browser;
  /** Requests of a page to anything other than a fixture route or the extension itself. */
  outgoing: string[];
  /** Serves `body` for every URL whose string starts with `prefix` (or matches the pattern). */
  serve(match: string | RegExp, body: Body, contentType?: string): void;
  /** A new tab whose requests go through the fixture routes. */
  newPage(): Promise<Page>;
  /** A tab showing one of the extension's pages (storage and tabs APIs through `browser.*`). */
  extensionPage(path?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  const profile = mkdtempSync(join(tmpdir(), "garde-fou-firefox-"));
  const id = (JSON.parse(readFileSync(join(FIREFOX_DIST, "manifest.json"), "utf8")) as { browser_specific_settings: { gecko: { id: string } } }).browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1200, height: 900 },
    // Firefox 153 lets WebDriver open moz-extension:// pages only with this flag.
    args: ["--remote-allow-system-access"],
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [id]: EXTENSION_UUID }),
      // An optional permission is granted on request, without the prompt a person would answer.
      "extensions.webextOptionalPermissionPrompts": false,
      // Firefox's own spell-check underlines are not the extension's.
      "layout.spellcheckDefault": 0,
    },
  });
  await browser.installExtension(FIREFOX_DIST);
  const routes: Array<{ match: string | RegExp; body: Body; contentType: string }> = [];
  const outgoing: string[] = [];
  const route = (request: HTTPRequest) => {
    const url = request.url();
    if (url.startsWith("moz-extension://") || url.startsWith("data:") || url.startsWith("blob:") || url === "about:blank") return void request.continue();
    // The browser's own favicon look-up is neither the page's nor the extension's request.
    if (new URL(url).pathname === "/favicon.ico") return void request.respond({ status: 404, body: "" });
    // The last matching route wins, as with Playwright's context.route.
    const found = [...routes].reverse().find((r) => (typeof r.match === "string" ? url.startsWith(r.match) : r.match.test(url)));
    if (!found) {
      outgoing.push(url);
      return void request.abort();
    }
    return void request.respond({ status: 200, contentType: found.contentType, body: typeof found.body === "function" ? found.body(url) : found.body });
  };
  const newPage = async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on("request", route);
    return page;
  };
  return {
    browser,
    outgoing,
    serve(match, body, contentType = "text/html; charset=utf-8") {
      routes.push({ match, body, contentType });
    },
    newPage,
    async extensionPage(path = "src/options/index.html") {
      // Not intercepted: its requests are the extension's own files.
      // Not intercepted: its requests are the extension's own files. BiDi's navigate to a
      // moz-extension:// page never reports its load, so the page's own state is awaited instead.
      const page = await browser.newPage();
      const url = `${EXTENSION_ORIGIN}/${path}`;
      page.goto(url, { timeout: 0 }).catch(() => undefined);
      await page.waitForFunction((u) => location.href === u && document.readyState === "complete", { timeout: 20_000 }, url);
      return page;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One Firefox for the block that calls this, as `useBrowser` gives Chromium (launching Firefox is
 *  slower still). */
export function useFirefox(...setup: Array<Step<FirefoxHarness>>): FirefoxHarness {
  return useLaunched(launchFirefox, setup, 180_000);
}

/** Builds (or reuses) the editor fixtures' bundles and serves their pages and assets. */
export async function serveFixtures(h: FirefoxHarness): Promise<void> {
  await ensureFixtures();
  for (const origin of FIXTURE_ORIGINS) h.serve(`${origin}/`, fixturePageFor);
  h.serve(new RegExp(`${ASSET_PREFIX}[a-z]+\\.js$`), fixtureAsset, SCRIPT_TYPE);
}
