// The controller asks the background for analyses through a Transport; the playground wraps it to
// see each analysis too (for the list beside the composer) without reaching into the controller.
import type { Finding } from "../analyzer/types.js";
import { envelopeSchema, protocol, replySchema, type Transport } from "../shared/protocol.js";

export interface FeedAnalysis {
  /** The text that was analysed (kept in page memory only, never stored). */
  text: string;
  language: "fr" | "en" | "und";
  findings: Finding[];
}

/** A transport that passes every message on and reports each successful `analyze` reply. */
export function observingTransport(inner: Transport, onAnalysis: (analysis: FeedAnalysis) => void): Transport {
  return {
    async sendMessage(message: unknown): Promise<unknown> {
      const reply = await inner.sendMessage(message);
      const envelope = envelopeSchema.safeParse(message);
      if (envelope.success && envelope.data.type === "analyze") {
        const request = protocol.analyze.request.safeParse(envelope.data.data);
        const parsed = replySchema.safeParse(reply);
        if (request.success && parsed.success && parsed.data.ok) {
          const analysis = protocol.analyze.response.safeParse(parsed.data.data);
          if (analysis.success) onAnalysis({ text: request.data.text, language: analysis.data.language, findings: analysis.data.findings });
        }
      }
      return reply;
    },
  };
}
