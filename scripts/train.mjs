// `npm run train`: runs src/train/main.ts through vite's SSR loader, not from a build: a build
// bundles the analyzer with the model file, and the trainer must run even when that file is
// missing, stale or of an older format (it is what writes it).
import { createServer } from "vite";

const root = new URL("..", import.meta.url).pathname;
const server = await createServer({ root, configFile: false, logLevel: "error", server: { middlewareMode: true, hmr: false, ws: false }, appType: "custom" });
try {
  const { main } = await server.ssrLoadModule("/src/train/main.ts");
  main(process.argv.slice(2));
} finally {
  await server.close();
}
