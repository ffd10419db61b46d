// The content script's end of the protocol against the worker's dispatch: what the worker
// validated comes through; an invalid request, a failing handler or a malformed reply is an error.
import { describe, expect, it } from "vitest";
import { defaultSettings } from "./settings.js";
import { dispatch } from "./protocol.js";
import { stubHandlers } from "../../tests/support/worker-stub.js";
import { ProtocolError, request, type Transport } from "./protocol-client.js";

const handlers = stubHandlers({
  analyze: ({ text }) => ({ language: "fr", findings: text.includes("boom") ? [{ ruleId: "x/y", category: "advertising", severity: "error", start: 0, end: 4, message: "m", recommendation: "r" }] : [] }),
  disableRule: ({ ruleId }) => {
    if (ruleId === "fail/now") throw new Error("storage full");
    return { ok: true };
  },
});
const worker: Transport = { sendMessage: (m) => dispatch(handlers, m, { kind: "content-script", tabId: 1 }) };

describe("request (the content script's end of the protocol)", () => {
  it("returns the data the worker checked against the response schema", async () => {
    expect((await request(worker, "analyze", { text: "boom" })).findings).toHaveLength(1);
    expect(await request(worker, "getSettings", {})).toEqual(defaultSettings());
  });

  it("rejects with the worker's reason when the request fails its schema", async () => {
    await expect(request(worker, "disableRule", { ruleId: "" })).rejects.toThrow(/invalid disableRule request/);
  });

  it("rejects with the handler's error", async () => {
    await expect(request(worker, "disableRule", { ruleId: "fail/now" })).rejects.toThrow("storage full");
  });

  it("does not take a reply without the envelope for an answer", async () => {
    for (const reply of [undefined, null, "ok", { data: 1 }, { ok: true }]) {
      await expect(request({ sendMessage: async () => reply }, "ping", {})).rejects.toBeInstanceOf(ProtocolError);
    }
  });
});
