// Both ends of the content script's port: the page's WorkerLink sends drafts as patches, the
// worker's portRequests rebuilds them and answers through the protocol's dispatch.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defaultSettings } from "../shared/settings.js";
import { stubHandlers } from "../../tests/support/worker-stub.js";
import type { Handlers } from "../shared/protocol.js";
import { request } from "../shared/protocol-client.js";
import { portRequests } from "./port-requests.js";

type Listener = (m: unknown) => void;

/** A fake runtime whose ports lead to portRequests, and what travelled on them. */
function fakeRuntime(handlers: Handlers) {
  const posted: unknown[] = [];
  const ports: Array<{ disconnect(): void }> = [];
  const runtime = {
    id: "test-extension",
    connect: () => {
      const onMessage: Listener[] = [];
      const onDisconnect: Array<() => void> = [];
      const serve = portRequests(handlers, { kind: "content-script", tabId: 1, frameId: 0 });
      let open = true;
      const port = {
        onMessage: { addListener: (l: Listener) => onMessage.push(l) },
        onDisconnect: { addListener: (l: () => void) => onDisconnect.push(l) },
        postMessage(m: unknown) {
          if (!open) throw new Error("Attempting to use a disconnected port object");
          posted.push(structuredClone(m));
          void serve(structuredClone(m))?.then((reply) => {
            if (open) for (const l of onMessage) l(structuredClone(reply));
          });
        },
        disconnect() {
          open = false;
        },
        /** The worker stops: the page's end hears it. */
        drop() {
          open = false;
          for (const l of onDisconnect) l();
        },
      };
      ports.push(port);
      return port;
    },
  };
  return { runtime, posted, ports: ports as unknown as Array<{ drop(): void }> };
}

const seen: string[] = [];
const handlers = stubHandlers({
  analyze: ({ text }) => {
    seen.push(text);
    return { language: "fr", findings: [] };
  },
});

describe("requests on the content script's port", () => {
  let fake: ReturnType<typeof fakeRuntime>;
  beforeEach(() => {
    seen.length = 0;
    fake = fakeRuntime(handlers);
    vi.stubGlobal("chrome", { runtime: fake.runtime });
    vi.stubGlobal("browser", undefined);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  async function link(fallback = vi.fn(async (_m: unknown): Promise<unknown> => ({ ok: true, data: { language: "fr", findings: [] } }))) {
    const { WorkerLink } = await import("../content/controller/worker-link.js");
    return { link: new WorkerLink(() => undefined, fallback), fallback };
  }

  it("sends the first draft whole, then only what changed, and the worker analyses the whole text", async () => {
    const { link: l, fallback } = await link();
    const first = "Un paragraphe.\n".repeat(500);
    const second = `${first}Et un mot de plus.`;
    await request(l, "analyze", { text: first });
    await request(l, "analyze", { text: second });
    expect(seen).toEqual([first, second]);
    const [a, b] = fake.posted as Array<{ message: { data: Record<string, unknown> }; patch?: unknown }>;
    expect(a!.message.data.text).toBe(first);
    expect(b!.message.data.text).toBeUndefined();
    expect(b!.patch).toEqual({ base: first.length, start: first.length, end: first.length, insert: "Et un mot de plus." });
    expect(fallback).not.toHaveBeenCalled();
  });

  it("sends the draft whole again after the worker stopped (a new port, a new worker)", async () => {
    const { link: l, fallback } = await link();
    await request(l, "analyze", { text: "Bonjour" });
    fake.ports[0]!.drop();
    await request(l, "analyze", { text: "Bonjour Marie" });
    expect(seen).toEqual(["Bonjour", "Bonjour Marie"]);
    expect((fake.posted[1] as { patch?: unknown }).patch).toBeUndefined();
    expect(fallback).not.toHaveBeenCalled();
  });

  it("asks again without the port when it closes before the answer", async () => {
    const { link: l, fallback } = await link();
    const pending = request(l, "getSettings", {});
    fake.ports[0]!.drop();
    fallback.mockResolvedValueOnce({ ok: true, data: defaultSettings() });
    await expect(pending).resolves.toEqual(defaultSettings());
    expect(fallback).toHaveBeenCalledWith({ type: "getSettings", data: {} });
  });

  it("refuses a patch it cannot apply, and the page sends the whole draft instead", async () => {
    const serve = portRequests(handlers, { kind: "content-script", tabId: 1 });
    const reply = await serve({ id: 1, message: { type: "analyze", data: {} }, patch: { base: 3, start: 0, end: 0, insert: "x" } });
    expect(reply).toEqual({ id: 1, reply: { ok: false, error: "stale text" } });
    await serve({ id: 2, message: { type: "analyze", data: { text: "abc" } } });
    expect(await serve({ id: 3, message: { type: "ping", data: {} }, patch: { base: 3, start: 0, end: 0, insert: "x" } })).toEqual({ id: 3, reply: { ok: false, error: "stale text" } });
    expect(await serve({ id: 4, message: { type: "analyze", data: {} }, patch: { base: 3, start: 0, end: 0, insert: "x" } })).toMatchObject({ id: 4, reply: { ok: false } });
    expect(serve({ nothing: true })).toBeNull();
    expect(seen).toEqual(["abc"]);
  });

  it("validates a rebuilt request with the protocol's schema", async () => {
    const serve = portRequests(handlers, { kind: "content-script", tabId: 1 });
    await serve({ id: 1, message: { type: "analyze", data: { text: "abc" } } });
    const reply = await serve({ id: 2, message: { type: "analyze", data: { platform: "nowhere" } }, patch: { base: 3, start: 3, end: 3, insert: "d" } });
    expect(reply).toMatchObject({ id: 2, reply: { ok: false, error: expect.stringMatching(/invalid analyze request/) } });
  });
});
