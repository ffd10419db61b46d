import { describe, expect, it } from "vitest";
import type { SiteAdapterFactory } from "../types.js";
import { factoriesFor } from "./adapters.js";
import { uiLanguageOf } from "./ui-language.js";

const factory = (id: string, host: RegExp): SiteAdapterFactory => ({
  id,
  platform: "other",
  matches: (loc) => host.test(loc.hostname),
  find: () => [],
  create: () => {
    throw new Error("unused");
  },
});
const loc = (url: string) => new URL(url) as unknown as Location;
const all = [factory("facebook", /facebook\.com$/), factory("generic", /./)];

describe("choosing adapters for a page", () => {
  it("uses the site's own adapter on a supported site, not the generic one", () => {
    expect(factoriesFor(all, loc("https://www.facebook.com/"), []).map((f) => f.id)).toEqual(["facebook"]);
  });

  it("uses the generic adapter only where the user turned it on", () => {
    expect(factoriesFor(all, loc("https://intranet.example.ca/x"), [])).toEqual([]);
    expect(factoriesFor(all, loc("https://intranet.example.ca/x"), ["https://intranet.example.ca"]).map((f) => f.id)).toEqual(["generic"]);
  });
});

describe("the UI language", () => {
  it("follows the setting, else the browser", () => {
    expect(uiLanguageOf({ uiLanguage: "en" }, "fr-CA")).toBe("en");
    expect(uiLanguageOf({ uiLanguage: "auto" }, "fr-CA")).toBe("fr");
    expect(uiLanguageOf({ uiLanguage: "auto" }, "en-US")).toBe("en");
  });
});
