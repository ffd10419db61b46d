// A worker that answers every protocol request with a plain success, for tests of one end of the
// message protocol; a test overrides only the handlers it is about.
import type { Handlers } from "../../src/shared/protocol.js";
import { defaultSettings } from "../../src/shared/settings.js";

export function stubHandlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    analyze: () => ({ language: "fr", findings: [] }),
    getTabState: () => null,
    clearTabState: () => ({ ok: true }),
    ping: () => ({ version: "1" }),
    getSettings: () => defaultSettings(),
    disableRule: () => ({ ok: true }),
    saveSettings: () => ({ ok: true }),
    ...overrides,
  };
}
