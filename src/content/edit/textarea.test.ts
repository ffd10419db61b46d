// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { replaceInTextarea } from "./textarea.js";

describe("fixing text in a textarea", () => {
  it("replaces the range, tells the page with an input event and leaves the caret after the fix", () => {
    const area = document.createElement("textarea");
    document.body.append(area);
    area.value = "Bonjour Marie Tremblay, ça va";
    const events: string[] = [];
    area.addEventListener("input", (e) => events.push((e as InputEvent).inputType));
    expect(replaceInTextarea(area, 8, 22, "madame T.")).toBe(true);
    expect(area.value).toBe("Bonjour madame T., ça va");
    expect(events).toEqual(["insertReplacementText"]);
    expect(area.selectionStart).toBe(17);
    expect(area.selectionEnd).toBe(17);
  });

  it("inserts at a position (start === end)", () => {
    const area = document.createElement("textarea");
    document.body.append(area);
    area.value = "Prenez du repos.";
    expect(replaceInTextarea(area, 16, 16, " Info générale.")).toBe(true);
    expect(area.value).toBe("Prenez du repos. Info générale.");
    expect(area.selectionStart).toBe(area.value.length);
  });
});
