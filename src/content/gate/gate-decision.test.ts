import { describe, expect, it } from "vitest";
import type { Finding } from "../../analyzer/types.js";
import { decideGate, isPublishShortcut, type GateInput } from "./gate-decision.js";

const error: Finding = { ruleId: "privacy/file-number", category: "patient-privacy", severity: "error", start: 4, end: 21, message: "m", recommendation: "r" };
const warning: Finding = { ...error, ruleId: "clinical-advice/dosing", category: "clinical-advice", severity: "warning" };
const text = "Son dossier no 552190 est ouvert.";
const base: GateInput = { enabled: true, siteDisabled: false, knownGesture: true, analysedText: text, currentText: text, visibleFindings: [error, warning], stopOnWarnings: false };

describe("the pre-publish gate decision", () => {
  it("blocks when error-level findings remain on an up-to-date analysis", () => {
    const d = decideGate(base);
    expect(d.block).toBe(true);
    if (d.block) expect(d.errors).toEqual([error]);
  });

  it("lists the warnings too once it stops", () => {
    expect(decideGate(base)).toEqual({ block: true, errors: [error], warnings: [warning] });
  });

  it("does not block when only warnings remain and the setting stops on errors only", () => {
    expect(decideGate({ ...base, visibleFindings: [warning] })).toEqual({ block: false, reason: "no-errors" });
  });

  it("stops on warnings alone when the setting says so, but never on tips", () => {
    expect(decideGate({ ...base, stopOnWarnings: true, visibleFindings: [warning] })).toEqual({ block: true, errors: [], warnings: [warning] });
    const tip: Finding = { ...warning, severity: "info" };
    expect(decideGate({ ...base, stopOnWarnings: true, visibleFindings: [tip] })).toEqual({ block: false, reason: "no-errors" });
  });

  it("fails open when there is no analysis yet", () => {
    expect(decideGate({ ...base, analysedText: null })).toMatchObject({ block: false, reason: "no-analysis" });
  });

  it("fails open when the text changed after the last analysis", () => {
    expect(decideGate({ ...base, currentText: `${text} Merci` })).toMatchObject({ block: false, reason: "stale-analysis" });
  });

  it("fails open on an unknown gesture", () => {
    expect(decideGate({ ...base, knownGesture: false })).toMatchObject({ block: false, reason: "unknown-gesture" });
  });

  it("never blocks when turned off globally or for the site", () => {
    expect(decideGate({ ...base, enabled: false })).toMatchObject({ block: false, reason: "gate-off" });
    expect(decideGate({ ...base, siteDisabled: true })).toMatchObject({ block: false, reason: "site-off" });
  });

  it("recognises Ctrl+Enter and Cmd+Enter, not Enter alone or during composition", () => {
    const k = { key: "Enter", ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, isComposing: false };
    expect(isPublishShortcut({ ...k, ctrlKey: true })).toBe(true);
    expect(isPublishShortcut({ ...k, metaKey: true })).toBe(true);
    expect(isPublishShortcut(k)).toBe(false);
    expect(isPublishShortcut({ ...k, ctrlKey: true, isComposing: true })).toBe(false);
    expect(isPublishShortcut({ ...k, ctrlKey: true, shiftKey: true })).toBe(false);
  });
});
