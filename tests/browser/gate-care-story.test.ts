// A titled name in a care story that never says "patient" (issue: patient identification in every
// care story): typed in French and in English on the Facebook (Lexical) and X (Draft.js) fixtures,
// it shows a privacy error, and the pre-publish gate stops the publish click.
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserTestsAvailable, useBrowser } from "./harness.js";
import { FB_URL, X_URL, editorText, gateState, openFixture, publishCount, resetSettings, serveFixtures, setSettings, typeAndSettle, waitFor } from "./pages/fixtures.js";

const STORIES = {
  fr: { text: "J'ai annoncé à Mme Beaulieu ce midi que sa biopsie montrait un lymphome. Elle a pris le temps de me consoler, moi.", name: "Mme Beaulieu" },
  en: { text: "Told Mr. Fenwick this afternoon that his scan showed a lymphoma. He ended up comforting me.", name: "Mr. Fenwick" },
} as const;

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("a titled-name care story", () => {
  const h = useBrowser(serveFixtures, resetSettings);
  let pages: Record<"facebook" | "x", Page>;

  beforeAll(async () => {
    pages = { facebook: await openFixture(h, FB_URL), x: await openFixture(h, X_URL) };
  });

  for (const site of ["facebook", "x"] as const) {
    for (const lang of ["fr", "en"] as const) {
      it(`is an error on ${site} in ${lang}, and the gate stops the publish click`, async () => {
        await setSettings(h, { uiLanguage: lang });
        const page = pages[site];
        const { text, name } = STORIES[lang];
        const findings = await typeAndSettle(h, page, text);
        const error = findings.find((f) => f.ruleId === "privacy/person-name" && f.severity === "error");
        expect(error).toBeDefined();
        expect(text.slice(error!.start, error!.end)).toBe(name);
        await page.click("#publish");
        const gate = await waitFor(() => gateState(page), (g) => g !== null);
        expect(gate!.text).toContain(name);
        expect((await publishCount(page)).count).toBe(0);
        await page.keyboard.press("Escape");
        await waitFor(() => gateState(page), (g) => g === null);
        expect((await publishCount(page)).count).toBe(0);
        expect(await editorText(page)).toBe(text);
      });
    }
  }

  it("sends nothing outside the extension", () => {
    expect(h.outgoing).toEqual([]);
  });
});
