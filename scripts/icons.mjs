// Renders icons/icon.svg to the PNG sizes the manifest names (run by hand after editing the SVG:
// `node scripts/icons.mjs`); uses the machine's Chromium through playwright-core.
import { readFileSync, mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

const svg = readFileSync(new URL("../icons/icon.svg", import.meta.url), "utf8");
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
mkdirSync(new URL("../public/icons/", import.meta.url), { recursive: true });
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: new URL(`../public/icons/icon-${size}.png`, import.meta.url).pathname, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
await browser.close();
console.log("icons written to public/icons/");
