// Who sent a message, from what the browser itself records about the sender (a page cannot forge
// it): an extension page runs at the extension's own URL; a content script runs in a tab, at the
// page's URL. A web page cannot message the worker at all (no externally_connectable), and other
// extensions' messages arrive on onMessageExternal, which the worker does not listen to.
export type SenderKind = "extension-page" | "content-script";

export interface RawSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** `base` is runtime.getURL(""), e.g. "chrome-extension://<id>/". Null: not one of ours. */
export function senderKind(sender: RawSender, self: { id: string; base: string }): SenderKind | null {
  if (sender.id !== self.id) return null;
  if (sender.url !== undefined && sender.url.startsWith(self.base)) return "extension-page";
  if (sender.tab?.id !== undefined) return "content-script";
  return null;
}
