// The content script's link to the worker: a port it keeps open, which tells it when its extension
// went away (the port closes and the extension is gone: reloaded, updated or removed; no DOM event,
// which any page script could dispatch, is involved) and which carries its requests. A draft goes
// as the change since the last one sent on the port (content-port.ts), so a keystroke in a long
// draft sends a few characters. Whatever the port cannot answer (closed, or the worker lost the
// last text) goes again, whole, by runtime.sendMessage, which wakes a stopped worker.
//
// The port also closes when an idle worker stops: it is opened again at the next request, which
// wakes the worker anyway, so no tab keeps a worker awake.
import { CONTENT_PORT, makeTextPatch, STALE_TEXT, type PortReply, type PortRequest } from "../../shared/content-port.js";
import type { Transport } from "../../shared/protocol-client.js";
import { ext } from "../extension-api.js";
import { extensionAlive } from "./lifecycle.js";

/** What a request gets when its port closed before the answer. */
const LOST = Symbol("lost");

type Port = chrome.runtime.Port;

/** The draft of an `analyze` request, or null for any other message. */
function analyzeText(message: unknown): string | null {
  const m = message as { type?: unknown; data?: { text?: unknown } } | null;
  return m?.type === "analyze" && typeof m.data?.text === "string" ? m.data.text : null;
}

function isStale(reply: unknown): boolean {
  return typeof reply === "object" && reply !== null && (reply as { error?: unknown }).error === STALE_TEXT;
}

export class WorkerLink implements Transport {
  private port: Port | null = null;
  private closed = false;
  private nextId = 1;
  private readonly pending = new Map<number, (reply: unknown) => void>();
  /** The draft last sent on the current port: the worker keeps the same text for it. */
  private sent: string | null = null;

  /**
   * @param gone called once the extension is gone
   * @param fallback sends a message without the port (runtime.sendMessage)
   * @param carries whether requests go on the port; when not, the port only watches the extension
   */
  constructor(
    private readonly gone: () => void,
    private readonly fallback: (message: unknown) => Promise<unknown>,
    private readonly carries = true,
  ) {
    this.open();
  }

  close(): void {
    this.closed = true;
    const port = this.port;
    this.port = null;
    this.settleAll();
    try {
      port?.disconnect();
    } catch {
      // Already gone with the extension.
    }
  }

  sendMessage(message: unknown): Promise<unknown> {
    this.open();
    const port = this.port;
    if (!port || !this.carries) return this.fallback(message);
    const id = this.nextId++;
    const request: PortRequest = { id, message };
    const text = analyzeText(message);
    if (text !== null) {
      if (this.sent !== null) {
        const { type, data } = message as { type: string; data: Record<string, unknown> };
        const { text: _whole, ...rest } = data;
        request.message = { type, data: rest };
        request.patch = makeTextPatch(this.sent, text);
      }
      this.sent = text;
    }
    const answer = new Promise<unknown>((resolve) => this.pending.set(id, resolve));
    try {
      port.postMessage(request);
    } catch {
      this.pending.delete(id);
      this.dropped(port);
      return this.fallback(message);
    }
    return answer.then((reply) => {
      if (reply === LOST) return this.fallback(message);
      if (isStale(reply)) {
        this.sent = null;
        return this.fallback(message);
      }
      return reply;
    });
  }

  private open(): void {
    if (this.closed || this.port || !extensionAlive()) return;
    let port: Port;
    try {
      port = ext.runtime.connect({ name: CONTENT_PORT });
    } catch {
      this.gone();
      return;
    }
    this.port = port;
    this.sent = null;
    port.onMessage.addListener((message: unknown) => {
      const { id, reply } = (message ?? {}) as Partial<PortReply>;
      if (typeof id !== "number") return;
      const resolve = this.pending.get(id);
      this.pending.delete(id);
      resolve?.(reply);
    });
    port.onDisconnect.addListener(() => {
      this.dropped(port);
      if (!extensionAlive()) this.gone();
    });
  }

  private dropped(port: Port): void {
    if (this.port !== port) return;
    this.port = null;
    this.sent = null;
    this.settleAll();
  }

  /** Requests still waiting on a closed port go again without it. */
  private settleAll(): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const resolve of waiting) resolve(LOST);
  }
}
