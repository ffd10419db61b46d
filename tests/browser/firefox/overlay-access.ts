// The Firefox counterpart of ../overlay-access.ts. The overlay's shadow roots are closed, so the
// tests read them from the content script's own sandbox: an extension page calls
// browser.scripting.executeScript on the tab, and Firefox runs the function in the extension's
// content-script sandbox, where Element.openOrClosedShadowRoot (a WebExtensions-only API) opens a
// closed root. The optional "scripting" permission is granted from a click on an extension page, as
// a person grants it; nothing is added to the extension. Controls are clicked with the mouse at their
// coordinates, so the clicks are trusted.
import { clickWhenShown, untilOverlay, visibleCenter } from "../overlay-access.js";
import type { Page } from "puppeteer-core";

/** Finds the overlays' roots (closed or not) in the document and in nested shadow roots. */
const PRELUDE = `(arg) => {
  const roots = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll("*")) {
      const sr = el.openOrClosedShadowRoot;
      if (!sr) continue;
      if ([...sr.children].some((c) => c.classList.contains("chip"))) roots.push(sr);
      else walk(sr);
    }
  };
  walk(document);
  return (FN)(arg, roots);
}`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface OverlayAccess {
  /** Runs `fn(arg, roots)` in the content script's sandbox of `page`'s tab; `fn` must be self-contained. */
  inContentWorld<R, A = null>(page: Page, fn: (arg: A, roots: ShadowRoot[]) => R, arg?: A, timeout?: number): Promise<R>;
  overlayCount(page: Page): Promise<number>;
  waitForOverlay(page: Page, timeout?: number): Promise<void>;
  /** Clicks, with the mouse, the first visible element matching `selector` in an overlay. */
  clickInOverlay(page: Page, selector: string, timeout?: number): Promise<void>;
  /** Grants the optional "scripting" permission from a click on the extension page. */
  grantScripting(): Promise<void>;
  /** Gives it back, so that a test can start from the extension's installed state. */
  revokeScripting(): Promise<void>;
}

/** `ext`: an extension page (moz-extension://) that stays open for the tests' length. */
export function overlayAccess(ext: Page): OverlayAccess {
  const api = `globalThis.browser`;
  async function inContentWorld<R, A = null>(page: Page, fn: (arg: A, roots: ShadowRoot[]) => R, arg?: A, timeout = 15_000): Promise<R> {
    // The function's source is written into the evaluated code, not passed as a string: the
    // extension page's policy forbids eval, and executeScript needs a function.
    const func = PRELUDE.replace("FN", fn.toString());
    const expression = `(async () => {
      const tabs = (await ${api}.tabs.query({})).filter((t) => t.url === ${JSON.stringify(page.url())});
      if (!tabs.length) return { missing: true };
      const tabId = tabs.sort((a, b) => b.id - a.id)[0].id;
      const [r] = await ${api}.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: ${func}, args: [${JSON.stringify(arg ?? null)}] });
      if (r && r.error) throw r.error;
      return { value: r ? r.result : undefined };
    })()`;
    const deadline = Date.now() + timeout;
    for (;;) {
      let error: unknown;
      try {
        const out = (await ext.evaluate(expression)) as { missing?: boolean; value?: R };
        if (!out.missing) return out.value as R;
        error = new Error(`no tab at ${page.url()}`);
      } catch (e) {
        error = e;
      }
      // The tab may be between documents (a reload): look again until the deadline.
      if (Date.now() > deadline) throw new Error(`in the content script's sandbox: ${String(error)}`);
      await sleep(100);
    }
  }
  const overlayCount = (page: Page) => inContentWorld(page, (_a, roots) => roots.length);
  return {
    inContentWorld,
    overlayCount,
    waitForOverlay: (page, timeout = 15_000) => untilOverlay(() => overlayCount(page), timeout),
    clickInOverlay: (page, selector, timeout = 15_000) => clickWhenShown(page.mouse, () => inContentWorld(page, visibleCenter, selector), selector, timeout),
    async grantScripting() {
      await ext.evaluate(() => {
        const b = (globalThis as unknown as { browser: typeof chrome }).browser;
        const button = document.createElement("button");
        button.id = "grant-scripting";
        button.textContent = "grant";
        button.style.cssText = "position:fixed;top:0;left:0;width:80px;height:40px;z-index:99999";
        button.addEventListener("click", () => {
          void b.permissions.request({ permissions: ["scripting"] }).finally(() => button.remove());
        });
        document.body.append(button);
      });
      await ext.bringToFront();
      await ext.click("#grant-scripting");
      const deadline = Date.now() + 15_000;
      while (!(await ext.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.permissions.contains({ permissions: ["scripting"] })))) {
        if (Date.now() > deadline) throw new Error("the scripting permission was not granted");
        await sleep(100);
      }
    },
    async revokeScripting() {
      await ext.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.permissions.remove({ permissions: ["scripting"] }));
    },
  };
}
