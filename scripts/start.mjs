// npm start: the README's "see it work" command. Builds dist/chrome when it is missing or older
// than its sources, then opens the machine's Chromium with the extension loaded in a fresh,
// temporary profile, on the playground page. Exit status: 0 launched, 1 no Chromium, no display
// or a failed build.
//
//   npm start [-- --headless] [--no-build | --build] [--verbose] [-- <more Chromium flags>]
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DIST = join(ROOT, "dist", "chrome");
export const PLAYGROUND = "src/playground/index.html";
/** Browser names looked up on the PATH, in order. */
export const CANDIDATES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];
const MAC_APPS = [
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];
/** What the build reads: a newer file here means dist/chrome is out of date. */
const SOURCES = ["src", "rules", "public", "icons", "manifest.config.ts", "vite.config.ts", "vite.generic.config.ts", "vite.rules-plugin.ts", "package.json"];

const BY_HAND = [
  "To load the extension by hand instead:",
  "  1. npm run build",
  "  2. open chrome://extensions in Chromium or Chrome, turn on Developer mode",
  `  3. click "Load unpacked" and choose ${DIST}`,
  `  4. open the playground from the toolbar button's "Playground" link ("Bac à sable" in French), or chrome-extension://<id>/${PLAYGROUND}`,
].join("\n");

/** The id Chromium gives an unpacked extension: SHA-256 of its absolute path, the first 32 hex
 *  digits mapped 0-f → a-p (components/crx_file/id_util.cc, GenerateIdForPath). */
export function extensionId(dir, platform = process.platform) {
  let path = existsSync(dir) ? realpathSync(dir) : resolve(dir);
  let bytes;
  if (platform === "win32") {
    // Windows hashes the UTF-16 path with an upper-case drive letter.
    path = path.replace(/^[a-z]:/, (d) => d.toUpperCase());
    bytes = Buffer.from(path, "utf16le");
  } else {
    bytes = Buffer.from(path, "utf8");
  }
  const hex = createHash("sha256").update(bytes).digest("hex").slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join("");
}

export function playgroundUrl(dir = DIST) {
  return `chrome-extension://${extensionId(dir)}/${PLAYGROUND}`;
}

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH when set (it must exist), else the first browser on the PATH. */
export function findChromium(env = process.env, platform = process.platform) {
  if (env.CHROMIUM_PATH) {
    return executable(env.CHROMIUM_PATH) ? { path: env.CHROMIUM_PATH } : { error: `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but there is no executable file there.` };
  }
  const dirs = (env.PATH ?? "").split(delimiter).filter(Boolean);
  const exts = platform === "win32" ? [".exe", ""] : [""];
  for (const name of CANDIDATES) {
    for (const dir of dirs) {
      for (const ext of exts) {
        const file = join(dir, name + ext);
        if (executable(file)) return { path: file };
      }
    }
  }
  if (platform === "darwin") {
    const app = MAC_APPS.find(executable);
    if (app) return { path: app };
  }
  return { error: `No Chromium found: none of ${CANDIDATES.join(", ")} is on the PATH, and CHROMIUM_PATH is not set.` };
}

/** Whether a window can open: Linux needs an X or Wayland display. */
export function hasDisplay(env = process.env, platform = process.platform) {
  if (platform !== "linux") return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** dist/chrome is missing, or a source file changed after it was built. */
export function needsBuild(root = ROOT) {
  const manifest = join(root, "dist", "chrome", "manifest.json");
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(root, s)) > built);
}

export function parseArgs(argv) {
  const options = { headless: false, build: "auto", verbose: false, help: false, chromiumArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      options.chromiumArgs.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "--headless") options.headless = true;
    else if (arg === "--no-build") options.build = "never";
    else if (arg === "--build") options.build = "always";
    else if (arg === "--verbose") options.verbose = true;
    else if (arg === "--help" || arg === "-h") options.help = true;
    else options.chromiumArgs.push(arg); // e.g. --remote-debugging-port=9222
  }
  return options;
}

export function chromiumArgs({ profile, dist = DIST, headless, extra = [], root = process.getuid?.() === 0 }) {
  return [
    `--user-data-dir=${profile}`,
    `--load-extension=${dist}`,
    `--disable-extensions-except=${dist}`,
    // Google Chrome 137 and later ignore --load-extension (Chromium does not); early versions still
    // honour it with this feature turned off.
    "--disable-features=DisableLoadExtensionCommandLineSwitch",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-default-apps",
    ...(headless ? ["--headless", "--disable-gpu"] : []),
    // Chromium refuses to run as root with its sandbox on (containers, CI).
    ...(root ? ["--no-sandbox"] : []),
    // The playground opens once the extension has loaded (see openWhenLoaded): a page named on
    // the command line is requested before that and Chromium blocks it (ERR_BLOCKED_BY_CLIENT).
    "--remote-debugging-pipe",
    ...extra,
    "about:blank",
  ];
}

/** The extension's service worker: at the computed id, or (should the id differ, e.g. a path
 *  Chromium normalises otherwise) the manifest's worker script in any extension — never one of
 *  Chromium's own component extensions. */
function isOurWorker(url, expectedId, dist = DIST) {
  if (!url.startsWith("chrome-extension://")) return false;
  if (new URL(url).host === expectedId) return true;
  try {
    const worker = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8")).background?.service_worker;
    return typeof worker === "string" && new URL(url).pathname === `/${worker}`;
  } catch {
    return false;
  }
}

/** Talks to Chromium over --remote-debugging-pipe (fd 3 in, fd 4 out, messages end with NUL):
 *  waits for the extension's service worker, then opens the playground in the first tab. */
export function openWhenLoaded(child, expectedId, { timeoutMs = 20_000, onOpened = () => {}, onTimeout = () => {} } = {}) {
  const input = child.stdio[3];
  const output = child.stdio[4];
  let nextId = 1;
  let buffer = "";
  let opened = false;
  const pending = new Map();
  const sendCommand = (method, params = {}) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      input.write(`${JSON.stringify({ id, method, params })}\0`);
    });
  const open = async (workerUrl) => {
    if (opened) return;
    opened = true;
    clearTimeout(timer);
    const id = new URL(workerUrl).host;
    const url = `chrome-extension://${id}/${PLAYGROUND}`;
    const { result } = await sendCommand("Target.getTargets");
    const blank = result?.targetInfos?.find((t) => t.type === "page");
    await sendCommand("Target.createTarget", { url });
    if (blank) await sendCommand("Target.closeTarget", { targetId: blank.targetId });
    onOpened(url, id === expectedId);
  };
  const timer = setTimeout(() => {
    if (!opened) onTimeout();
  }, timeoutMs);
  output.setEncoding("utf8");
  output.on("data", (chunk) => {
    buffer += chunk;
    let end;
    while ((end = buffer.indexOf("\0")) !== -1) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) {
        pending.get(message.id)?.(message);
        pending.delete(message.id);
      }
      const info = message.params?.targetInfo;
      if (info?.type === "service_worker" && isOurWorker(info.url ?? "", expectedId)) void open(info.url);
    }
  });
  // A closed pipe (browser gone) needs no answer.
  input.on("error", () => undefined);
  void sendCommand("Target.setDiscoverTargets", { discover: true });
  return { stop: () => clearTimeout(timer) };
}

const HELP = `npm start [-- options]   Opens Chromium with Garde-fou loaded, on its playground page.

  --headless     no window (tests, machines without a display)
  --no-build     use dist/chrome as it is      --build   always build first
  --verbose      show Chromium's own output
  other flags (or anything after --) go to Chromium, e.g. --remote-debugging-port=9222

The browser comes from CHROMIUM_PATH, else the first of ${CANDIDATES.join(", ")} on the PATH.
Exit status: 0 launched, 1 no Chromium, no display or a failed build.`;

function fail(message) {
  console.error(`garde-fou start: ${message}\n\n${BY_HAND}`);
  return 1;
}

export async function main(argv = process.argv.slice(2), env = process.env) {
  const options = parseArgs(argv);
  if (options.help) {
    console.log(HELP);
    return 0;
  }
  const chromium = findChromium(env);
  if (chromium.error) return fail(`${chromium.error}\nInstall Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its executable.`);
  if (!options.headless && !hasDisplay(env)) {
    return fail("there is no display ($DISPLAY and $WAYLAND_DISPLAY are unset), so no browser window can open.\nRun it under a virtual display with `xvfb-run npm start`, or `npm start -- --headless` to check that it starts.");
  }

  if (options.build === "always" || (options.build === "auto" && needsBuild())) {
    console.log("garde-fou start: building dist/chrome (npm run build)…");
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const build = spawnSync(npm, ["run", "build"], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
    if (build.status !== 0) {
      console.error("garde-fou start: the build failed (see above).");
      return 1;
    }
  }
  if (!existsSync(join(DIST, "manifest.json"))) return fail(`${DIST} has no manifest.json: run npm run build.`);

  const profile = mkdtempSync(join(tmpdir(), "garde-fou-start-"));
  const args = chromiumArgs({ profile, headless: options.headless, extra: options.chromiumArgs });
  const id = extensionId(DIST);
  console.log(`garde-fou start: opening ${chromium.path} with ${DIST} (extension id ${id}) in a fresh profile.`);
  console.log(`garde-fou start: the playground will open at ${playgroundUrl()}`);
  if (/google.chrome|chrome\.exe$/i.test(chromium.path)) {
    console.log("garde-fou start: note that recent Google Chrome versions (137 and later) may ignore --load-extension; if the playground does not open, load the extension by hand (chrome://extensions → Developer mode → Load unpacked → dist/chrome) or set CHROMIUM_PATH to a Chromium.");
  }

  const quiet = options.verbose ? "inherit" : "ignore";
  const child = spawn(chromium.path, args, { stdio: ["ignore", quiet, quiet, "pipe", "pipe"] });
  let opener = null;
  const startOpener = () =>
    openWhenLoaded(child, id, {
      onOpened: (opened, sameId) => {
        console.log(`garde-fou start: the playground is open (${opened}).`);
        if (!sameId) console.log(`garde-fou start: (Chromium gave the extension the id ${new URL(opened).host}, not ${id}.)`);
      },
      onTimeout: () =>
        console.error(`garde-fou start: the extension has not loaded (this browser may ignore --load-extension). Load it by hand: chrome://extensions → Developer mode → Load unpacked → ${DIST}`),
    });
  // Chromium's helper processes can still write to the profile for a moment after the browser
  // exits, and even create it again: remove it until it stays gone for a few checks (a few seconds
  // at most), and never throw, which would end with status 1.
  const removeProfile = () => {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch (e) {
      console.error(`garde-fou start: could not remove the temporary profile ${profile}: ${e.message}`);
    }
  };
  const cleanup = async () => {
    removeProfile();
    for (let quiet = 0, tries = 0; quiet < 3 && tries < 20; tries++) {
      await new Promise((r) => setTimeout(r, 200));
      if (existsSync(profile)) {
        quiet = 0;
        removeProfile();
      } else quiet++;
    }
  };
  // Ctrl+C or a kill: close the browser first, then remove its profile.
  const stop = () => {
    if (child.exitCode === null) child.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  return new Promise((done) => {
    child.on("error", async (e) => {
      await cleanup();
      done(fail(`could not start ${chromium.path}: ${e.message}`));
    });
    child.on("spawn", () => {
      opener = startOpener();
      console.log("garde-fou start: launched; close the browser (or press Ctrl+C) to finish.");
    });
    child.on("exit", async () => {
      opener?.stop();
      await cleanup();
      done(0);
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = await main();
}
