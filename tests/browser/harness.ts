// Launches Debian's Chromium with the built extension (dist/chrome) in a fresh profile, serves
// fixture pages for the sites' real URLs by request interception (so the manifest's real matches
// apply), and records every request that is not a fixture so that tests can prove none leaves.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Worker } from "playwright-core";
import { afterAll, beforeAll, describe } from "vitest";

export const ROOT = new URL("../../", import.meta.url).pathname;
// GARDE_FOU_DIST: a copy of dist/chrome, so that a build running meanwhile does not change the
// extension under a test.
export const DIST = process.env.GARDE_FOU_DIST ?? join(ROOT, "dist", "chrome");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function browserTestsAvailable(): boolean {
  return existsSync(CHROMIUM) && existsSync(join(DIST, "manifest.json"));
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests to anything other than a fixture route or the extension itself. */
  outgoing: string[];
  /** Serves `html` (or a function of the URL) for every URL matching `pattern`. */
  serve(pattern: string, body: string | ((url: string) => string), contentType?: string): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The unpacked extension to load (default DIST): a test copy with its own manifest. */
  dist?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const dist = options.dist ?? DIST;
  const profile = mkdtempSync(join(tmpdir(), "garde-fou-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      "--disable-default-apps",
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
    ],
  });
  const outgoing: string[] = [];
  const served: string[] = [];
  // Anything not served by a fixture is recorded and aborted: no test ever reaches the internet.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    // The extension's own files are not network requests.
    if (url.startsWith("chrome-extension://")) return route.continue();
    outgoing.push(url);
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    outgoing,
    async serve(pattern, body, contentType = "text/html; charset=utf-8") {
      served.push(pattern);
      await context.route(pattern, (route) => {
        const url = route.request().url();
        return route.fulfill({ status: 200, contentType, body: typeof body === "function" ? body(url) : body });
      });
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A set-up step, run in order once the browser is up (serving pages, settings, opening a page). */
export type Step<H> = (h: H) => unknown;

/** One launched browser for the block that calls this (launching is the slow part): started by
 *  `start` before its tests, with each `setup` step run in order, and closed after them. Called at
 *  a file's top level, every block of the file shares it. The value stands for the harness in the
 *  block's tests and hooks, once launched. */
export function useLaunched<H extends { close(): Promise<void> }>(start: () => Promise<H>, setup: Array<Step<H>>, timeout = 120_000): H {
  let launched: H | undefined;
  beforeAll(async () => {
    launched = await start();
    for (const step of setup) await step(launched);
  }, timeout);
  afterAll(async () => {
    await launched?.close();
    launched = undefined;
  });
  return new Proxy({} as H, {
    get(_target, key) {
      if (!launched) throw new Error(`the browser is not launched yet (reading ${String(key)} outside a test or hook)`);
      const value = Reflect.get(launched, key) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(launched) : value;
    },
  });
}

/** Chromium with the built extension for the calling block: `const h = useBrowser(serveFixtures);`
 *  then `openFixture(h, FB_URL)` in its tests. */
export function useBrowser(...setup: Array<Step<Harness>>): Harness {
  return useLaunched(() => launch(), setup);
}

/** useBrowser with launch options (another build of the extension). */
export function useBrowserWith(options: LaunchOptions, ...setup: Array<Step<Harness>>): Harness {
  return useLaunched(() => launch(options), setup);
}

/** A step that serves `body` for every URL matching `pattern`. */
export function serving(pattern: string, body: string | ((url: string) => string), contentType?: string): Step<Harness> {
  return (h) => h.serve(pattern, body, contentType);
}

/** Browser tests run where Chromium and a build are present, and always in CI (where their absence is a failure). */
export const browserSuite = describe.skipIf(!browserTestsAvailable() && !process.env.CI);
