// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { isEligible, isOptedOut } from "./eligibility.js";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, parent: HTMLElement = document.body): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  parent.append(node);
  return node;
}

describe("which boxes Garde-fou reads", () => {
  it("reads textareas and contenteditable boxes", () => {
    expect(isEligible(el("textarea"))).toBe(true);
    expect(isEligible(el("div", { contenteditable: "true", role: "textbox" }))).toBe(true);
    expect(isEligible(el("div", { contenteditable: "plaintext-only" }))).toBe(true);
  });

  it("honours the writing assistants' opt-outs, on the box or an ancestor", () => {
    expect(isEligible(el("textarea", { "data-gramm": "false" }))).toBe(false);
    expect(isEligible(el("div", { contenteditable: "true", "data-enable-grammarly": "false" }))).toBe(false);
    const wrapper = el("section", { "data-gramm": "false" });
    const inner = el("textarea", {}, wrapper);
    expect(isOptedOut(inner)).toBe(true);
    expect(isEligible(inner)).toBe(false);
  });

  it("never touches password, read-only, disabled or non-editable fields", () => {
    expect(isEligible(el("input", { type: "password" }) as unknown as HTMLElement)).toBe(false);
    expect(isEligible(el("input", { type: "text" }) as unknown as HTMLElement)).toBe(false);
    expect(isEligible(el("textarea", { readonly: "" }))).toBe(false);
    expect(isEligible(el("textarea", { disabled: "" }))).toBe(false);
    expect(isEligible(el("div", { contenteditable: "false", role: "textbox" }))).toBe(false);
    expect(isEligible(el("div", { contenteditable: "true", "aria-readonly": "true" }))).toBe(false);
  });

  it("does not read hidden boxes", () => {
    expect(isEligible(el("textarea", { hidden: "" }))).toBe(false);
  });
});
