import { it } from "vitest";
import { launch } from "/work/main/tests/browser/harness.js";
import { openFixture, serveFixtures } from "/work/main/tests/browser/fixtures/pages.js";
it("dbg", async () => {
  const h = await launch(); await serveFixtures(h);
  const page = await openFixture(h, "tinymce");
  await page.screenshot({ path: "artifacts/screenshots/dbg-tinymce.png" });
  await page.locator("#content_ifr").click();
  await page.keyboard.type("Bonjour Marie.");
  console.log(await page.evaluate(() => [window.fixture!.editor.innerHTML, window.fixture!.text(), window.gardeFouTest.text(0)]));
  await h.close();
}, 120000);
