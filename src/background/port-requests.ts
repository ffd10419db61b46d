// Answers the requests a content script sends on its port (shared/content-port.ts). The port keeps
// the draft last sent on it, so that a request can carry only what changed; the text rebuilt from a
// patch then goes through the same dispatch, and the same schemas, as a message's.
import { applyTextPatch, STALE_TEXT, type PortReply } from "../shared/content-port.js";
import { dispatch, MAX_DRAFT_CHARS, portRequestSchema, type Handlers, type SenderInfo } from "../shared/protocol.js";

/** One port's request handler: null for what is not a request (nothing to answer). */
export function portRequests(handlers: Handlers, sender: SenderInfo): (raw: unknown) => Promise<PortReply> | null {
  let last: string | null = null;
  return (raw) => {
    const parsed = portRequestSchema.safeParse(raw);
    if (!parsed.success) return null;
    const { id, patch } = parsed.data;
    let message = parsed.data.message;
    const m = (typeof message === "object" && message !== null ? message : {}) as { type?: unknown; data?: unknown };
    if (patch) {
      // Only a draft travels as a patch, of the text this port sent last.
      const text = m.type === "analyze" && last !== null ? applyTextPatch(last, patch) : null;
      const data = m.data;
      if (text === null || text.length > MAX_DRAFT_CHARS || typeof data !== "object" || data === null || "text" in data) {
        last = null;
        return Promise.resolve({ id, reply: { ok: false, error: STALE_TEXT } });
      }
      message = { type: m.type, data: { ...data, text } };
      last = text;
    } else if (m.type === "analyze") {
      const text = (m.data as { text?: unknown } | undefined)?.text;
      last = typeof text === "string" && text.length <= MAX_DRAFT_CHARS ? text : null;
    }
    return dispatch(handlers, message, sender).then((reply) => ({ id, reply }));
  };
}
