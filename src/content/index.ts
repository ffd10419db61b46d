// Content script entry: one controller a frame (see controller/lifecycle.ts). Keep this bundle
// small: only types and zod schemas from the analyzer, never its runtime (compromise, franc).
import browser from "webextension-polyfill";
import type { Transport } from "../shared/protocol.js";
import { Controller } from "./controller/controller.js";
import { allFactories } from "./controller/adapters.js";
import { claimWorld } from "./controller/lifecycle.js";

const transport: Transport = { sendMessage: (m: unknown) => browser.runtime.sendMessage(m) };

if (claimWorld()) {
  const controller = new Controller(allFactories(), transport);
  void controller.start();
}
