// A hostile page on a supported site's URL (anyone can open a *.substack.com blog): while a person
// writes a draft there, the page's own script clicks every control it can reach (in a grid over
// the viewport, card and gate open or not), sends synthetic keys, dispatches the extension's old
// event names, looks for the flagged words (highlight registry, shadow roots, every node added to
// its DOM) and probes chrome-extension:// files with the extension's real id. Afterwards the
// settings are unchanged, the person's draft with a health-card number is still underlined, the
// gate still stops the person's publish click, and no draft text is in any storage area.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { browserTestsAvailable, useBrowser, serving } from "./harness.js";
import { clickInOverlay, inContentWorld, waitForOverlay } from "./overlay-access.js";
import { analyzeInWorker, gateState, cardState, waitFor } from "./pages/fixtures.js";
import { storedSettings, frenchSettings } from "./ui-helpers.js";

const URL_ = "https://notes-du-dr-x.substack.com/publish/post/1";
const SENTINEL = "Quorvexine";
const CARD = "GAGM 3704 0315";
const DRAFT = `Mme ${SENTINEL}, carte ${CARD}, née le 3 avril 1937, vue hier à la chambre 412.`;

// The page's script. It records every node added outside the editor from the first moment, and
// exposes rounds of attack for the test to run at chosen moments.
const HOSTILE_SCRIPT = String.raw`
window.publishCount = 0;
window.seenOutsideEditor = [];
const editor = () => document.querySelector(".ProseMirror");
new MutationObserver((records) => {
  for (const r of records) for (const n of r.addedNodes) {
    if (editor() && editor().contains(n)) continue;
    window.seenOutsideEditor.push((n.textContent || "") + " " + (n.nodeType === 1 ? n.outerHTML : ""));
  }
}).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });

window.attack = async (extensionId) => {
  const report = { clicked: 0, keys: 0, events: 0, highlights: [], openRoots: 0, named: [], probes: {}, messaging: "" };
  // Click everything reachable, at every point of a grid, as a script can (synthetic events).
  for (let y = 2; y < innerHeight; y += 16) for (let x = 2; x < innerWidth; x += 16) {
    const el = document.elementFromPoint(x, y);
    if (!el || el.id === "publish") continue;
    for (const type of ["pointerdown", "mousedown", "pointerup", "mouseup", "click"]) {
      const E = type.startsWith("pointer") ? PointerEvent : MouseEvent;
      el.dispatchEvent(new E(type, { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, button: 0, detail: 1, view: window }));
    }
    el.click();
    report.clicked++;
  }
  // Every button inside a shadow root the page can open (an open one), three rounds: chip, then
  // "turn off", then its confirmation.
  const reach = (root, out) => {
    for (const el of root.querySelectorAll("*")) if (el.shadowRoot) { out.push(el.shadowRoot); reach(el.shadowRoot, out); }
    return out;
  };
  for (let round = 0; round < 3; round++) {
    for (const root of reach(document, [])) for (const b of root.querySelectorAll("button, [role=button]")) { b.click(); report.clicked++; }
    await new Promise((r) => setTimeout(r, 300));
  }
  // Synthetic keys: the card's shortcuts, Escape, Enter and Space on whatever has focus, Tab.
  const keys = [
    { key: "N", code: "KeyN", altKey: true, shiftKey: true }, { key: "P", code: "KeyP", altKey: true, shiftKey: true },
    { key: "Enter", code: "Enter" }, { key: " ", code: "Space" }, { key: "Escape", code: "Escape" }, { key: "Tab", code: "Tab" },
  ];
  for (const target of [editor(), document.activeElement, document.body, document]) {
    for (const k of keys) for (const type of ["keydown", "keypress", "keyup"]) {
      target && target.dispatchEvent(new KeyboardEvent(type, { ...k, bubbles: true, composed: true, cancelable: true }));
      report.keys++;
    }
  }
  // The extension's event names, past and guessed.
  for (const name of ["garde-fou:takeover", "garde-fou:stop", "garde-fou:disable", "gardefou:takeover"]) {
    for (const target of [document, window, document.documentElement]) {
      target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: { ruleId: "privacy/health-card-number" } }));
      report.events++;
    }
  }
  // What the page can read: the highlight registry, open shadow roots, names.
  if (globalThis.CSS && CSS.highlights) for (const [name, h] of CSS.highlights) report.highlights.push(name + ":" + [...h].map((r) => r.toString()).join("|"));
  for (const el of document.querySelectorAll("*")) {
    if (el.shadowRoot) report.openRoots++;
    if (/garde|fou/i.test(el.tagName + " " + el.getAttributeNames().join(" ") + " " + el.id + " " + el.className)) report.named.push(el.tagName);
  }
  // Extension files, with the real id (the worst case: the id is public in the store).
  for (const path of ["manifest.json", "src/popup/index.html", "src/options/index.html", "icons/icon-16.png", "_locales/fr/messages.json"]) {
    try {
      const r = await fetch("chrome-extension://" + extensionId + "/" + path);
      report.probes[path] = "status " + r.status;
    } catch (e) {
      report.probes[path] = "refused";
    }
  }
  try {
    const runtime = globalThis.chrome && chrome.runtime;
    if (!runtime || !runtime.sendMessage) report.messaging = "no runtime";
    else {
      await runtime.sendMessage(extensionId, { type: "disableRule", data: { ruleId: "privacy/health-card-number" } });
      report.messaging = "sent";
    }
  } catch (e) {
    report.messaging = "refused";
  }
  return report;
};
`;

const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Nouveau billet</title>
<script>${HOSTILE_SCRIPT}</script>
<style>
  body { font: 16px/1.5 Georgia, serif; margin: 0; }
  .post-editor { width: 640px; margin: 40px auto; }
  .ProseMirror { min-height: 160px; padding: 8px; border: 1px solid #ccc; white-space: pre-wrap; outline: none; }
  #publish { margin-top: 8px; padding: 6px 16px; }
</style></head>
<body><div class="post-editor">
  <div class="ProseMirror" contenteditable="true" role="textbox" aria-label="Billet"></div>
  <button id="publish" type="button" data-testid="publish-button">Publish</button>
</div>
<script>
document.getElementById("publish").addEventListener("click", () => { window.publishCount++; });
</script>
</body></html>`;

type Report = { clicked: number; keys: number; events: number; highlights: string[]; openRoots: number; named: string[]; probes: Record<string, string>; messaging: string };

/** The flagged words the overlay draws boxes over (read in the content script's world; the
 *  highlight registry too, which earlier versions used, so that this test fails on them). */
const flagged = (page: Page) =>
  inContentWorld(page, (_a, roots) => {
    const editor = document.querySelector<HTMLElement>(".ProseMirror")!;
    const text = editor.innerText;
    const boxes = [...(roots[0]?.querySelectorAll<HTMLElement>(".box") ?? [])].map((b) => text.slice(Number(b.dataset.start), Number(b.dataset.end)));
    const ranges = [...CSS.highlights.values()].flatMap((h) => [...(h as unknown as Iterable<Range>)].map((r) => r.toString()));
    return [...new Set([...boxes, ...ranges])];
  });

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("a hostile page on a supported site", () => {
  const h = useBrowser(serving("https://notes-du-dr-x.substack.com/**", PAGE), frenchSettings);
  let page: Page;
  let settingsBefore: Record<string, unknown> | undefined;
  const attack = (): Promise<Report> => page.evaluate((id) => (window as unknown as { attack(id: string): Promise<Report> }).attack(id), h.extensionId);

  beforeAll(async () => {
    settingsBefore = await storedSettings(h);
    page = await h.context.newPage();
    await page.goto(URL_);
    await waitForOverlay(page);
    await page.bringToFront();
    await page.click(".ProseMirror");
    await page.keyboard.type(DRAFT);
    await waitFor(() => flagged(page), (f) => f.includes(CARD));
  }, 120_000);

  it("the draft's fix would carry its words (so the storage check below means something)", async () => {
    const findings = await analyzeInWorker(h, DRAFT);
    expect(findings.some((f) => f.fix?.replacement.includes("1937"))).toBe(true);
  });

  it("cannot click the chip, the card's buttons or the gate's buttons", async () => {
    // With the card open (a person clicked the underline): the page clicks everything it reaches.
    await clickInOverlay(page, ".chip");
    await waitFor(() => cardState(page), (c) => c !== null);
    const report = await attack();
    expect(report.clicked).toBeGreaterThan(100);
    expect(await cardState(page)).not.toBeNull();
    await page.keyboard.press("Escape");
    await waitFor(() => cardState(page), (c) => c === null);
    // With the gate open (a person clicked publish): "publish anyway" cannot be clicked by the page.
    await page.click("#publish");
    await waitFor(() => gateState(page), (g) => g !== null);
    await attack();
    expect(await gateState(page)).not.toBeNull();
    expect(await page.evaluate(() => (window as unknown as { publishCount: number }).publishCount)).toBe(0);
    await clickInOverlay(page, 'dialog.gate [data-action="review"]');
    await waitFor(() => gateState(page), (g) => g === null);
    await page.keyboard.press("Escape");
  });

  it("leaves the settings unchanged", async () => {
    await attack();
    expect(await storedSettings(h)).toEqual(settingsBefore);
  });

  it("cannot stop the content script: a person's next draft is still underlined and the gate still stops the publish click", async () => {
    const report = await attack();
    expect(report.events).toBeGreaterThan(0);
    await page.click(".ProseMirror");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    const next = `Sa carte ${CARD} est restée au triage.`;
    await page.keyboard.type(next);
    await waitFor(() => flagged(page), (f) => f.length > 0 && f.every((x) => next.includes(x)) && f.includes(CARD));
    await page.click("#publish");
    await waitFor(() => gateState(page), (g) => g !== null);
    expect(await page.evaluate(() => (window as unknown as { publishCount: number }).publishCount)).toBe(0);
    await clickInOverlay(page, 'dialog.gate [data-action="review"]');
    await page.keyboard.press("Escape");
  });

  it("learns nothing of what was flagged, nor finds the extension by name", async () => {
    const report = await attack();
    expect(report.highlights).toEqual([]);
    expect(report.openRoots).toBe(0);
    expect(report.named).toEqual([]);
    expect(report.messaging).toBe("no runtime");
    // The extension's pages, manifest, icons and messages are not reachable from the page.
    // (This branch still declares the content script's chunks web-accessible, as the build tool
    // emits them: their code is public; the files above, the settings and the findings are not.)
    for (const [path, result] of Object.entries(report.probes)) expect(result, path).toBe("refused");
    const seen = await page.evaluate(() => (window as unknown as { seenOutsideEditor: string[] }).seenOutsideEditor);
    for (const words of [SENTINEL, CARD, "1937", "412", "garde-fou"]) expect(seen.filter((s) => s.includes(words)), words).toEqual([]);
  });

  it("leaves the worker's settings and tab state to the extension's pages: a content script is refused", async () => {
    // Sent from the content script's own world (the most a compromised page could ever borrow).
    const replies = await inContentWorld(page, async () => {
      const ask = (m: unknown) => chrome.runtime.sendMessage(m);
      return {
        tabState: await ask({ type: "getTabState", data: { tabId: 1 } }),
        save: await ask({ type: "saveSettings", data: { settings: { version: 1, gate: { enabled: false, disabledSites: [] } } } }),
        unknownRule: await ask({ type: "disableRule", data: { ruleId: "privacy/no-such-rule" } }),
      };
    });
    expect(replies.tabState).toMatchObject({ ok: false });
    expect(replies.save).toMatchObject({ ok: false });
    expect(replies.unknownRule).toEqual({ ok: true, data: { ok: false } });
    expect(await storedSettings(h)).toEqual(settingsBefore);
  });

  it("finds no draft text in any storage area", async () => {
    const dump = await h.worker.evaluate(async () =>
      JSON.stringify({ local: await chrome.storage.local.get(null), sync: await chrome.storage.sync.get(null), session: await chrome.storage.session.get(null) }),
    );
    expect(dump).toContain("tab:");
    for (const words of [SENTINEL, CARD, "en 1937", "3 avril", "chambre 412", "triage"]) expect(dump, words).not.toContain(words);
  });

  it("sends nothing outside the browser", () => {
    expect(h.outgoing.filter((u) => !u.startsWith("https://notes-du-dr-x.substack.com/"))).toEqual([]);
  });
});
