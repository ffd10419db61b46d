// Content script entry (the compose-box adapters and overlay are built on this).
import browser from "webextension-polyfill";
import { send } from "../shared/protocol.js";

export const transport = { sendMessage: (m: unknown) => browser.runtime.sendMessage(m) };
void send;
