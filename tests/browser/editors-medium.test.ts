// Medium's story editor (fixture: tests/browser/pages/medium.ts, served for medium.com/new-story):
// a risky draft typed in the story body as a person would is underlined over exactly the flagged
// words, in French and in English; the editor's DOM holds exactly the typed text and nothing of
// ours; no request leaves.
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserTestsAvailable, useBrowser, serving } from "./harness.js";
import { MEDIUM_PAGE, MEDIUM_URL } from "./pages/medium.js";
import { analyzeInWorker, expectedSpans, gateState, sortSpans, underlines, frenchInterface } from "./pages/fixtures.js";
import { poll } from "./ui-helpers.js";
import { inContentWorld, overlayCount, waitForOverlay } from "./overlay-access.js";

const TITLE = "Notes de garde";
const FR_DRAFT = "Son dossier no 552190 est resté ouvert. Prenez 400 mg d'ibuprofène trois fois par jour.";
const EN_DRAFT = "His chart # 88123 was left open. Take 400 mg of ibuprofen three times a day.";

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("Medium's story editor", () => {
  const h = useBrowser(frenchInterface, serving("https://medium.com/**", MEDIUM_PAGE));
  let page: Page;

  beforeAll(async () => {
    page = await h.context.newPage();
  });

  const graf = (selector: string) => page.locator(`.postArticle-content ${selector}`);

  /** A new story, as a person writes one: the title, then the body paragraph. */
  async function writeStory(body: string): Promise<void> {
    await page.goto(MEDIUM_URL);
    await waitForOverlay(page);
    await page.bringToFront();
    await graf("h3.graf--title").click();
    await page.keyboard.type(TITLE);
    await graf("p.graf--p").click();
    await page.keyboard.type(body);
  }

  async function expectUnderlined(draft: string): Promise<void> {
    const findings = await analyzeInWorker(h, `${TITLE}\n${draft}`);
    expect(findings.some((f) => f.category === "patient-privacy" && f.severity === "error")).toBe(true);
    expect(findings.some((f) => f.category === "clinical-advice")).toBe(true);
    await poll(async () => sortSpans(await underlines(page))).toEqual(expectedSpans(`${TITLE}\n${draft}`, findings));
  }

  it("underlines exactly the flagged words of a French draft", async () => {
    await writeStory(FR_DRAFT);
    await expectUnderlined(FR_DRAFT);
    expect(await underlines(page)).toContainEqual({ severity: "error", text: "dossier no 552190" });
  });

  it("attaches one overlay to the story, beside the editor root and not inside it", async () => {
    expect(await overlayCount(page)).toBe(1);
    expect(await inContentWorld(page, (_a, roots) => roots[0]!.host.previousElementSibling?.classList.contains("postArticle-content"))).toBe(true);
  });

  it("underlines exactly the flagged words of an English draft", async () => {
    await writeStory(EN_DRAFT);
    await expectUnderlined(EN_DRAFT);
    expect(await underlines(page)).toContainEqual({ severity: "error", text: "chart # 88123" });
  });

  it("stops at the metabar's Publish button while the draft has errors", async () => {
    await page.getByRole("button", { name: "Publish" }).click();
    await poll(async () => (await gateState(page))?.text ?? "").toMatch(/Publish|Publier/);
    await page.keyboard.press("Escape");
  });

  it("leaves the editor's DOM as typed, with nothing of ours inside, and sends no request", async () => {
    const dom = await page.evaluate(() => {
      const root = document.querySelector(".postArticle-content")!;
      return {
        grafs: Array.from(root.querySelectorAll(".graf")).map((g) => `${g.tagName}:${g.textContent}`),
        ours: Array.from(root.querySelectorAll("*")).filter((el) => /garde|gf-/i.test(`${el.tagName} ${el.className} ${el.id}`) || el.hasAttribute("data-garde-fou")).length,
        shadowHosts: Array.from(root.querySelectorAll("*")).filter((el) => el.shadowRoot).length,
      };
    });
    expect(dom).toEqual({ grafs: [`H3:${TITLE}`, `P:${EN_DRAFT}`], ours: 0, shadowHosts: 0 });
    expect(h.outgoing).toEqual([]);
  });
});
