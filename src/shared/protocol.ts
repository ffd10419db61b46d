// One protocol map, checked on both ends: every message's request and response are zod schemas;
// `send` parses the reply, the background registers one handler a message name (a missing
// handler is a compile error). This module must not import the analyzer (compromise, franc). The
// content script imports only its types: its end of the protocol is protocol-client.ts.
import { z } from "zod";
import { analysisSchema, platformSchema, findingSchema } from "../analyzer/types.js";
import { settingsSchema } from "./settings.js";
import { MAX_DRAFT_CHARS, ProtocolError, type Transport } from "./protocol-client.js";

export { MAX_DRAFT_CHARS, ProtocolError, type Transport };

/** A finding as the popup needs it: what fired, where, and why. No fix (a replacement can carry
 *  words of the draft: a birth year, part of a room phrase) and nothing else built from the text. */
export const storedFindingSchema = findingSchema.pick({ ruleId: true, category: true, severity: true, start: true, end: true, message: true, recommendation: true });
export type StoredFinding = z.infer<typeof storedFindingSchema>;

/** The most findings a tab's state keeps (in the analyzer's order, so the popup's indexes hold). */
export const MAX_STORED_FINDINGS = 500;

export const tabStateSchema = z.object({
  /** The site adapter that owns the compose box ("facebook", "generic"…), or null when none. */
  site: z.string().nullable(),
  hasComposer: z.boolean(),
  hasMedia: z.boolean(),
  language: z.enum(["fr", "en", "und"]),
  findings: z.array(storedFindingSchema).max(MAX_STORED_FINDINGS),
  /** How many findings the analysis had, when more than `findings` keeps. */
  total: z.number().int().nonnegative().optional(),
  /** Milliseconds since the epoch of the analysis the state reflects. */
  updatedAt: z.number(),
});
export type TabState = z.infer<typeof tabStateSchema>;

export const protocol = {
  analyze: {
    request: z.object({
      text: z.string().max(MAX_DRAFT_CHARS),
      platform: platformSchema.optional(),
      /** Site adapter id, for the popup. */
      site: z.string().optional(),
      hasMedia: z.boolean().optional(),
    }),
    response: analysisSchema.extend({
      errors: z.array(z.object({ ruleId: z.string(), message: z.string() })).optional(),
      /** The report's recommendations the findings cite, by id (rules/recommendations.json's
       *  entries): the card shows them, and the page's script does not carry the whole file. */
      recommendations: z.record(z.string(), z.unknown()).optional(),
    }),
  },
  getTabState: {
    request: z.object({ tabId: z.number().int() }),
    response: tabStateSchema.nullable(),
  },
  clearTabState: {
    request: z.object({}),
    response: z.object({ ok: z.literal(true) }),
  },
  ping: {
    request: z.object({}),
    response: z.object({ version: z.string() }),
  },
  /** "Turn this rule off" confirmed in a card (a content script) or an extension page. */
  disableRule: {
    request: z.object({ ruleId: z.string().min(1).max(100) }),
    response: z.object({ ok: z.boolean() }),
  },
  /** The settings as the worker parsed them from storage (the content script carries no schema). */
  getSettings: {
    request: z.object({}),
    response: settingsSchema,
  },
  /** The options page and the popup save settings; only extension pages may. */
  saveSettings: {
    request: z.object({ settings: settingsSchema }),
    response: z.object({ ok: z.literal(true) }),
  },
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = z.infer<Protocol[K]["request"]>;
export type Response<K extends MessageType> = z.infer<Protocol[K]["response"]>;

export const envelopeSchema = z.object({ type: z.enum(Object.keys(protocol) as [MessageType, ...MessageType[]]), data: z.unknown() });

/** A request on a content script's port (content-port.ts): a message, and the draft as a patch of
 *  the text last sent on that port when `data.text` is left out. */
export const portRequestSchema = z.object({
  id: z.number().int().nonnegative(),
  message: z.unknown(),
  patch: z
    .object({
      base: z.number().int().nonnegative(),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      insert: z.string().max(MAX_DRAFT_CHARS),
    })
    .optional(),
});

/** The reply envelope: a handler's result or its error, so a failure is never an `undefined`. */
export const replySchema = z.union([z.object({ ok: z.literal(true), data: z.unknown() }), z.object({ ok: z.literal(false), error: z.string() })]);

export async function send<K extends MessageType>(transport: Transport, type: K, data: Request<K>): Promise<Response<K>> {
  const request = protocol[type].request.parse(data);
  const raw = await transport.sendMessage({ type, data: request });
  const reply = replySchema.safeParse(raw);
  if (!reply.success) throw new ProtocolError(`no valid reply to ${type}`);
  if (!reply.data.ok) throw new ProtocolError(reply.data.error);
  return protocol[type].response.parse(reply.data.data) as Response<K>;
}

export interface SenderInfo {
  tabId?: number;
  frameId?: number;
  /** Who sent it, as the worker established from the browser's sender record (sender.ts). */
  kind?: "extension-page" | "content-script";
}

export type Handlers = { [K in MessageType]: (data: Request<K>, sender: SenderInfo) => Promise<Response<K>> | Response<K> };

/** Validates a raw message and runs its handler; returns the reply envelope. */
export async function dispatch(handlers: Handlers, raw: unknown, sender: SenderInfo): Promise<z.infer<typeof replySchema>> {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, error: "unknown message" };
  const type = envelope.data.type;
  const parsed = protocol[type].request.safeParse(envelope.data.data);
  if (!parsed.success) return { ok: false, error: `invalid ${type} request: ${parsed.error.issues[0]?.message ?? ""}` };
  try {
    const handler = handlers[type] as (d: unknown, s: SenderInfo) => Promise<unknown> | unknown;
    const result = await handler(parsed.data, sender);
    return { ok: true, data: protocol[type].response.parse(result) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}
