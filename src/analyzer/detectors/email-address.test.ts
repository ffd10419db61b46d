import { describe, expect, it } from "vitest";
import { institutionalAddress } from "./email-address.js";
import { ruleTable } from "../../../tests/support/rule-table.js";

describe("institutionalAddress", () => {
  it("knows a role address", () => expect(institutionalAddress("reception@cliniquedespins.ca")).toMatch(/role/));
  it("knows a government domain", () => expect(institutionalAddress("jean.roy@ssss.gouv.qc.ca")).toMatch(/domain/));
  it("leaves a webmail address alone", () => expect(institutionalAddress("ginette.b1952@hotmail.com")).toBeNull());
});

ruleTable(
  "privacy/email-address",
  [
    { name: "flags a patient's address", text: "Ma patiente m'envoie ses glycémies de lise.m.1948@videotron.ca chaque soir.", span: "lise.m.1948@videotron.ca" },
    { name: "flags an address after 'his email'", text: "The man we discharged wrote his email, bob.k@gmail.com, on the bed sheet.", span: "bob.k@gmail.com" },
    { name: "flags an address without context as a warning", text: "Trouvé sur la table : jmtremblay62@outlook.com.", span: "jmtremblay62@outlook.com", severity: "warning" },
  ],
  [
    { name: "does not flag a clinic's role address", text: "Pour un rendez-vous : rendezvous@gmfdulac.ca." },
    { name: "does not flag an institutional domain", text: "Écrivez au commissaire : plaintes.cisss@ssss.gouv.qc.ca." },
    { name: "does not flag a registration address for a talk", text: "Inscription à la conférence : marie.roy@fmoq.org." },
    { name: "does not flag an address the clinic gives for questions", text: "Notre équipe répond à equipe.pins@gmail.com du lundi au vendredi." },
  ],
);
