// Table test for the patient-details detector: details of one patient's story are scored
// together; general statements, the author's own health and public figures are left alone.
import { describe, expect, it } from "vitest";
import { analyze } from "../index.js";
import type { Severity } from "../types.js";

const RULE = "privacy/patient-details";

function details(text: string): Array<{ span: string; severity: Severity; group?: string; fix?: string }> {
  return analyze(text, { explain: true })
    .findings.filter((f) => f.ruleId === RULE)
    // A story's details read as one finding: each part is a detail.
    .flatMap((f) => (f.parts ?? [f]).map((p) => ({ span: text.slice(p.start, p.end), severity: f.severity, ...(f.group ? { group: f.group } : {}), ...(p.fix ? { fix: p.fix.replacement } : {}) })));
}

function warned(text: string): string[] {
  return details(text)
    .filter((d) => d.severity !== "info")
    .map((d) => d.span);
}

const flags: Array<[string, string, string[]]> = [
  ["age, town and night of an ER visit", "Un homme de 77 ans de Causapscal nous a été amené cette nuit en ambulance.", ["de 77 ans", "de Causapscal", "cette nuit"]],
  ["an occupation and a small town", "J'ai opéré hier une brigadière de Lac-Etchemin, fauchée devant l'école.", ["brigadière", "de Lac-Etchemin", "hier"]],
  ["a rare disease and a region", "Ma patiente atteinte de fibrose kystique, en Abitibi, a reçu sa greffe.", ["fibrose kystique", "en Abitibi"]],
  ["a unique event with a date", "Les triplés nés à 27 semaines en janvier sont sortis de notre unité aujourd'hui.", ["triplés nés à 27 semaines", "en janvier"]],
  ["an English age, sex and town", "Last night we admitted a 16-year-old boy from Chelsea after a dirt bike crash.", ["16-year-old", "from Chelsea", "Last night"]],
  ["a named arena and a public event", "The 12-year-old goalie who fainted during the peewee tournament at the Pierrefonds Arena is doing well in our PICU.", ["12-year-old", "Pierrefonds Arena"]],
  ["a patient in her nineties and an occupation", "One of my patients, a retired schoolteacher in her nineties, was admitted on Sunday.", ["schoolteacher", "in her nineties", "on Sunday"]],
  ["a prize winner in the waiting room, with a hint", "La gagnante du festival western de Saint-Tite était dans ma salle d'attente ce matin. Non, je dirai pas pourquoi.", ["gagnante du festival", "de Saint-Tite"]],
  ["a story told across paragraphs", "Ma garde d'hier.\n\nUne patiente de 88 ans est arrivée en ambulance.\n\nElle habite seule à Saint-Pacôme depuis la mort de son mari.", ["de 88 ans", "à Saint-Pacôme"]],
  ["a stay and an age in English", "He was 84 and spent eleven days on a stretcher in our hallway last month.", ["84"]],
  ["an identifying photo detail", "Ma première ponction lombaire! Sur la photo, on voit son bracelet d'hôpital, oups.", ["on voit son bracelet"]],
  ["a name left readable on an image", "Voici l'échographie de ma patiente : son nom et sa date de naissance restent lisibles dans le coin.", ["nom et sa date de naissance restent lisibles"]],
  ["a relative filmed during a delivery", "Filmed the husband passing out during her C-section this morning, classic.", ["Filmed the husband", "this morning"]],
  ["a visit by a local figure", "Belle surprise : j'ai eu en consultation hier le maire de notre village.", ["hier", "maire"]],
  ["a night arrival with an occupation and a town", "Le camionneur de Rimouski débarqué à 4 h du matin avec sa pancréatite nous a fait une belle frousse.", ["camionneur", "de Rimouski", "à 4 h"]],
  ["a room number with an age", "Joyeux anniversaire à la dame de la chambre 12, 97 ans aujourd'hui!", ["97 ans"]],
  ["a foreign body in an intimate place", "The man on stretcher 3 with a bottle stuck up his rectum swore he slipped, last night.", ["stuck up his rectum", "last night"]],
];

const leaves: Array<[string, string]> = [
  ["patients in general", "Beaucoup de mes patients de 70 ans et plus me demandent s'ils doivent recevoir le vaccin RSV."],
  ["aggregate research", "Our trial enrolled 640 patients in Sherbrooke and Trois-Rivières over two years."],
  ["the author's own illness", "J'ai reçu un diagnostic de cancer du côlon à 44 ans; je reviens au GMF en mai."],
  ["the author's own child", "My daughter broke her wrist at the Laval skatepark last night, now I know the ER from the other side."],
  ["a public figure's disclosed illness", "L'animatrice Julie Bergeron, de Rimouski, a parlé publiquement de sa sclérose en plaques cette semaine."],
  ["a locum announcement in a small town", "Je serai en dépannage à Chibougamau tout le mois de juillet. Au plaisir!"],
  ["a clinic's holiday hours", "La clinique de Matane sera fermée le 24 décembre; en cas d'urgence, faites le 911."],
  ["a vaccination slogan with an age group", "Flu shots are free for everyone 65 and older this fall: book on Clic Santé."],
  ["a reader's question answered in general", "To the reader who asked about shingles last night: the vaccine is for adults 50 and over."],
  ["a hotel room on a holiday", "Notre chambre 318 à l'hôtel de Tadoussac donnait sur le fjord, quelles vacances cet été!"],
  ["a teaching talk about consultations", "Ce soir, conférence sur la consultation en médecine familiale à Rimouski, 19 h."],
  ["the author's own video of family", "Filmed my dad dancing at his retirement party last night, best night ever."],
  ["bed-rest advice with a duration", "Après une entorse, restez au lit 2 jours puis bougez doucement dès ce soir."],
  ["a public talk about foreign bodies", "Every ER doctor has stories about objects stuck in a rectum; I will talk about them at the congress in May."],
  ["a general note on records shown online", "Avant de publier une image médicale, vérifiez que le nom n'est plus lisible."],
  ["a single vague detail as a warning", "Un patient m'a dit ce matin que je lui rappelais son petit-fils. Ça m'a fait sourire."],
  ["grief for the author's own grandmother in a care home", "Ma grand-mère est partie hier soir au CHSLD de Matane, à 94 ans. Un gros merci au personnel du 2e étage. Grand-maman, tu m'as montré à tricoter et à rire de tout. Dors bien."],
];

describe("patient-details", () => {
  for (const [what, text, spans] of flags) {
    it(`flags ${what}`, () => {
      const got = warned(text);
      for (const span of spans) expect(got.some((g) => g.includes(span) || span.includes(g)), `${span} in ${JSON.stringify(got)}`).toBe(true);
    });
  }
  for (const [what, text] of leaves) {
    it(`does not flag ${what}`, () => {
      expect(warned(text)).toEqual([]);
    });
  }
  it("underlines no ordinary word when nothing else in the story identifies anyone", () => {
    expect(details("Une patiente est passée à la clinique ce matin pour une pneumonie.")).toEqual([]);
    expect(details("Saw a man with a cancer scare in clinic this morning; he is fine.")).toEqual([]);
  });
  it("still shows a lone detail that narrows down who it is", () => {
    // Alone, or as a part of the situation model's card for the same story.
    const text = "Une patiente de 97 ans est passée à la clinique.";
    const spans = analyze(text).findings.filter((f) => f.category === "patient-privacy").flatMap((f) => (f.parts ?? [f]).map((p) => text.slice(p.start, p.end)));
    expect(spans).toContain("de 97 ans");
  });
  it("reads a story's opening paragraph once the next one tells of the patient", () => {
    const got = warned("Ma garde de samedi au CHSLD des Tilleuls à Val-Brillant.\n\nMme Côté, 94 ans, s'est éteinte paisiblement.");
    expect(got.some((g) => g.includes("CHSLD des Tilleuls"))).toBe(true);
  });
  it("leaves a case that says it is invented", () => {
    expect(warned("Cas fictif pour l'enseignement : Mme Y, 58 ans, consulte à l'urgence de Gaspé pour une douleur thoracique.")).toEqual([]);
  });
  it("gives every detail of one story the same group", () => {
    const got = details("Une fillette de 5 ans de Percé a été héliportée hier soir.");
    expect(new Set(got.map((d) => d.group)).size).toBe(1);
  });
  it("offers generalisations in the draft's language", () => {
    const fr = details("Une dame de 91 ans de Sutton a été admise hier soir aux soins intensifs.");
    expect(fr.find((d) => d.span === "de 91 ans")?.fix).toBe("dans la quatre-vingt-dizaine");
    expect(fr.find((d) => d.span === "hier soir")?.fix).toBe("récemment");
    const en = details("Last night an 86-year-old woman from Magog was brought to our ER.");
    expect(en.find((d) => d.span === "86-year-old")?.fix).toBe("eighty-something");
    expect(en.find((d) => d.span === "from Magog")?.fix).toBe("from the Estrie region");
  });
  it("generalises a listed town to its region, and leaves an unlisted town without a fix", () => {
    const listed = details("Un pêcheur de 58 ans de Rimouski a été admis hier soir aux soins intensifs.");
    expect(listed.find((d) => d.span === "de Rimouski")?.fix).toBe("du Bas-Saint-Laurent");
    const inTown = details("Hier soir à l'urgence, une dame de 79 ans tombée à Joliette a été opérée.");
    expect(inTown.find((d) => d.span === "à Joliette")?.fix).toBe("dans Lanaudière");
    const unlisted = details("A 58-year-old fisherman from Bathurst was admitted to our ICU last night.");
    const bathurst = unlisted.find((d) => d.span === "from Bathurst");
    expect(bathurst).toBeDefined();
    expect(bathurst?.fix).toBeUndefined();
  });
  it("gives an adult's decade in place of the exact age", () => {
    const fr = details("Une patiente de 43 ans a été vue à l'urgence hier soir pour une fracture.");
    expect(fr.find((d) => d.span === "de 43 ans")?.fix).toBe("dans la quarantaine");
    const en = details("Last night a 34-year-old woman came to our ER with a fracture.");
    expect(en.find((d) => d.span === "34-year-old")?.fix).toBe("thirty-something");
  });
  it("turns an exact clock time of care into its part of the day", () => {
    const fr = details("Une dame de 88 ans est arrivée à l'urgence à 3 h 40 après une chute.");
    expect(fr.find((d) => d.span === "à 3 h 40")?.fix).toBe("pendant la nuit");
    const en = details("An 88-year-old woman reached our ER at 2:15 a.m. after a fall.");
    expect(en.find((d) => d.span === "at 2:15 a.m.")?.fix).toBe("overnight");
    const morning = details("Un homme de 61 ans a été admis aux soins intensifs vers 7 h du matin.");
    expect(morning.find((d) => d.span === "vers 7 h du matin")?.fix).toBe("le matin");
  });
});
