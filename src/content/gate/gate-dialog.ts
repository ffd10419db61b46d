// The pre-publish gate's dialog: a modal <dialog> (top layer) near the composer listing the errors
// and the warnings that remain, with "Review" (default) and "Publish anyway". Text only, never
// markup. Its buttons act on a person's click or key only (isTrusted): a page script cannot publish
// past it.
import type { Finding } from "../../analyzer/types.js";
import type { Strings } from "../card/strings.js";
import { excerptOf } from "../card/excerpt.js";
import { flaggedWords } from "../controller/ignore-keys.js";
import { personMade } from "../controller/person-made.js";
import { button, el } from "../dom/el.js";

export interface GateChoice {
  review(): void;
  publishAnyway(): void;
}

export class GateDialog {
  readonly element: HTMLDialogElement;
  private choice: GateChoice | null = null;

  constructor(parent: ShadowRoot) {
    this.element = el("dialog", "gate");
    this.element.dataset.gardeFou = "gate";
    // Escape means "review": the draft stays as it is.
    this.element.addEventListener("cancel", (e) => {
      e.preventDefault();
      if (personMade(e)) this.finish("review");
    });
    parent.append(this.element);
  }

  open(errors: readonly Finding[], warnings: readonly Finding[], text: string, strings: Strings, near: DOMRect | null, choice: GateChoice): void {
    this.choice = choice;
    const title = el("h2", undefined, strings.gateTitle);
    title.id = "garde-fou-gate-title";
    const groups: HTMLElement[] = [];
    const group = (findings: readonly Finding[], intro: string, kind: "error" | "warning") => {
      if (findings.length === 0) return;
      const p = el("p", undefined, intro);
      const list = el("ul");
      list.dataset.severity = kind;
      for (const f of findings) {
        const item = el("li");
        const message = el("strong", undefined, `${strings.category[f.category]} — ${f.message}`);
        const quote = el("div", "excerpt");
        // A combination finding: one warning, its details listed.
        if (f.parts) quote.textContent = strings.quote(flaggedWords(f, text));
        else {
          const ex = excerptOf(text, f.start, f.end, 24);
          quote.textContent = strings.quote(`${ex.before}${ex.flagged}${ex.after}`);
        }
        item.append(message, quote);
        list.append(item);
      }
      groups.push(p, list);
    };
    group(errors, strings.gateIntro(errors.length), "error");
    group(warnings, strings.gateWarnings(warnings.length), "warning");
    const actions = el("div", "actions");
    const review = button(strings.review, "review", () => this.finish("review"), "primary");
    actions.append(review, button(strings.publishAnyway, "publish-anyway", () => this.finish("publish")));
    // The border speaks the worst severity listed: amber when only warnings stop the post.
    this.element.className = `gate ${errors.length > 0 ? "error" : "warning"}`;
    this.element.setAttribute("aria-labelledby", title.id);
    this.element.replaceChildren(title, ...groups, actions);
    if (!this.element.open) this.element.showModal();
    this.place(near);
    review.focus();
  }

  private place(near: DOMRect | null): void {
    const d = this.element;
    const w = d.offsetWidth;
    const h = d.offsetHeight;
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    let left = near ? near.left : (vw - w) / 2;
    let top = near ? near.bottom + 8 : (vh - h) / 2;
    if (near && top + h > vh - 8) top = Math.max(8, near.top - h - 8);
    left = Math.max(8, Math.min(left, vw - w - 8));
    top = Math.max(8, Math.min(top, vh - h - 8));
    d.style.left = `${left}px`;
    d.style.top = `${top}px`;
  }

  private finish(what: "review" | "publish"): void {
    const choice = this.choice;
    this.choice = null;
    if (this.element.open) this.element.close();
    if (!choice) return;
    if (what === "review") choice.review();
    else choice.publishAnyway();
  }

  destroy(): void {
    this.choice = null;
    if (this.element.open) this.element.close();
    this.element.remove();
  }
}
