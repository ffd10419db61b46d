// Looks of the overlay. Severity is told by colour AND line style (a11y: not colour alone):
// error = thick solid red, warning = wavy amber, info = dotted blue.
export const SEVERITY_COLORS = { error: "#C5221F", warning: "#B26A00", info: "#1E5AA8" } as const;

const zigzag = (c: string) =>
  `linear-gradient(135deg, transparent 35%, ${c} 35%, ${c} 60%, transparent 60%), linear-gradient(45deg, transparent 35%, ${c} 35%, ${c} 60%, transparent 60%)`;

/** Styles inside the overlay's shadow root. */
export const SHADOW_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.layer { position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
.box { position: absolute; pointer-events: none; }
.probe { position: absolute; left: 0; top: 0; width: 1px; height: 1px; visibility: hidden; pointer-events: none; }
.box.error { border-bottom: 3px solid ${SEVERITY_COLORS.error}; background: rgba(197, 34, 31, 0.10); }
.box.warning { background-image: ${zigzag(SEVERITY_COLORS.warning)}; background-size: 6px 4px; background-repeat: repeat-x; background-position: left bottom; }
.box.info { border-bottom: 2px dotted ${SEVERITY_COLORS.info}; }
.box.second { background: none; border-bottom: 1px solid; }
.box.second.error { border-bottom-color: ${SEVERITY_COLORS.error}; }
.box.second.warning { border-bottom-color: ${SEVERITY_COLORS.warning}; }
.box.second.info { border-bottom: 1px dotted ${SEVERITY_COLORS.info}; }
.box.active { background-color: rgba(255, 202, 40, 0.45); }
.chip { position: absolute; pointer-events: auto; display: inline-flex; align-items: center; gap: 4px; padding: 2px 8px;
  border-radius: 999px; border: 1px solid rgba(0,0,0,.25); background: #fff; color: #1f1f1f; cursor: pointer;
  font: 600 12px/18px system-ui, sans-serif; box-shadow: 0 1px 3px rgba(0,0,0,.2); white-space: nowrap;
  width: max-content; min-width: max-content; flex-wrap: nowrap; }
.chip > span { flex: none; }
.chip.checking { color: #4a4a4a; font-weight: 500; }
.chip[hidden] { display: none; }
.chip .icon { font-size: 12px; }
.chip.error .icon { color: ${SEVERITY_COLORS.error}; }
.chip.warning .icon { color: ${SEVERITY_COLORS.warning}; }
.chip.info .icon { color: ${SEVERITY_COLORS.info}; }
.chip.clean .icon { color: #1E7B34; }
.tooltip { position: absolute; pointer-events: none; max-width: 320px; padding: 6px 8px; border-radius: 6px; background: #1f1f1f;
  color: #fff; font: 13px/1.35 system-ui, sans-serif; box-shadow: 0 2px 8px rgba(0,0,0,.3); white-space: normal; }
.tooltip[hidden] { display: none; }
/* The host lets the pointer through to the page; the card and the gate must take it back. */
.card, .gate { pointer-events: auto; }
:focus-visible { outline: 3px solid #1A73E8; outline-offset: 2px; }
button { font: inherit; }
.card { position: fixed; inset: auto; margin: 0; width: min(380px, calc(100vw - 16px)); max-height: min(70vh, 520px); overflow: auto;
  padding: 12px 14px; border: 1px solid rgba(0,0,0,.2); border-left: 6px solid var(--sev); border-radius: 8px; background: #fff; color: #1f1f1f;
  font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
.card.error { --sev: ${SEVERITY_COLORS.error}; }
.card.warning { --sev: ${SEVERITY_COLORS.warning}; }
.card.info { --sev: ${SEVERITY_COLORS.info}; }
.card header { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.card .badge { font-weight: 700; color: var(--sev); text-transform: uppercase; font-size: 11px; letter-spacing: .04em; }
.card .category { font-weight: 600; font-size: 13px; }
.card .position { margin-left: auto; font-size: 12px; color: #555; }
.card .close { border: 0; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; cursor: pointer; color: #333; }
.card .message { margin: 4px 0 8px; font-weight: 600; }
.card blockquote { margin: 0 0 8px; padding: 4px 8px; background: #f4f4f4; border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 13px; }
.card mark { background: rgba(255, 202, 40, .6); color: inherit; }
.card .parts { margin: 0 0 8px; padding: 0; list-style: none; }
.card .parts li { display: flex; gap: 6px; align-items: center; margin: 0 0 4px; padding: 2px 8px; background: #f4f4f4; border-radius: 4px; }
.card .parts button { margin-left: auto; }
.card h3 { margin: 8px 0 2px; font-size: 13px; }
.card p { margin: 0 0 6px; }
.card .articles { font-size: 12px; color: #444; }
.card .actions, .gate .actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
.card .actions button, .gate .actions button { padding: 5px 10px; border-radius: 6px; border: 1px solid #777; background: #fff; cursor: pointer; }
.card .actions button.primary, .gate .actions button.primary { background: #1A73E8; border-color: #1A73E8; color: #fff; }
.card .confirm { margin-top: 8px; padding: 8px; border: 1px solid #e0b0a0; background: #fff5f2; border-radius: 6px; }
.card .status { font-size: 12px; color: ${SEVERITY_COLORS.error}; }
.card .hint { font-size: 11px; color: #666; margin-top: 8px; }
.gate { position: fixed; inset: auto; margin: 0; width: min(440px, calc(100vw - 16px)); padding: 14px 16px; border: 1px solid rgba(0,0,0,.25);
  border-top: 6px solid var(--sev, ${SEVERITY_COLORS.error}); border-radius: 8px; background: #fff; color: #1f1f1f; font: 14px/1.4 system-ui, sans-serif;
  box-shadow: 0 8px 30px rgba(0,0,0,.3); }
.gate.error { --sev: ${SEVERITY_COLORS.error}; }
.gate.warning { --sev: ${SEVERITY_COLORS.warning}; }
.gate::backdrop { background: rgba(0,0,0,.25); }
.gate h2 { margin: 0 0 6px; font-size: 16px; }
.gate ul { margin: 6px 0; padding-left: 20px; }
.gate li { margin: 3px 0; }
.gate .excerpt { color: #444; font-size: 13px; overflow-wrap: anywhere; }
`;
