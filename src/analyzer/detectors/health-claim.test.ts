// Table test for the health-claim detector: a tiny rule set with one claim and the cue families,
// run through the engine so that `finalize` (draft-level stance) is exercised too.
import { describe, expect, it } from "vitest";
import { Engine } from "../engine.js";
import type { Recommendation, RuleSet } from "../rules/schema.js";

const recs: Recommendation[] = [
  { id: "state-consensus", title: { fr: "T", en: "T" }, text: { fr: "x", en: "x" }, reportSection: "s", articles: ["art. 89"], checklist: false },
];

const families = {
  vaccine: { note: "n", any: ["vaccin*", "shots?", "vaccine*"] },
  cause: { note: "n", any: ["cause*", "caus*", "rend", "rendent", "trigger*"] },
  autism: { note: "n", any: ["autisme", "autism", "autiste", "autistes"] },
  "claim-negation": { note: "n", any: ["ne", "n'", "pas", "aucun", "pantoute", "not", "no", "don't", "doesn't", "never"] },
  "claim-pseudo-negation": { note: "n", any: ["pas un hasard", "no doubt", "ne suis pas (anti|contre)", "i'm not anti"] },
  "claim-terminator": { note: "n", any: ["mais", "but", ",", ";", ":"] },
  "claim-debunk": { note: "n", any: ["mythe", "myth", "c'est faux", "(is|has been) debunked"] },
  "claim-refutation": { note: "n", any: ["aucun lien", "no link", "(studies|trials) found no", "la réponse (courte)? (est|:) non", "(the|my) (short|honest)? answer is no"] },
  "claim-answer": { note: "n", any: ["non", "no", "faux", "false", "pantoute"] },
  "claim-reported": { note: "n", any: ["certains (disent|prétendent)", "some (people)? (say|claim)", "you may have heard"] },
  "claim-endorsement": { note: "n", any: ["(ils|elles) ont (peut-être)? raison", "they're right", "i agree"] },
  "claim-question": { note: "n", any: ["est-ce que", "et si", "what if"] },
  "claim-anaphor": { note: "n", any: ["ils", "elles", "they", "it", "the (chemicals|ingredients) in (it|them)"] },
  "claim-myth-heading": { note: "n", any: ["mythes", "myths"] },
  "claim-research": { note: "n", any: ["essai", "trial"] },
  "chronic-lyme": { note: "n", any: ["chronic lyme", "lyme chronique"] },
  "claim-assertive-question": { note: "n", any: ["(vous|tu) saviez que", "did you know (that)?"] },
  "claim-irony": { note: "n", any: ["ah oui", "oh sure"] },
};

const set = {
  id: "consensus",
  category: "medical-consensus",
  description: { fr: "d", en: "d" },
  families,
  signals: [
    { id: "reservation", note: "n", patterns: ["contrairement au consensus", "experimental"], examples: { present: ["experimental"], absent: ["x"] } },
  ],
  rules: [
    {
      id: "consensus/vaccines-autism",
      detector: "health-claim",
      severity: "warning",
      recommendation: "state-consensus",
      message: { fr: "m", en: "m" },
      note: "n",
      params: {
        claims: [
          { subject: "@vaccine", relation: "@cause", object: "@autism" },
          { subject: "(if|si) ~3 @vaccine", relation: "(you|vous) (will|allez)", object: "@autism", conditional: true },
        ],
        unless: [{ patterns: ["(trial*|essai*)"], within: "sentence" }],
        adjust: [{ when: { signal: "consensus/reservation", within: "document" }, severity: "info" }],
      },
      examples: { invalid: [{ text: "x" }], valid: ["y"] },
    },
    {
      id: "consensus/generic",
      detector: "health-claim",
      severity: "warning",
      recommendation: "state-consensus",
      message: { fr: "m", en: "m" },
      note: "n",
      params: {
        claims: [
          { subject: "@vaccine", relation: "@cause", object: "@autism" },
          { subject: "@autism", relation: "(after|après)", object: "@vaccine" },
        ],
        settles: "claim",
      },
      examples: { invalid: [{ text: "x" }], valid: ["y"] },
    },
    {
      id: "consensus/lyme",
      detector: "health-claim",
      severity: "warning",
      recommendation: "state-consensus",
      message: { fr: "m", en: "m" },
      note: "n",
      params: { claims: [{ subject: "@chronic-lyme" }] },
      examples: { invalid: [{ text: "x" }], valid: ["y"] },
    },
  ],
} as unknown as RuleSet;

const engine = new Engine([set], recs);
const found = (text: string) => engine.analyze(text).findings.filter((f) => f.ruleId === "consensus/vaccines-autism");
const severities = (text: string) => found(text).map((f) => f.severity);

describe("health-claim", () => {
  const flags: Array<[string, string]> = [
    ["flags a plain assertion in French", "Les vaccins causent l'autisme."],
    ["flags a plain assertion in English", "Vaccines cause autism."],
    ["flags a claim whose subject is a pronoun for the previous sentence", "Je me méfie des vaccins. Ils rendent des enfants autistes."],
    ["flags reported speech that the author endorses", "Certains disent que les vaccins causent l'autisme. Ils ont peut-être raison."],
    ["flags reported speech endorsed in its own sentence", "Some people say vaccines cause autism, and I agree."],
    ["flags a claim after a negation about the author, cut by 'mais'", "Je n'ai rien contre la vaccination, mais les vaccins causent l'autisme."],
    ["flags a claim followed by an unrelated 'no'", "Vaccines cause autism. No doubt about it."],
    ["flags a claim whose eye-roll mocks someone else, not the claim", "Vaccines cause autism. Everyone else is asleep 🙄"],
    ["flags a draft that only relays a quoted claim", "« Les vaccins causent l'autisme. »"],
    ["flags a claim whose scare-quoted subject closes before the verb", "Les « vaccins » causent l'autisme."],
    ["flags a claim when the rule's exception is only in another sentence", "Les vaccins causent l'autisme. Je participe à un essai sur le sommeil."],
    ["flags a question that tells the reader, even when a 'non' follows", "Vous saviez que les vaccins causent l'autisme? Non, évidemment, personne n'en parle."],
    ["flags a claim that carries its own condition", "If kids get vaccines you will see autism."],
    ["flags a claim whose subject is a longer phrase standing for the previous sentence's", "I stopped the vaccines. The chemicals in them cause autism."],
    ["flags a claim refuted only by a long sentence two sentences later", "Vaccines cause autism. Everyone knows it. A report paid by the industry found no link between the two, of course."],
    ["flags a claim after a possessive apostrophe", "My kids' vaccines cause autism, I am sure of it."],
  ];
  for (const [name, text] of flags) it(name, () => expect(severities(text)).toContain("warning"));

  // A question asserts nothing: it stays a tip (info), never a warning.
  const tips: Array<[string, string]> = [
    ["keeps a rhetorical question with a negation inside as a tip", "Est-ce que les vaccins ne causent pas l'autisme?"],
    ["keeps a 'what if' insinuation as a tip", "What if these shots trigger autism in some kids?"],
  ];
  for (const [name, text] of tips) it(name, () => expect(severities(text)).toEqual(["info"]));

  const clean: Array<[string, string]> = [
    ["does not flag a negated relation in French", "Les vaccins ne causent pas l'autisme."],
    ["does not flag a claim granted in mockery, an eye-roll after it", "Ah oui, les vaccins causent l'autisme. Et la Terre est plate. 🙄"],
    ["does not flag a Quebec informal negation", "Les vaccins causent pas pantoute l'autisme."],
    ["does not flag a negated relation in English", "Vaccines don't cause autism."],
    ["does not take a phrase far from the relation for its subject", "I trust vaccines. The chemicals in them, say critics, who never checked, cause autism."],
    ["does not flag a myth quoted in order to refute it", "Mythe : les vaccins causent l'autisme."],
    ["does not flag reported speech followed by a refutation", "Some people say vaccines cause autism. Studies found no link."],
    ["does not flag reported speech left uncommented", "You may have heard that vaccines cause autism."],
    ["does not count an endorsement that comes before the reported claim", "I agree on many things, but some people say vaccines cause autism."],
    ["does not flag a question answered no in the next sentence", "Les vaccins causent-ils l'autisme? Non."],
    ["does not flag a question answered a few paragraphs later", "Can vaccines cause autism?\n\nParents ask me every week.\n\nMy honest answer is no."],
    ["does not flag every mention in a post that refutes the claim once", "Non, les vaccins ne causent pas l'autisme.\n\nUn parent m'a demandé : « Le vaccin peut-il causer l'autisme? »"],
    ["does not flag claims listed under a myth-busting heading", "Myths about vaccines\n\nVaccines cause autism.\n\nShots overload babies."],
    ["does not flag a claim whose sentence meets the rule's exception", "A trial is testing whether shots trigger autism in mice."],
    ["does not flag a claim inside quotation marks answered later", "« Les vaccins causent l'autisme. » Je l'entends chaque semaine."],
    ["does not flag a claim in the reporting conditional", "J'ai reçu des courriels sur les vaccins, qui causeraient l'autisme."],
    ["does not flag a counterfactual", "If shots triggered autism, the millions of vaccinated kids would show it."],
    ["does not flag a question that tells the reader a negated claim", "Did you know that vaccines don't cause autism?"],
    ["does not flag a claim in single quotation marks", "I keep seeing 'vaccines cause autism' in my feed. Please ask your nurse."],
    ["does not flag a claim answered by a short verdict two sentences later", "Vaccines cause autism. Right. No link, period."],
  ];
  for (const [name, text] of clean) it(name, () => expect(severities(text).filter((s) => s !== "info")).toEqual([]));

  it("reads the cues of paragraphs cached before the claim rule was first needed", () => {
    // The first drafts hold no claim: the rule is not compiled yet when their paragraphs are cached.
    const fresh = new Engine([set], recs);
    const claims = (text: string) => fresh.analyze(text).findings.filter((f) => f.ruleId === "consensus/vaccines-autism");
    expect(claims("Parents ask me every week.\n\nMy honest answer is no.")).toEqual([]);
    expect(claims("Myths about vaccines\n\nA nice day.")).toEqual([]);
    expect(claims("Can vaccines cause autism?\n\nParents ask me every week.\n\nMy honest answer is no.")).toEqual([]);
    expect(claims("Myths about vaccines\n\nVaccines cause autism.")).toEqual([]);
    expect(claims("Can vaccines cause autism?\n\nParents ask me every week.").map((f) => f.severity)).toEqual(["info"]);
  });

  it("lowers a claim to info when the draft states its departure from consensus", () => {
    expect(severities("Contrairement au consensus, je crois que les vaccins causent l'autisme.")).toEqual(["info"]);
  });
  it("does not lower a claim when no reservation is stated", () => {
    expect(severities("Je crois que les vaccins causent l'autisme.")).toEqual(["warning"]);
  });
  it("covers subject, relation and object in the finding", () => {
    const text = "Hélas, les vaccins causent l'autisme.";
    expect(found(text).map((f) => text.slice(f.start, f.end))).toEqual(["vaccins causent l'autisme"]);
  });
  it("lets a refutation settle only its own claim in a rule that settles claims", () => {
    const generic = (text: string) => engine.analyze(text).findings.filter((f) => f.ruleId === "consensus/generic");
    expect(generic("Vaccines don't cause autism. Autism after vaccines is everywhere.").map((f) => f.severity)).toEqual(["warning"]);
    expect(found("Vaccines don't cause autism. Vaccines cause autism in my view.")).toEqual([]);
  });
  it("holds a pseudo-diagnosis in scare quotes at a distance", () => {
    const lyme = (text: string) => engine.analyze(text).findings.filter((f) => f.ruleId === "consensus/lyme");
    expect(lyme("Another case of self-diagnosed 'chronic Lyme' today. Back to work.")).toEqual([]);
    expect(lyme("My patient has chronic Lyme. Back to work.").map((f) => f.severity)).toEqual(["warning"]);
  });
  it("does not report a span for a refuted mention", () => {
    expect(found("Vaccines have never caused autism.")).toEqual([]);
  });
});
