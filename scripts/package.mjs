// npm run package: one zip for each store, from dist/chrome and dist/firefox, in packages/.
import { readFileSync } from "node:fs";
import webExt from "web-ext";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
for (const target of ["chrome", "firefox"]) {
  const result = await webExt.cmd.build(
    {
      sourceDir: new URL(`../dist/${target}`, import.meta.url).pathname,
      artifactsDir: new URL("../packages", import.meta.url).pathname,
      filename: `garde-fou-${target}-${version}.zip`,
      overwriteDest: true,
    },
    { shouldExitProgram: false },
  );
  console.log(`${target}: ${result.extensionPath}`);
}
