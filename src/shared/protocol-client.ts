// The content script's end of the protocol (protocol.ts), without zod: the worker checks every
// request against its schema and every reply against the response schema before sending it
// (dispatch), so the page carries no schema and the reply's envelope is read by hand. Extension
// pages, which zod costs nothing on every page load, keep `send`, checked on both ends.
import type { MessageType, Request, Response } from "./protocol.js";

export const MAX_DRAFT_CHARS = 1_000_000;

export interface Transport {
  sendMessage(message: unknown): Promise<unknown>;
}

export class ProtocolError extends Error {}

/** Sends a request to the worker and returns its reply's data, which the worker validated. */
export async function request<K extends MessageType>(transport: Transport, type: K, data: Request<K>): Promise<Response<K>> {
  const reply: unknown = await transport.sendMessage({ type, data });
  if (typeof reply !== "object" || reply === null || !("ok" in reply)) throw new ProtocolError(`no valid reply to ${type}`);
  if (reply.ok !== true) throw new ProtocolError("error" in reply && typeof reply.error === "string" ? reply.error : `${type} failed`);
  if (!("data" in reply)) throw new ProtocolError(`no valid reply to ${type}`);
  // Parsed with protocol[type].response in the worker's dispatch before it was sent.
  return reply.data as Response<K>;
}
