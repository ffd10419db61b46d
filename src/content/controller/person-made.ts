// Whether an event may act on Garde-fou's controls: a person made it (isTrusted), so that a page's
// script can neither click a card's or the gate's buttons nor send the card's shortcuts. On the
// extension's own pages (the playground) every script is the extension's: its list opens cards
// through the keyboard shortcut, with events it dispatches itself.
const ownPage = typeof location !== "undefined" && /^(chrome|moz)-extension:$/.test(location.protocol);

export function personMade(e: Event): boolean {
  return e.isTrusted || ownPage;
}
