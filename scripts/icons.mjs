// Renders the icon set the manifest names from its SVG sources (run by hand after editing them:
// `npm run icons`): icons/icon.svg for 32, 48 and 128 px, and icons/icon-16.svg — the same
// drawing fitted to the 16 px pixel grid — for 16 px. Uses the machine's Chromium.
import { existsSync, readFileSync, mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

const source = (name) => new URL(`../icons/${name}`, import.meta.url);
const main = readFileSync(source("icon.svg"), "utf8");
const small = existsSync(source("icon-16.svg")) ? readFileSync(source("icon-16.svg"), "utf8") : main;
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
mkdirSync(new URL("../public/icons/", import.meta.url), { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const svg = size === 16 ? small : main;
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" style="display:block" `)}</body></html>`);
  await page.screenshot({ path: new URL(`../public/icons/icon-${size}.png`, import.meta.url).pathname, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
// A contact sheet at 8× for reviewing the small sizes by eye (not shipped).
await page.setViewportSize({ width: 560, height: 140 });
const img = (size) => `<img src="data:image/png;base64,${readFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url)).toString("base64")}" style="width:${size * (size < 48 ? 4 : 1)}px;image-rendering:pixelated;margin:6px">`;
await page.setContent(`<html><body style="margin:0;background:#eee;display:flex;align-items:center">${[16, 32, 48, 128].map(img).join("")}<span style="background:#333;padding:6px">${img(16)}</span></body></html>`);
mkdirSync(new URL("../artifacts/", import.meta.url), { recursive: true });
await page.screenshot({ path: new URL("../artifacts/icons-sheet.png", import.meta.url).pathname });
await browser.close();
console.log("icons written to public/icons/ (sheet: artifacts/icons-sheet.png)");
