// `npm start` (scripts/start.mjs): helpful failures when there is no Chromium or no display, and,
// with headless Chromium, a real launch with the extension loaded on the playground page (checked
// through the DevTools protocol), the temporary profile removed when it stops.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { CATEGORIES } from "../src/analyzer/types.js";
import { CHROMIUM, DIST, ROOT, browserTestsAvailable } from "./browser/harness.js";

const SCRIPT = join(ROOT, "scripts", "start.mjs");

function run(args: string[], env: Record<string, string | undefined>) {
  // No build from a test: other test files may be reading dist/ meanwhile.
  const result = spawnSync(process.execPath, [SCRIPT, "--no-build", ...args], { env: { ...process.env, ...env } as NodeJS.ProcessEnv, encoding: "utf8", timeout: 30_000 });
  return { status: result.status, out: result.stdout + result.stderr };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function until<T>(fn: () => Promise<T | null>, what: string, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await fn().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const startDirs = () => new Set(readdirSync(tmpdir()).filter((d) => d.startsWith("garde-fou-start-")));

describe("npm start", () => {
  it("is the package's start script", async () => {
    const pkg = (await import("../package.json", { with: { type: "json" } })).default as { scripts: Record<string, string> };
    expect(pkg.scripts["start"]).toBe("node scripts/start.mjs");
  });

  it("exits 1 with a helpful message when CHROMIUM_PATH points to a missing file", () => {
    const { status, out } = run([], { CHROMIUM_PATH: "/nonexistent/chromium", DISPLAY: ":99" });
    expect(status).toBe(1);
    expect(out).toContain("CHROMIUM_PATH is set to /nonexistent/chromium, but there is no executable file there.");
    expect(out).toContain("chrome://extensions");
    expect(out).toContain("Load unpacked");
    expect(out).toContain(DIST);
  });

  it("exits 1 and says how to install one when no Chromium is on the PATH", () => {
    const empty = mkdtempSync(join(tmpdir(), "garde-fou-empty-path-"));
    try {
      const { status, out } = run([], { CHROMIUM_PATH: undefined, PATH: empty, DISPLAY: ":99" });
      expect(status).toBe(1);
      expect(out).toContain("No Chromium found");
      expect(out).toContain("apt-get install chromium");
      expect(out).toContain("Load unpacked");
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it.skipIf(process.platform !== "linux" || !existsSync(CHROMIUM))("exits 1 without a display unless headless, suggesting xvfb-run", () => {
    const { status, out } = run([], { CHROMIUM_PATH: CHROMIUM, DISPLAY: undefined, WAYLAND_DISPLAY: undefined });
    expect(status).toBe(1);
    expect(out).toContain("no display");
    expect(out).toContain("xvfb-run npm start");
    expect(out).toContain("Load unpacked");
  });

  it("prints its usage", () => {
    const { status, out } = run(["--help"], {});
    expect(status).toBe(0);
    expect(out).toContain("--headless");
    expect(out).toContain("CHROMIUM_PATH");
  });

  describe.skipIf(!browserTestsAvailable() && !process.env.CI)("with headless Chromium", () => {
    let child: ChildProcess | null = null;
    let browser: Browser | null = null;
    afterAll(async () => {
      await browser?.close().catch(() => undefined);
      if (child && child.exitCode === null) child.kill("SIGKILL");
    });

    it("launches Chromium with the extension loaded, on the playground page, and cleans up when stopped", async () => {
      const before = startDirs();
      const port = await freePort();
      let output = "";
      child = spawn(process.execPath, [SCRIPT, "--headless", "--no-build", "--", `--remote-debugging-port=${port}`, "--disable-background-networking", "--disable-component-update"], {
        env: { ...process.env, CHROMIUM_PATH: CHROMIUM },
        stdio: ["ignore", "pipe", "pipe"],
      });
      child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
      child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
      const exited = new Promise<number | null>((resolve) => child!.on("exit", (code) => resolve(code)));

      await until(async () => ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok ? true : null), "the DevTools port");
      const id = /extension id ([a-p]{32})/.exec(output)?.[1];
      expect(id, output).toBeDefined();
      expect(output).toContain(`chrome-extension://${id}/src/playground/index.html`);

      browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      const page = await until<Page>(
        async () => browser!.contexts().flatMap((c) => c.pages()).find((p) => p.url() === `chrome-extension://${id}/src/playground/index.html`) ?? null,
        "the playground tab",
      );
      // The page rendered and the extension's worker analysed its first sample.
      await until(async () => ((await page.locator("h1").textContent()) ? true : null), "the page's heading");
      expect(["Essayer Garde-fou", "Try Garde-fou"]).toContain(await page.locator("h1").textContent());
      const categories = await until(async () => {
        const found = await page.locator(".findings [data-category]").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset["category"] ?? ""));
        return found.length ? found : null;
      }, "findings listed", 90_000);
      for (const c of categories) expect(CATEGORIES).toContain(c);
      await browser.close();
      browser = null;

      // It stays up until stopped; stopping closes Chromium and removes the temporary profile.
      expect(child.exitCode).toBeNull();
      const created = [...startDirs()].filter((d) => !before.has(d));
      expect(created.length).toBe(1);
      child.kill("SIGTERM");
      expect(await exited, output).toBe(0);
      expect(existsSync(join(tmpdir(), created[0]!))).toBe(false);
    }, 180_000);
  });
});
