// Which boxes Garde-fou may read: the user's and the site's opt-outs are honoured (the same
// attributes writing assistants respect), and read-only, disabled and password fields are never
// touched.

const OPT_OUT = '[data-gramm="false"], [data-gramm_editor="false"], [data-enable-grammarly="false"], [data-garde-fou="off"]';

export function isOptedOut(el: Element): boolean {
  return el.closest(OPT_OUT) !== null;
}

function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === "function") return check.call(el);
  return !(el as HTMLElement).hidden;
}

/** Whether `el` is a box a person can type in right now. */
export function isWritable(el: Element): boolean {
  if (el.tagName === "INPUT") return false; // never inputs (passwords, search fields)
  if (el.tagName === "TEXTAREA") {
    const area = el as HTMLTextAreaElement;
    if (area.readOnly || area.disabled) return false;
  } else {
    const html = el as HTMLElement;
    if (!html.isContentEditable && html.getAttribute("contenteditable") !== "true" && html.getAttribute("contenteditable") !== "plaintext-only") return false;
  }
  if (el.getAttribute("aria-readonly") === "true" || el.getAttribute("aria-disabled") === "true") return false;
  return true;
}

export function isEligible(el: Element): boolean {
  return isWritable(el) && !isOptedOut(el) && isVisible(el);
}
