// The popup's decisions, without a browser: grouping, the manual items, readiness, sites.
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/analyzer/types.js";
import { groupFindings, manualChecklist, readiness } from "../src/popup/checklist.js";
import { CONSENT_ITEM, manualItems, recommendationById } from "../src/popup/recommendations.js";
import { enableableOrigin, siteOfUrl } from "../src/popup/site-of-url.js";
import { SITE_MATCHES } from "../src/content/sites/matches.js";

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: "privacy/x",
  category: "patient-privacy",
  severity: "warning",
  start: 0,
  end: 1,
  message: "m",
  recommendation: "confidentiality-no-identifiers",
  ...over,
});

describe("popup checklist", () => {
  it("groups findings by category in the report's order, worst first, keeping each index", () => {
    const findings = [
      finding({ category: "advertising", severity: "warning", start: 5 }),
      finding({ category: "patient-privacy", severity: "warning", start: 1 }),
      finding({ category: "patient-privacy", severity: "error", start: 9 }),
    ];
    const groups = groupFindings(findings);
    expect(groups.map((g) => g.category)).toEqual(["patient-privacy", "advertising"]);
    expect(groups[0]?.findings.map((f) => f.index)).toEqual([2, 1]);
    expect(groups[1]?.findings.map((f) => f.index)).toEqual([0]);
  });

  it("offers the report's manual items, all of them recommendations marked for the checklist", () => {
    const ids = manualItems.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(["consent-images", "privacy-settings", "personal-vs-professional", "identify-yourself", "advertising-rules"]));
    expect(recommendationById(CONSENT_ITEM)?.checklist).toBe(true);
  });

  it("puts consent first and prominent only when media is attached", () => {
    expect(manualChecklist(manualItems, false, CONSENT_ITEM).some((i) => i.prominent)).toBe(false);
    const withMedia = manualChecklist(manualItems, true, CONSENT_ITEM);
    expect(withMedia[0]).toMatchObject({ prominent: true, recommendation: { id: CONSENT_ITEM } });
    expect(withMedia.filter((i) => i.prominent)).toHaveLength(1);
  });

  it("is ready only when no error remains and every manual item is ticked", () => {
    const items = manualChecklist(manualItems, false, CONSENT_ITEM);
    const all = new Set(items.map((i) => i.recommendation.id));
    expect(readiness([finding({ severity: "error" })], items, all)).toEqual({ ready: false, errors: 1, unticked: 0 });
    expect(readiness([finding({ severity: "warning" })], items, new Set())).toMatchObject({ ready: false, errors: 0, unticked: items.length });
    expect(readiness([finding({ severity: "warning" }), finding({ severity: "info" })], items, all)).toEqual({ ready: true, errors: 0, unticked: 0 });
  });
});

describe("sites of a tab's URL", () => {
  it("knows the supported site of every manifest match", () => {
    for (const match of SITE_MATCHES) {
      const url = match.replace("*.", "blog.").replace(/\*$/, "compose");
      expect(siteOfUrl(url), url).not.toBeNull();
    }
  });

  it("maps hosts to site ids", () => {
    expect(siteOfUrl("https://www.facebook.com/")).toBe("facebook");
    expect(siteOfUrl("https://twitter.com/compose/post")).toBe("x");
    expect(siteOfUrl("https://dre-tremblay.substack.com/publish")).toBe("substack");
    expect(siteOfUrl("https://notfacebook.com/")).toBeNull();
    expect(siteOfUrl("https://www.facebook.com.evil.example/")).toBeNull();
    expect(siteOfUrl("http://www.facebook.com/")).toBeNull();
    expect(siteOfUrl("not a url")).toBeNull();
  });

  it("offers to turn on web origins only", () => {
    expect(enableableOrigin("https://intranet.example.ca/blog/new?x=1")).toBe("https://intranet.example.ca");
    expect(enableableOrigin("http://localhost:8080/edit")).toBe("http://localhost:8080");
    expect(enableableOrigin("chrome://extensions/")).toBeNull();
    expect(enableableOrigin("file:///home/me/draft.html")).toBeNull();
  });
});
