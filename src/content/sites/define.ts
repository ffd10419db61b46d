// Turns a SiteSpec (data) into the SiteAdapterFactory the controller uses.
import type { EditorAdapter, SiteAdapterFactory } from "../types.js";
import { isEligible } from "../dom/eligibility.js";
import { frameDocuments, outermost, queryAllDeep } from "../dom/deep-query.js";
import { createEditorAdapter } from "./editor-adapter.js";
import { hostMatches, type EditorKind, type SiteSpec } from "./spec.js";

export interface SiteFactory extends SiteAdapterFactory {
  readonly spec: SiteSpec;
  /** The editor kind of an element this factory found (undefined if it is not one of its boxes). */
  kindOf(element: HTMLElement): EditorKind | undefined;
}

export function defineSite(spec: SiteSpec): SiteFactory {
  const kinds = new WeakMap<HTMLElement, EditorKind>();
  const find = (root: Document | ShadowRoot): HTMLElement[] => {
    const found: HTMLElement[] = [];
    for (const rule of spec.editors) {
      const scopes: Array<Document | ShadowRoot> = rule.frame ? frameDocuments(root, rule.frame) : [root];
      for (const scope of scopes) {
        let hits = (rule.deep ? queryAllDeep(scope, rule.selector) : Array.from(scope.querySelectorAll(rule.selector))) as HTMLElement[];
        if (rule.kind === "gutenberg") {
          // The draft is the whole canvas: one adapter on its body, reading every block.
          const bodies = new Set<HTMLElement>();
          hits.filter(isEligible).forEach((h) => h.ownerDocument.body && bodies.add(h.ownerDocument.body));
          hits = Array.from(bodies);
        } else {
          hits = hits.filter(isEligible);
        }
        for (const el of hits) {
          if (found.includes(el)) continue;
          if (!kinds.has(el)) kinds.set(el, rule.kind);
          found.push(el);
        }
      }
    }
    return outermost(found);
  };
  return {
    id: spec.id,
    platform: spec.platform,
    spec,
    matches: (location: Location) => hostMatches(spec.hosts, location.hostname),
    find,
    kindOf: (element) => kinds.get(element),
    create(element: HTMLElement): EditorAdapter {
      const kind = kinds.get(element) ?? guessKind(element);
      return createEditorAdapter(spec, kind, element);
    },
  };
}

/** The editor kind from the DOM alone (for elements the factory did not find itself). */
export function guessKind(el: HTMLElement): EditorKind {
  if (el.tagName === "TEXTAREA") return "textarea";
  if (el.hasAttribute("data-lexical-editor")) return "lexical";
  if (el.classList.contains("ProseMirror")) return "prosemirror";
  if (el.classList.contains("ql-editor")) return "quill";
  if (el.classList.contains("public-DraftEditor-content")) return "draft";
  if (el.id === "tinymce" || el.classList.contains("mce-content-body")) return "tinymce";
  if (el.tagName === "BODY" && el.querySelector(".block-editor-rich-text__editable")) return "gutenberg";
  return "contenteditable";
}
