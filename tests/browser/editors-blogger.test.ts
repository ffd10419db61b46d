// Blogger's post editor (fixture: tests/browser/pages/blogger.ts, served for
// www.blogger.com/blog/post/edit/…): a risky draft typed in the compose view (a contenteditable
// body inside iframe#postingComposeBox) is underlined over exactly the flagged words, in French
// and in English, and so is one typed in the HTML view (textarea#postingHtmlBox); the editor's
// DOM holds exactly the typed text and nothing of ours; no request leaves.
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserTestsAvailable, useBrowser, serving } from "./harness.js";
import { BLOGGER_PAGE, BLOGGER_URL } from "./pages/blogger.js";
import { analyzeInWorker, gateState, sortSpans, frenchInterface } from "./pages/fixtures.js";
import { poll } from "./ui-helpers.js";
import { inContentWorld, waitForOverlay } from "./overlay-access.js";

const FR_DRAFT = "Son dossier no 552190 est resté ouvert. Prenez 400 mg d'ibuprofène trois fois par jour.";
const EN_DRAFT = "His chart # 88123 was left open. Take 400 mg of ibuprofen three times a day.";

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("Blogger's post editor", () => {
  const h = useBrowser(frenchInterface, serving("https://www.blogger.com/**", BLOGGER_PAGE));
  let page: Page;

  beforeAll(async () => {
    page = await h.context.newPage();
  });

  async function openEditor(query = ""): Promise<void> {
    await page.goto(BLOGGER_URL + query);
    await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === "true");
    await waitForOverlay(page);
    // The HTML view's overlay can come first: type only once the compose view has its own.
    if (query === "") {
      await poll(() =>
        inContentWorld(page, (_arg: null, roots) => {
          const frame = document.querySelector<HTMLIFrameElement>("iframe#postingComposeBox");
          return roots.some((r) => r.host === frame?.nextElementSibling);
        }),
      ).toBe(true);
    }
    await page.bringToFront();
  }

  /** The overlay's boxes (an editor in an iframe, or a textarea, is underlined with boxes drawn in
   *  the top page): the flagged text each covers, and the character under the box's middle. */
  const boxes = (editor: "compose" | "html") =>
    inContentWorld(page, (which, roots) => {
      const frame = document.querySelector<HTMLIFrameElement>("iframe#postingComposeBox")!;
      const area = document.querySelector<HTMLTextAreaElement>("textarea#postingHtmlBox")!;
      const anchor = which === "compose" ? frame : area;
      const root = roots.find((r) => r.host === anchor.nextElementSibling);
      const text = which === "compose" ? frame.contentDocument!.body.textContent ?? "" : area.value;
      const fr = frame.getBoundingClientRect();
      return Array.from(root?.querySelectorAll<HTMLElement>(".box") ?? []).map((b) => {
        const r = b.getBoundingClientRect();
        let under: string | null = null;
        if (which === "compose") {
          const pos = frame.contentDocument!.caretPositionFromPoint(r.left + r.width / 2 - fr.left - frame.clientLeft, r.top + r.height / 2 - fr.top - frame.clientTop);
          under = pos && pos.offsetNode.nodeType === 3 ? (pos.offsetNode as Text).data.charAt(pos.offset) : null;
        }
        return { severity: b.dataset.severity ?? "", text: text.slice(Number(b.dataset.start), Number(b.dataset.end)), under };
      });
    }, editor);

  async function expectUnderlined(editor: "compose" | "html", draft: string): Promise<void> {
    const findings = await analyzeInWorker(h, draft);
    expect(findings.some((f) => f.category === "patient-privacy" && f.severity === "error")).toBe(true);
    const want = sortSpans(findings.map((f) => ({ severity: f.severity, text: draft.slice(f.start, f.end) })));
    const distinct = async () => sortSpans([...new Map((await boxes(editor)).map((b) => [`${b.severity}|${b.text}`, { severity: b.severity, text: b.text }])).values()]);
    await poll(distinct).toEqual(want);
    if (editor === "compose") {
      // Each box lies over its flagged words: the character under its middle belongs to them.
      for (const b of await boxes(editor)) expect(b.text).toContain(b.under ?? "\u0000");
    }
  }

  it("underlines exactly the flagged words of a French draft in the compose view", async () => {
    await openEditor();
    await page.frameLocator("iframe#postingComposeBox").locator("body").click();
    await page.keyboard.type(FR_DRAFT);
    await expectUnderlined("compose", FR_DRAFT);
  });

  it("stops at Publish while the draft has errors (the button is found around the iframe)", async () => {
    await page.getByRole("button", { name: "Publier" }).click();
    await poll(async () => (await gateState(page))?.text ?? "").toMatch(/Publier|Publish/);
    await page.keyboard.press("Escape");
  });

  it("underlines exactly the flagged words of an English draft in the compose view", async () => {
    await openEditor();
    await page.frameLocator("iframe#postingComposeBox").locator("body").click();
    await page.keyboard.type(EN_DRAFT);
    await expectUnderlined("compose", EN_DRAFT);
  });

  it("leaves the compose view's DOM as typed, with nothing of ours inside", async () => {
    const dom = await page.evaluate(() => {
      const body = document.querySelector<HTMLIFrameElement>("iframe#postingComposeBox")!.contentDocument!.body;
      return {
        text: body.textContent,
        ours: Array.from(body.querySelectorAll("*")).filter((el) => /garde|gf-/i.test(`${el.tagName} ${el.className} ${el.id}`) || el.hasAttribute("data-garde-fou") || el.shadowRoot).length,
      };
    });
    expect(dom).toEqual({ text: EN_DRAFT, ours: 0 });
  });

  it("underlines a draft typed in the HTML view (the textarea) too", async () => {
    await page.locator("#switch-view").click();
    await page.locator("textarea#postingHtmlBox").click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    await page.keyboard.type(FR_DRAFT);
    await expectUnderlined("html", FR_DRAFT);
    expect(await page.locator("textarea#postingHtmlBox").inputValue()).toBe(FR_DRAFT);
  });

  it("reads a compose view made editable through designMode as well", async () => {
    await openEditor("?designMode=1");
    expect(await page.evaluate(() => document.querySelector<HTMLIFrameElement>("iframe#postingComposeBox")!.contentDocument!.body.hasAttribute("contenteditable"))).toBe(false);
    await page.frameLocator("iframe#postingComposeBox").locator("body").click();
    await page.keyboard.type(FR_DRAFT);
    await expectUnderlined("compose", FR_DRAFT);
  });

  it("sends no request outside the browser", () => {
    expect(h.outgoing).toEqual([]);
  });
});
