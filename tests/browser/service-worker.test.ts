// dist/chrome loads in Chromium and its service worker answers `analyze` through the protocol.
import { describe, expect, it } from "vitest";
import { browserTestsAvailable, useBrowser } from "./harness.js";

describe.skipIf(!browserTestsAvailable() && !process.env.CI)("the built extension in Chromium", () => {
  const h = useBrowser();

  it("loads with a service worker at a chrome-extension:// URL", () => {
    expect(h.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\//);
  });

  it("answers an analyze message from an extension page with findings", async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/src/popup/index.html`);
    const reply = await page.evaluate(async () => {
      return chrome.runtime.sendMessage({ type: "analyze", data: { text: "Son dossier no 552190 est resté ouvert.", platform: "facebook" } });
    });
    expect(reply).toMatchObject({ ok: true });
    const data = (reply as { data: { findings: Array<{ ruleId: string; category: string }> } }).data;
    expect(data.findings.map((f) => f.category)).toContain("patient-privacy");
    await page.close();
  });

  it("names a titled patient in an English care story", async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/src/popup/index.html`);
    const text = "Saw Mr. Thaddeus Worthington in clinic today; his neighbour drove him home after the cast.";
    const reply = await page.evaluate(async (t) => chrome.runtime.sendMessage({ type: "analyze", data: { text: t, platform: "facebook" } }), text);
    expect(reply).toMatchObject({ ok: true });
    const data = (reply as { data: { findings: Array<{ ruleId: string; start: number; end: number }> } }).data;
    const names = data.findings.filter((f) => f.ruleId === "privacy/person-name").map((f) => text.slice(f.start, f.end));
    expect(names).toEqual(["Mr. Thaddeus Worthington"]);
    await page.close();
  });

  it("refuses a malformed message with a reason instead of crashing", async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/src/popup/index.html`);
    const reply = await page.evaluate(async () => chrome.runtime.sendMessage({ type: "analyze", data: { text: 42 } }));
    expect(reply).toMatchObject({ ok: false });
    await page.close();
  });
});
