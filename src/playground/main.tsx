// The playground page: the content script's controller, with the playground's own adapter, over a
// composer rendered by preact. Analyses go to the background like a site's (no network).
import { render } from "preact";
import browser from "webextension-polyfill";
import "../shared/ui/theme.css";
import "./playground.css";
import { Controller } from "../content/controller/controller.js";
import type { Transport } from "../shared/protocol.js";
import { observingTransport, type FeedAnalysis } from "./analysis-feed.js";
import { App, type AnalysisSource } from "./App.js";
import { playgroundSite } from "./site.js";

const listeners = new Set<(analysis: FeedAnalysis) => void>();
let last: FeedAnalysis | null = null;
const source: AnalysisSource = {
  subscribe(listener) {
    listeners.add(listener);
    if (last) listener(last);
    return () => listeners.delete(listener);
  },
};

const runtime: Transport = { sendMessage: (m: unknown) => browser.runtime.sendMessage(m) };
const transport = observingTransport(runtime, (analysis) => {
  last = analysis;
  for (const listener of listeners) listener(analysis);
});

const root = document.getElementById("app");
if (root) render(<App source={source} />, root);
// The controller finds the editor once preact has rendered it (it watches the DOM).
// Requests go through `transport` (not the content script's port), so that the list sees them.
void new Controller([playgroundSite], transport, { port: false }).start();
