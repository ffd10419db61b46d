import { it } from "vitest";
import { launch } from "./harness.js";
import { serveFixtures, openFixture, X_URL, typeDraft, clickUnderline, cardState, waitFor, editorText } from "./pages/fixtures.js";
it("try", async () => {
  const h = await launch();
  await serveFixtures(h);
  const x = await openFixture(h, X_URL);
  x.on("console", (m) => console.log("PAGE", m.text()));
  const d = "His chart # 88123 was left open. Take 400 mg of ibuprofen three times a day.";
  await typeDraft(x, d);
  await x.waitForTimeout(1500);
  await clickUnderline(x, "chart # 88123");
  await waitFor(() => cardState(x), (c) => c !== null);
  console.log(await x.evaluate(() => [document.visibilityState, document.hasFocus()]));
  await x.locator(`garde-fou-overlay .card [data-action="fix"]`).first().click({ timeout: 5000 }).catch((e) => console.log("ERR", String(e).slice(0, 1500)));
  console.log(await editorText(x));
  await h.close();
});
