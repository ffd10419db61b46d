import { describe, expect, it } from "vitest";
import { DraftKey } from "./draft-key.js";

describe("the draft key of the popup's ticks", () => {
  it("keeps the same key while the draft is edited, beginning included", () => {
    const key = new DraftKey();
    const first = key.of("Bonjour à tous, une bonne nouvelle.");
    key.seen("Salut à tous, une bonne nouvelle aujourd'hui.");
    expect(key.of("Salut à tous, une bonne nouvelle aujourd'hui.")).toBe(first);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
  });

  it("gives a new draft a new key once the editor was emptied, even with the same words", () => {
    const key = new DraftKey();
    const first = key.of("Bonjour à tous, une bonne nouvelle.");
    key.seen("");
    expect(key.of("Bonjour à tous, une bonne nouvelle.")).not.toBe(first);
  });

  it("gives a draft typed over the whole of the previous one a new key (cut down to one character on the way)", () => {
    const key = new DraftKey();
    const first = key.of("Belle journée au chalet avec les collègues.");
    key.seen("R");
    expect(key.of("Rappel : la clinique sera fermée lundi.")).not.toBe(first);
  });

  it("gives a new compose box's draft a new key", () => {
    const a = new DraftKey();
    const b = new DraftKey();
    expect(b.of("Texte de départ")).not.toBe(a.of("Texte de départ"));
  });

  it("does not hold an empty draft's key: the first words make the draft's own", () => {
    const key = new DraftKey();
    const empty = key.of("");
    expect(key.of("Premiers mots")).not.toBe(empty);
  });
});
