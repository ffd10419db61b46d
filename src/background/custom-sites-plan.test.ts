import { describe, expect, it } from "vitest";
import { CUSTOM_SITE_SCRIPT, originPattern, scriptIdFor } from "../shared/custom-site-script.js";
import { planGrant, planReconcile, planRevocation, type RegisteredScript } from "./custom-sites-plan.js";

const BLOG = "https://blog.example.org";
const WIKI = "http://wiki.example.ca";
const current = (origin: string): RegisteredScript => ({ id: scriptIdFor(origin), matches: [originPattern(origin)], js: [CUSTOM_SITE_SCRIPT] });

describe("planReconcile", () => {
  it("registers every custom site whose permission is granted", () => {
    expect(planReconcile([BLOG, WIKI], new Set([BLOG, WIKI]), [], CUSTOM_SITE_SCRIPT)).toEqual({ register: [BLOG, WIKI], unregister: [] });
  });

  it("does not register a custom site whose permission is not granted", () => {
    expect(planReconcile([BLOG, WIKI], new Set([BLOG]), [], CUSTOM_SITE_SCRIPT)).toEqual({ register: [BLOG], unregister: [] });
  });

  it("does nothing when the registrations already match (idempotent)", () => {
    expect(planReconcile([BLOG], new Set([BLOG]), [current(BLOG)], CUSTOM_SITE_SCRIPT)).toEqual({ register: [], unregister: [] });
  });

  it("unregisters an origin dropped from the custom sites", () => {
    expect(planReconcile([], new Set([BLOG]), [current(BLOG)], CUSTOM_SITE_SCRIPT)).toEqual({ register: [], unregister: [scriptIdFor(BLOG)] });
  });

  it("unregisters an origin whose permission was revoked", () => {
    expect(planReconcile([BLOG], new Set(), [current(BLOG)], CUSTOM_SITE_SCRIPT)).toEqual({ register: [], unregister: [scriptIdFor(BLOG)] });
  });

  it("re-registers a registration left by an older version with the loader's files", () => {
    const old = { ...current(BLOG), js: ["assets/index.ts-loader-abc123.js"] };
    expect(planReconcile([BLOG], new Set([BLOG]), [old], CUSTOM_SITE_SCRIPT)).toEqual({ register: [BLOG], unregister: [] });
  });

  it("does not touch scripts registered under ids that are not ours", () => {
    const foreign = { id: "something-else", matches: ["https://a.example/*"], js: ["x.js"] };
    expect(planReconcile([], new Set(), [foreign], CUSTOM_SITE_SCRIPT)).toEqual({ register: [], unregister: [] });
  });

  it("applied twice, the second plan is empty", () => {
    const first = planReconcile([BLOG, WIKI], new Set([BLOG, WIKI]), [current(BLOG), { id: scriptIdFor("https://gone.example") }], CUSTOM_SITE_SCRIPT);
    const after = [current(BLOG), ...first.register.map(current)];
    expect(planReconcile([BLOG, WIKI], new Set([BLOG, WIKI]), after, CUSTOM_SITE_SCRIPT)).toEqual({ register: [], unregister: [] });
  });
});

describe("planGrant", () => {
  it("adopts the popup's pending origin once it is granted, with its tab", () => {
    expect(planGrant({ origin: BLOG, tabId: 7 }, new Set([BLOG]))).toEqual({ origin: BLOG, tabId: 7 });
  });

  it("does not adopt a pending origin that is still not granted (another permission was added)", () => {
    expect(planGrant({ origin: BLOG, tabId: 7 }, new Set([WIKI]))).toBeNull();
  });

  it("adopts nothing without a pending request", () => {
    expect(planGrant(null, new Set([BLOG]))).toBeNull();
  });
});

describe("planRevocation", () => {
  it("drops the custom sites whose permission is gone and keeps the others", () => {
    expect(planRevocation([BLOG, WIKI], new Set([WIKI]))).toEqual([BLOG]);
  });

  it("drops nothing when every custom site is still granted", () => {
    expect(planRevocation([BLOG], new Set([BLOG]))).toEqual([]);
  });
});
