// What the overlay draws stays off the words: the chip keeps to one line and to a corner no text
// reaches (else just outside the box); the card leaves the flagged line and the line after it
// readable (above them when there is no room below); where findings overlap on the same words,
// one full stroke stands under any character, the others a thin second line (no hatch).
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserTestsAvailable, useBrowser } from "./harness.js";
import { inContentWorld } from "./overlay-access.js";
import {
  cardState, clickUnderline, screenshot, setSettings, typeAndSettle, waitFor, frenchInterface, openFacebookAndX, resetSettings, serveFixtures,
} from "./pages/fixtures.js";

type Box = { left: number; top: number; right: number; bottom: number };
const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The rectangles of the contenteditable editor's text, one a line fragment (page's own DOM). */
function textRects(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById("editor")!);
    return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
  });
}

function chipBox(page: Page) {
  return inContentWorld(page, (_a, roots) => {
    const c = roots[0]!.querySelector<HTMLElement>(".chip")!;
    const r = c.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, height: r.height, place: c.dataset.place ?? "", state: c.dataset.state ?? "", text: c.textContent ?? "" };
  });
}

const editorBox = (page: Page): Promise<Box> =>
  page.evaluate(() => {
    const r = document.getElementById("editor")!.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });

// Clean drafts (nothing for any rule): long enough to reach the bottom-right corner of the box.
const CLEAN_LINES = [
  "Merci à toute l'équipe pour cette belle soirée de fin d'année au centre communautaire du quartier.",
  "Les bénévoles ont servi plus de deux cents repas chauds et les enfants ont décoré le grand sapin.",
  "Nous remercions aussi les commerçants de la rue principale pour les paniers de fruits et les jus.",
  "On se retrouve en janvier pour la randonnée en raquettes au parc régional, beau temps mauvais temps.",
  "Bonne fin de semaine à toutes et à tous, et prudence sur les routes enneigées ce soir en rentrant chez vous.",
];

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("the overlay keeps off the words", () => {
  const h = useBrowser(serveFixtures, resetSettings, frenchInterface);
  let fb: Page;
  let x: Page;
  beforeAll(async () => {
    ({ fb, x } = await openFacebookAndX(h));
  });

  it("keeps the chip on one line and off the text when the last line runs into the bottom-right corner", async () => {
    // Lines added until the last one reaches where the chip used to sit (the box's bottom-right).
    let draft = "";
    for (const line of CLEAN_LINES) {
      draft = draft ? `${draft} ${line}` : line;
      await typeAndSettle(h, fb, draft);
      const [rects, editor] = [await textRects(fb), await editorBox(fb)];
      const last = rects.reduce((a, b) => (b.bottom > a.bottom || (b.bottom === a.bottom && b.right > a.right) ? b : a));
      if (last.right > editor.right - 140 && last.bottom > editor.bottom - 40) break;
    }
    const chip = await waitFor(() => chipBox(fb), (c) => c.state === "clean");
    expect(chip.text).toBe("✓Rien à signaler");
    // One line of text: no wrapping of « Rien à signaler ».
    expect(chip.height).toBeLessThan(30);
    const rects = await textRects(fb);
    const last = rects.reduce((a, b) => (b.bottom > a.bottom ? b : a));
    const editor = await editorBox(fb);
    // The case this test is about: the last line does reach the bottom-right corner.
    expect(last.right).toBeGreaterThan(editor.right - 140);
    expect(intersects(chip, last)).toBe(false);
    for (const r of rects) expect(intersects(chip, r), JSON.stringify({ chip, r })).toBe(false);
    expect(chip.place).not.toBe("bottom-right");
    await screenshot(fb, "chip-clean-fr");
  });

  it("stays in the bottom-right corner while the text is far from it", async () => {
    await typeAndSettle(h, fb, "Bonne semaine à tous!");
    const chip = await waitFor(() => chipBox(fb), (c) => c.state === "clean");
    expect(chip.place).toBe("bottom-right");
    for (const r of await textRects(fb)) expect(intersects(chip, r)).toBe(false);
  });

  it("sits outside a textarea whose text scrolls", async () => {
    await setSettings(h, { uiLanguage: "en" });
    const long = Array.from({ length: 6 }, () => "Thanks to everyone who came to the winter fair at the community centre this weekend.").join("\n");
    await typeAndSettle(h, x, long);
    const chip = await waitFor(() => chipBox(x), (c) => c.state === "clean");
    const area = await editorBox(x);
    expect(chip.height).toBeLessThan(30);
    expect(intersects(chip, area)).toBe(false);
    await setSettings(h, { uiLanguage: "fr" });
  });

  const FR_DRAFT = "Son dossier no 552190 est resté ouvert. Prenez 400 mg d'ibuprofène trois fois par jour.";

  async function cardAndLines(page: Page, flagged: string) {
    const card = await inContentWorld(page, (_a, roots) => {
      const c = roots.map((r) => r.querySelector<HTMLElement>(".card")).find((e) => e?.matches(":popover-open"));
      const r = c!.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, place: c!.dataset.place ?? "" };
    });
    const rects = await textRects(page);
    const flaggedRect = await inContentWorld(page, (want, roots) => {
      const editor = document.getElementById("editor")!;
      const text = editor.innerText;
      const b = [...roots[0]!.querySelectorAll<HTMLElement>(".box")].find((e) => text.slice(Number(e.dataset.start), Number(e.dataset.end)) === want)!;
      const r = b.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }, flagged);
    const sameLine = (r: Box, line: Box) => r.top < line.bottom - 2 && r.bottom > line.top + 2;
    const flaggedLine = rects.filter((r) => sameLine(r, flaggedRect));
    const nextTop = Math.min(...rects.filter((r) => r.top >= flaggedRect.bottom - 2).map((r) => r.top));
    const nextLine = rects.filter((r) => Math.abs(r.top - nextTop) < 2);
    return { card, flaggedLine, nextLine };
  }

  it("opens the card below the line after the flagged one, leaving both readable", async () => {
    await typeAndSettle(h, fb, FR_DRAFT);
    await clickUnderline(fb, "dossier no 552190");
    await waitFor(() => cardState(fb), (c) => c !== null);
    const { card, flaggedLine, nextLine } = await cardAndLines(fb, "dossier no 552190");
    expect(flaggedLine.length).toBeGreaterThan(0);
    expect(nextLine.length).toBeGreaterThan(0);
    for (const r of [...flaggedLine, ...nextLine]) expect(intersects(card, r), JSON.stringify({ card, r })).toBe(false);
    expect(card.top).toBeGreaterThanOrEqual(Math.max(...nextLine.map((r) => r.bottom)));
    await fb.keyboard.press("Escape");
    await waitFor(() => cardState(fb), (c) => c === null);
  });

  it("opens the card above the flagged line when there is no room below", async () => {
    await typeAndSettle(h, fb, FR_DRAFT);
    await fb.evaluate(() => {
      // Room above the editor, whatever the tests before left on the page, so that it can be
      // scrolled near the bottom of the window.
      document.body.style.paddingTop = `${window.innerHeight}px`;
      const editor = document.getElementById("editor")!;
      window.scrollBy(0, editor.getBoundingClientRect().top - (window.innerHeight - 160));
    });
    // The underlines follow the scroll at the next frame.
    await fb.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await fb.waitForTimeout(200);
    await clickUnderline(fb, "dossier no 552190");
    await waitFor(() => cardState(fb), (c) => c !== null);
    const { card, flaggedLine, nextLine } = await cardAndLines(fb, "dossier no 552190");
    expect(card.place).toBe("above");
    for (const r of [...flaggedLine, ...nextLine]) expect(intersects(card, r)).toBe(false);
    expect(card.bottom).toBeLessThanOrEqual(Math.min(...flaggedLine.map((r) => r.top)));
    await screenshot(fb, "card-above-fr");
    await fb.keyboard.press("Escape");
    await waitFor(() => cardState(fb), (c) => c === null);
    await fb.evaluate(() => {
      document.body.style.paddingTop = "";
      window.scrollTo(0, 0);
    });
  });

  it("draws one full stroke under any character where findings overlap, the others as a thin second line", async () => {
    const draft = "Prenez 4 g de vitamine C par jour, ça guérit le cancer mieux que la chimio.";
    const findings = await typeAndSettle(h, fb, draft);
    const overlapping = findings.filter((f) => findings.some((g) => g !== f && g.start < f.end && f.start < g.end));
    // The case this test is about: several findings on the same words.
    expect(overlapping.length).toBeGreaterThanOrEqual(2);
    const boxes = await inContentWorld(fb, (_a, roots) =>
      [...roots[0]!.querySelectorAll<HTMLElement>(".box")].map((b) => {
        const r = b.getBoundingClientRect();
        const s = getComputedStyle(b);
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, second: b.classList.contains("second"), start: Number(b.dataset.start), end: Number(b.dataset.end), border: parseFloat(s.borderBottomWidth), image: s.backgroundImage !== "none" };
      }),
    );
    const primary = boxes.filter((b) => !b.second);
    // At most one full stroke over any point of a line.
    for (let i = 0; i < primary.length; i++) {
      for (let j = i + 1; j < primary.length; j++) {
        const [a, b] = [primary[i]!, primary[j]!];
        const sameLine = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 4;
        const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        if (sameLine) expect(overlap, JSON.stringify({ a, b })).toBeLessThanOrEqual(1);
      }
    }
    // The others: thin, no wave.
    const seconds = boxes.filter((b) => b.second);
    expect(seconds.length).toBeGreaterThan(0);
    for (const s of seconds) expect(s).toMatchObject({ border: 1, image: false });
    // Every finding still shows a stroke of its own or a second line.
    for (const f of findings) expect(boxes.some((b) => b.start === f.start && b.end === f.end), f.ruleId).toBe(true);
    await screenshot(fb, "underline-overlap-fr");
  });

  it("sends nothing outside the extension", () => {
    expect(h.outgoing).toEqual([]);
  });
});
