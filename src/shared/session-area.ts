// The storage area for state that must survive a stopped worker but not the browser session
// (per-tab findings, checklist ticks, diagnostics). Firefox before 115 lacks storage.session.
import browser from "webextension-polyfill";

export function sessionArea(): browser.Storage.StorageArea {
  return (browser.storage as { session?: browser.Storage.StorageArea }).session ?? browser.storage.local;
}
