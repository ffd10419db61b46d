// Content script entry: one controller a frame (see controller/lifecycle.ts). Keep this bundle
// small (tests/content-script-bundle.test.ts bounds it): only types from the analyzer and the
// protocol, never their runtime or zod's full API, and no webextension-polyfill.
import type { Transport } from "../shared/protocol-client.js";
import { Controller } from "./controller/controller.js";
import { allFactories } from "./controller/adapters.js";
import { claimWorld } from "./controller/lifecycle.js";
import { ext } from "./extension-api.js";

const transport: Transport = { sendMessage: (m: unknown) => ext.runtime.sendMessage(m) };

if (claimWorld()) {
  const controller = new Controller(allFactories(), transport);
  void controller.start();
}
