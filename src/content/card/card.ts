// The warning card: shown in the top layer (popover="manual") near the flagged text. It says what
// is wrong and why (the report's recommendation, the Code article) and offers the actions. Every
// piece of draft or rule text goes in through textContent, never as markup. Its buttons act on a
// person's click or key only (isTrusted): a page script cannot fix, ignore or turn a rule off.
import type { Finding, Fix, UiLanguage } from "../../analyzer/types.js";
import { excerptOf } from "./excerpt.js";
import { placeCard, type Band } from "./placement.js";
import { recommendationFor } from "./recommendations.js";
import type { Strings } from "./strings.js";
import { personMade } from "../controller/person-made.js";
import { button, el } from "../dom/el.js";

export interface CardContext {
  finding: Finding;
  /** The draft text the finding's offsets refer to. */
  text: string;
  index: number;
  total: number;
  lang: UiLanguage;
  strings: Strings;
  /** Offer "apply the fix" (the finding has one and the editor can take it). */
  canFix: boolean;
  /** Whether the editor can take a fix of one of a combination finding's parts. */
  canApply?: (fix: Fix) => boolean;
  /** Where to show the card (top-window viewport), usually the first rectangle of the finding. */
  anchor: DOMRect | null;
  /** The flagged lines and the line after them, which the card leaves readable when it can. */
  band?: Band | null;
  /** Move the focus into the card (opened from the keyboard). */
  focus: boolean;
}

export interface CardHandlers {
  /** Applies `fix` (the finding's own, or one of its parts'). */
  applyFix(finding: Finding, fix?: Fix): Promise<boolean>;
  ignore(finding: Finding): void;
  disableRule(finding: Finding): Promise<void>;
  navigate(step: 1 | -1): void;
  /** The card closed; `restoreFocus` unless an action already placed the caret. */
  closed(restoreFocus: boolean): void;
}

let cardIds = 0;

export class Card {
  readonly element: HTMLDivElement;
  private current: CardContext | null = null;
  private readonly id = `garde-fou-card-${++cardIds}`;

  constructor(
    parent: ShadowRoot,
    private readonly handlers: CardHandlers,
  ) {
    this.element = el("div", "card");
    this.element.setAttribute("popover", "manual");
    this.element.setAttribute("role", "dialog");
    this.element.setAttribute("aria-modal", "false");
    this.element.tabIndex = -1;
    this.element.dataset.gardeFou = "card";
    this.element.addEventListener("keydown", (e) => this.onKeydown(e));
    parent.append(this.element);
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  get finding(): Finding | null {
    return this.current?.finding ?? null;
  }

  open(ctx: CardContext): void {
    this.current = ctx;
    this.render(ctx);
    if (!this.element.matches(":popover-open")) this.element.showPopover();
    this.place(ctx.anchor, ctx.band ?? null);
    if (ctx.focus) (this.element.querySelector<HTMLElement>(".actions button") ?? this.element).focus({ preventScroll: true });
  }

  close(restoreFocus = true): void {
    if (!this.current) return;
    this.current = null;
    if (this.element.matches(":popover-open")) this.element.hidePopover();
    this.handlers.closed(restoreFocus);
  }

  containsFocus(): boolean {
    const root = this.element.getRootNode() as ShadowRoot;
    return root.activeElement !== null && this.element.contains(root.activeElement);
  }

  private onKeydown(e: KeyboardEvent): void {
    if (!personMade(e)) return;
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      this.close(true);
    } else if (e.altKey && e.shiftKey && (e.code === "KeyN" || e.code === "KeyP")) {
      e.preventDefault();
      e.stopPropagation();
      this.handlers.navigate(e.code === "KeyN" ? 1 : -1);
    }
  }

  private place(anchor: DOMRect | null, band: Band | null): void {
    const card = this.element;
    const fallback = anchor ? { top: anchor.top, bottom: anchor.bottom, line: anchor.height } : null;
    const p = placeCard({
      card: { width: card.offsetWidth, height: card.offsetHeight },
      viewport: { width: window.innerWidth, height: window.innerHeight },
      left: anchor ? anchor.left : null,
      band: band ?? fallback,
    });
    card.dataset.place = p.where;
    card.style.left = `${p.left}px`;
    card.style.top = `${p.top}px`;
  }

  private render(ctx: CardContext): void {
    const { finding, strings: s } = ctx;
    const card = this.element;
    card.className = `card ${finding.severity}`;
    card.dataset.rule = finding.ruleId;
    card.dataset.category = finding.category;
    card.dataset.severity = finding.severity;
    card.setAttribute("aria-label", s.cardLabel);
    card.setAttribute("aria-describedby", `${this.id}-message`);

    const header = el("header");
    const badge = el("span", "badge", s.severity[finding.severity]);
    const category = el("span", "category", s.category[finding.category]);
    const position = el("span", "position", s.position(ctx.index + 1, ctx.total));
    const close = button("×", undefined, () => this.close(true), "close");
    close.setAttribute("aria-label", s.close);
    close.title = s.close;
    header.append(badge, category, position, close);

    const message = el("p", "message", finding.message);
    message.id = `${this.id}-message`;

    const status = el("p", "status");
    status.setAttribute("role", "status");
    const parts: HTMLElement[] = [header, message];
    if (finding.parts) parts.push(...this.partsList(ctx, finding, status));
    else {
      const excerpt = excerptOf(ctx.text, finding.start, finding.end);
      const quote = el("blockquote");
      quote.setAttribute("aria-label", s.flagged);
      quote.append(document.createTextNode(excerpt.before), el("mark", undefined, excerpt.flagged), document.createTextNode(excerpt.after));
      parts.push(quote);
    }
    const rec = recommendationFor(finding.recommendation, ctx.lang);
    if (rec) {
      const title = el("h3", undefined, `${s.recommendation} — ${rec.title}`);
      parts.push(title, el("p", "recommendation", rec.text));
      if (rec.articles.length) parts.push(el("p", "articles", s.codeLine(rec.articles)));
      if (rec.reportSection) parts.push(el("p", "report-section", s.reportSection(rec.reportSection)));
    }

    const actions = el("div", "actions");
    if (ctx.canFix && finding.fix) {
      actions.append(button(finding.fix.label || s.applyFix, "fix", () => void this.apply(finding, status), "primary"));
    }
    const ignore = button(s.ignore, "ignore", () => {
      this.handlers.ignore(finding);
      this.close(true);
    });
    const disable = button(s.disableRule, "disable", () => {
      confirm.hidden = false;
      disable.setAttribute("aria-expanded", "true");
      no.focus();
    });
    disable.setAttribute("aria-expanded", "false");
    actions.append(ignore, disable);

    const confirm = el("div", "confirm");
    confirm.hidden = true;
    confirm.setAttribute("role", "group");
    const confirmText = el("p", undefined, s.confirmDisable);
    const yes = button(s.confirm, "confirm-disable", () => {
      void this.handlers.disableRule(finding).then(() => this.close(true));
    }, "primary");
    const no = button(s.cancel, "cancel-disable", () => {
      confirm.hidden = true;
      disable.setAttribute("aria-expanded", "false");
      disable.focus();
    });
    const confirmActions = el("div", "actions");
    confirmActions.append(yes, no);
    confirm.append(confirmText, confirmActions);

    const hint = el("p", "hint", s.shortcuts);
    card.replaceChildren(...parts, actions, confirm, status, hint);
  }

  /** A combination finding's details: each one's words, and its own fix where it has one. */
  private partsList(ctx: CardContext, finding: Finding, status: HTMLElement): HTMLElement[] {
    const list = el("ul", "parts");
    finding.parts?.forEach((part, i) => {
      const item = el("li");
      item.dataset.part = String(i);
      item.append(el("mark", undefined, ctx.text.slice(part.start, part.end)));
      const fix = part.fix;
      if (fix && ctx.canApply?.(fix)) {
        item.append(button(ctx.strings.partFix(fix.replacement.trim()), "fix-part", () => void this.apply(finding, status, fix)));
      }
      list.append(item);
    });
    return [el("p", undefined, ctx.strings.partsTitle(list.childElementCount)), list];
  }

  private async apply(finding: Finding, status: HTMLElement, fix?: Fix): Promise<void> {
    const ok = await this.handlers.applyFix(finding, fix);
    if (ok) this.close(false);
    else if (this.current) status.textContent = this.current.strings.fixFailed;
  }

  destroy(): void {
    this.current = null;
    this.element.remove();
  }
}
