// The overlay's shadow roots are closed: a page cannot read them, and neither can page.evaluate.
// The tests read them from the content script's own isolated world, reached through the DevTools
// protocol (Runtime.evaluate in the execution context Chromium created for the extension), where
// the extension API chrome.dom.openOrClosedShadowRoot opens a closed root. Nothing is added to the
// extension for it, and a page has no way into that world. Clicks on the overlay's controls are
// made with the mouse at their coordinates, so they are a person's (trusted) clicks.
import type { CDPSession, Page } from "playwright-core";

interface Context {
  id: number;
  frameId: string;
  extension: boolean;
  main: boolean;
}

const sessions = new WeakMap<Page, Promise<{ session: CDPSession; contexts: Map<number, Context> }>>();

function cdp(page: Page) {
  let s = sessions.get(page);
  if (!s) {
    s = (async () => {
      const session = await page.context().newCDPSession(page);
      const contexts = new Map<number, Context>();
      session.on("Runtime.executionContextCreated", ({ context }) => {
        const aux = (context.auxData ?? {}) as { frameId?: string; type?: string };
        // The content script's world on a site; on the extension's own pages (the playground), the
        // controller runs in the page's main world.
        const extension = context.origin.startsWith("chrome-extension://") && !context.name.startsWith("__playwright") && (aux.type === "isolated" || aux.type === "default");
        contexts.set(context.id, { id: context.id, frameId: aux.frameId ?? "", extension, main: aux.type === "default" });
      });
      session.on("Runtime.executionContextDestroyed", ({ executionContextId }) => contexts.delete(executionContextId));
      session.on("Runtime.executionContextsCleared", () => contexts.clear());
      await session.send("Runtime.enable");
      return { session, contexts };
    })();
    sessions.set(page, s);
  }
  return s;
}

/** Finds the overlays' roots (closed or not) in the document and in open shadow roots. */
const PRELUDE = `(fn, arg) => {
  const roots = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll("*")) {
      const sr = chrome.dom.openOrClosedShadowRoot(el);
      if (!sr) continue;
      if ([...sr.children].some((c) => c.classList.contains("chip"))) roots.push(sr);
      else walk(sr);
    }
  };
  walk(document);
  return fn(arg, roots);
}`;

/** Runs `fn(arg, roots)` in the content script's world of the page's main frame; `roots` are the
 *  overlays' shadow roots, in document order. `fn` must be self-contained (it is serialised). */
export async function inContentWorld<R, A = null>(page: Page, fn: (arg: A, roots: ShadowRoot[]) => R | Promise<R>, arg?: A, timeout = 15_000): Promise<R> {
  const { session, contexts } = await cdp(page);
  const deadline = Date.now() + timeout;
  for (;;) {
    const { frameTree } = await session.send("Page.getFrameTree");
    const ours = [...contexts.values()].reverse().filter((c) => c.extension && c.frameId === frameTree.frame.id);
    const ctx = ours.find((c) => !c.main) ?? ours[0];
    if (ctx) {
      const r = await session.send("Runtime.evaluate", {
        expression: `(${PRELUDE})((${fn.toString()}), ${JSON.stringify(arg ?? null)})`,
        contextId: ctx.id,
        awaitPromise: true,
        returnByValue: true,
      });
      if (!r.exceptionDetails) return r.result.value as R;
      // The context went away with a navigation: look again.
      if (!/context|destroyed/i.test(r.exceptionDetails.text) || Date.now() > deadline) {
        throw new Error(`in the content script's world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
      }
    } else if (Date.now() > deadline) throw new Error("no content script world in this page");
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The number of overlays in the page. */
export function overlayCount(page: Page): Promise<number> {
  return inContentWorld(page, (_a, roots) => roots.length);
}

/** Waits until the content script has attached an overlay. */
export function waitForOverlay(page: Page, timeout = 15_000): Promise<void> {
  return untilOverlay(() => overlayCount(page), timeout);
}

/** The centre of the first visible element matching `sel` in the overlays' roots (run in the
 *  content script's world: self-contained, it is serialised). */
export function visibleCenter(sel: string, roots: ShadowRoot[]): { x: number; y: number } | null {
  for (const root of roots) {
    for (const el of root.querySelectorAll<HTMLElement>(sel)) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && !el.closest("[hidden]")) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
  }
  return null;
}

/** Clicks, with the mouse, the first visible element matching `selector` in an overlay. */
export function clickInOverlay(page: Page, selector: string, timeout = 15_000): Promise<void> {
  return clickWhenShown(page.mouse, () => inContentWorld(page, visibleCenter, selector), selector, timeout);
}

// The polling both browsers' overlay access shares (firefox/overlay-access.ts reads the roots its
// own way).
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `count` (the overlays in a page) is not zero. */
export async function untilOverlay(count: () => Promise<number>, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  while ((await count()) === 0) {
    if (Date.now() > deadline) throw new Error("no overlay attached");
    await pause(100);
  }
}

/** Clicks with the mouse the point `find` gives, once it gives one (a control drawn late). */
export async function clickWhenShown(mouse: { click(x: number, y: number): Promise<unknown> }, find: () => Promise<{ x: number; y: number } | null>, what: string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: { x: number; y: number } | null = null;
  for (;;) {
    const point = await find();
    // Click only where the element stood still between two looks: a card placed again by a
    // render under way would take the click outside it, which closes it.
    if (point && last && Math.abs(point.x - last.x) < 0.5 && Math.abs(point.y - last.y) < 0.5) {
      await mouse.click(point.x, point.y);
      return;
    }
    last = point;
    if (Date.now() > deadline) throw new Error(`nothing to click at ${what}`);
    await pause(point ? 30 : 100);
  }
}

/** What a page can select of an overlay: a plain <div>, known only by its style (its z-index). */
export const OVERLAY_HOST = '[style*="2147483000"]';
