// A combination finding's parts cross the worker → content script boundary checked by the analyze
// response schema: well-formed parts come through, malformed ones make the reply an error.
import { describe, expect, it } from "vitest";
import { protocol, dispatch } from "./protocol.js";
import { stubHandlers } from "../../tests/support/worker-stub.js";
import { request, type Transport } from "./protocol-client.js";
import type { Finding } from "../analyzer/types.js";

const combined: Finding = {
  ruleId: "privacy/patient-details",
  category: "patient-privacy",
  severity: "warning",
  start: 10,
  end: 16,
  message: "m",
  recommendation: "confidentiality-indirect",
  group: "patient",
  parts: [
    { start: 10, end: 16, text: "87 ans" },
    { start: 18, end: 36, text: "de Baie-Saint-Paul", fix: { start: 18, end: 36, replacement: "de la région", label: "Corriger" } },
  ],
};

function workerAnswering(findings: unknown[]): Transport {
  const handlers = stubHandlers({ analyze: () => ({ language: "fr", findings }) as never });
  return { sendMessage: (m) => dispatch(handlers, m, { kind: "content-script", tabId: 1 }) };
}

describe("the analyze response with a combination finding", () => {
  it("carries the parts, each with its own fix", async () => {
    const reply = await request(workerAnswering([combined]), "analyze", { text: "x" });
    expect(reply.findings[0]?.parts).toEqual(combined.parts);
  });

  it("accepts a finding without parts as before", () => {
    const { parts: _parts, ...plain } = combined;
    expect(protocol.analyze.response.safeParse({ language: "fr", findings: [plain] }).success).toBe(true);
  });

  it("rejects parts without their words, with a negative offset, or a single part", async () => {
    const bad = [
      { ...combined, parts: [{ start: 10, end: 16 }, { start: 18, end: 36, text: "x" }] },
      { ...combined, parts: [{ start: -1, end: 16, text: "x" }, { start: 18, end: 36, text: "x" }] },
      { ...combined, parts: [{ start: 10, end: 16, text: "x" }] },
      { ...combined, parts: [{ start: 10, end: 16, text: "x", fix: { start: 10, end: 16 } }, { start: 18, end: 36, text: "x" }] },
    ];
    for (const f of bad) {
      expect(protocol.analyze.response.safeParse({ language: "fr", findings: [f] }).success).toBe(false);
      await expect(request(workerAnswering([f]), "analyze", { text: "x" })).rejects.toThrow();
    }
  });
});
