// The popup's decisions, without a browser: grouping, the manual items, readiness, sites.
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/analyzer/types.js";
import { groupFindings, manualChecklist, readiness } from "../src/popup/checklist.js";
import { bannerOf } from "../src/popup/banner.js";
import { translator } from "../src/shared/i18n.js";
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
    expect(readiness([finding({ severity: "error" })], items, all)).toEqual({ ready: false, errors: 1, warnings: 0, flagged: 1, unticked: 0 });
    expect(readiness([finding({ severity: "warning" })], items, new Set())).toMatchObject({ ready: false, errors: 0, warnings: 1, unticked: items.length });
    expect(readiness([finding({ severity: "warning" }), finding({ severity: "info" })], items, all)).toEqual({ ready: true, errors: 0, warnings: 1, flagged: 2, unticked: 0 });
  });

  it("does not say \"not ready\" under \"nothing flagged\": it names the manual checks left", () => {
    const items = manualChecklist(manualItems, false, CONSENT_ITEM);
    const fr = translator("fr");
    const en = translator("en");
    const clean = bannerOf(readiness([], items, new Set()), fr);
    expect(clean).toEqual({ tone: "checks", title: `Aucun passage signalé — il reste ${items.length} points à vérifier vous-même`, detail: "Cochez chaque point plus bas une fois vérifié." });
    expect(clean.title).not.toContain("Pas encore prêt");
    expect(bannerOf(readiness([], items, new Set()), en).title).toBe(`Nothing flagged — ${items.length} points left to check yourself`);
    const allButOne = new Set(items.slice(1).map((i) => i.recommendation.id));
    expect(bannerOf(readiness([], items, allButOne), fr).title).toBe("Aucun passage signalé — il reste 1 point à vérifier vous-même");
    // Warnings only: no "nothing flagged", no "not ready"; the warnings are named.
    const warned = bannerOf(readiness([finding({ severity: "warning" })], items, allButOne), en);
    expect(warned).toEqual({ tone: "checks", title: "No error — 1 point left to check yourself", detail: "1 warning to review · Tick each point below once you have checked it." });
    // Errors: not ready, with what to fix and what to tick.
    expect(bannerOf(readiness([finding({ severity: "error" }), finding({ severity: "error" })], items, allButOne), fr)).toEqual({ tone: "errors", title: "Pas encore prêt à publier", detail: "2 erreurs à corriger · 1 vérification à cocher" });
    const all = new Set(items.map((i) => i.recommendation.id));
    expect(bannerOf(readiness([], items, all), fr)).toMatchObject({ tone: "ready", title: "Prêt à publier" });
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
