import { describe, expect, it } from "vitest";
import { DraftKey, editorIdentity, hash53 } from "./draft-key.js";

const page = { origin: "https://www.facebook.com", pathname: "/" };
const editor = (label: string) => {
  const el = { tagName: "DIV", getAttribute: (a: string) => (a === "aria-label" ? label : null) } as unknown as HTMLElement;
  return { site: "facebook", element: el };
};

describe("the draft key of the popup's ticks", () => {
  it("keeps the same key while the draft is edited, beginning included", () => {
    const key = new DraftKey(editorIdentity(editor("Exprimez-vous"), page));
    const first = key.of("Bonjour à tous, une bonne nouvelle.");
    expect(key.of("Salut à tous, une bonne nouvelle aujourd'hui.")).toBe(first);
  });

  it("gives a new draft a new key after the editor is emptied, even with the same first words", () => {
    const key = new DraftKey(editorIdentity(editor("Quoi de neuf ?"), page));
    const first = key.of("Bonjour à tous, une bonne nouvelle.");
    key.ended();
    expect(key.of("Bonjour à tous, une bonne nouvelle.")).not.toBe(first);
  });

  it("gives a new compose box that looks the same a new key once the previous draft ended", () => {
    const a = new DraftKey(editorIdentity(editor("Nouvelle publication"), page));
    const first = a.of("Texte de départ");
    a.ended();
    const b = new DraftKey(editorIdentity(editor("Nouvelle publication"), page));
    expect(b.of("Texte de départ")).not.toBe(first);
  });

  it("finds the same key for the same draft in a fresh page (a reload), and never holds the text", () => {
    const identity = editorIdentity(editor("Après rechargement"), page);
    const before = new DraftKey(identity).of("Une garde tranquille cette nuit.");
    expect(before).toBe(hash53(`${identity}\u00000\u0000Une garde tranquille cette nuit.`));
    expect(before).toMatch(/^[0-9a-z]{1,12}$/);
    expect(before).not.toContain("garde");
  });

  it("gives a draft typed over the whole of the previous one a new key, without passing through empty", () => {
    const key = new DraftKey(editorIdentity(editor("Par-dessus"), page));
    const first = key.of("Belle journée au chalet avec les collègues.");
    expect(key.of("Vraiment, belle journée au chalet avec les collègues. Merci!")).toBe(first);
    expect(key.of("Rappel : la clinique sera fermée lundi.")).not.toBe(first);
  });

  it("does not hold an empty draft's key: the first words make the draft's own", () => {
    const key = new DraftKey(editorIdentity(editor("Vide"), page));
    const empty = key.of("");
    expect(key.of("Premiers mots")).not.toBe(empty);
  });
});
