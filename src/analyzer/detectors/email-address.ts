// E-mail addresses. A patient's address identifies them (Code de déontologie, art. 20); a clinic's,
// an organisation's or the author's own address given for contact does not.
import { z } from "zod";
import { cues, findCue, INSTITUTIONAL, PATIENT, windowsAt } from "./lib/context.js";
import { staffDetail } from "./lib/staff.js";
import { defineDetector, NO_PARAMS, type Hit } from "./types.js";
import { identifierAlternatives, identifierWords } from "../privacy/identifier-words.js";

/** Local parts used by clinics and organisations, not by a person. */
const ROLE_LOCAL_PART = new RegExp(`^(?:${identifierAlternatives("email-address", "role-local-parts").join("|")})(?:[._-].{0,40})?$`);
/** Domains of governments, regulators and health institutions (checked label by label: no
 *  unanchored regular expression runs over a long hostile domain). */
const INSTITUTIONAL_SUFFIXES = identifierWords("email-address", "institutional-suffixes");
const INSTITUTION_LABEL = new RegExp(`^(?:${identifierAlternatives("email-address", "institution-labels").join("|")})[a-z0-9-]{0,30}$`);
/** Hospital groups issue addresses to their staff (AP-HP, CHRU, GHU, HCL …): such an address is a
 *  colleague's unless the sentence names a patient. */
const HOSPITAL_LABEL = new RegExp(`^(?:${identifierAlternatives("email-address", "hospital-labels").join("|")})[a-z0-9-]{0,30}$`);

export function hospitalDomain(address: string): boolean {
  const labels = (address.toLowerCase().split("@")[1] ?? "").split(".");
  return labels.length <= 20 && labels.slice(0, -1).some((l) => HOSPITAL_LABEL.test(l));
}

function institutionalDomain(domain: string): boolean {
  const labels = domain.split(".");
  if (labels.length > 20) return false;
  for (let i = 0; i < labels.length; i++) if (INSTITUTIONAL_SUFFIXES.includes(labels.slice(i).join("."))) return true;
  const n = labels.length;
  const tld = labels[n - 1] ?? "";
  // gov.xx, ordre-….xx
  if (n >= 2 && /^[a-z]{2,3}$/.test(tld) && (labels[n - 2] === "gov" || /^ordre[a-z-]{0,30}$/.test(labels[n - 2] ?? ""))) return true;
  return labels.slice(0, -1).some((l) => INSTITUTION_LABEL.test(l));
}

const CONTACT_INSTRUCTION = cues(...identifierWords("email-address", "contact-instruction"));
/** A doctor's own address: "dr.tremblay@", "prof-roy@". */
const DOCTOR_LOCAL_PART = new RegExp(`^(?:${identifierAlternatives("email-address", "doctor-prefixes").join("|")})[._-]`);
const THIRD_PERSON = cues(...identifierWords("email-address", "third-person"));

export function institutionalAddress(address: string): string | null {
  const [local = "", domain = ""] = address.toLowerCase().split("@");
  if (ROLE_LOCAL_PART.test(local)) return `role address «${local}@»`;
  if (DOCTOR_LOCAL_PART.test(local)) return `a doctor's address «${local}@»`;
  if (institutionalDomain(domain)) return `institutional domain «${domain}»`;
  return null;
}

export default defineDetector({
  id: "email-address",
  description: "E-mail addresses of a person, not of a clinic, an organisation or the author.",
  params: NO_PARAMS,
  create() {
    return {
      detect(ctx) {
        const hits: Hit[] = [];
        ctx.tokens.forEach((t, i) => {
          if (t.kind !== "email") return;
          const institutional = institutionalAddress(t.raw);
          if (institutional) return;
          const w = windowsAt(ctx, i, i + 1);
          if (staffDetail(ctx, w.sentenceRange, i, i + 1)) return; // a colleague's address in a staff list
          const patient = findCue(ctx, ...w.withPrevious, PATIENT) ?? findCue(ctx, ...w.before(6), THIRD_PERSON);
          const contact = findCue(ctx, ...w.before(6), CONTACT_INSTRUCTION) ?? findCue(ctx, ...w.withPrevious, INSTITUTIONAL);
          const trace = [`pattern: e-mail «${t.raw}»`];
          if (contact && !patient) return; // given for contact by the author or a clinic
          if (!patient && hospitalDomain(t.raw)) return; // a colleague's work address
          if (patient) hits.push({ start: t.start, end: t.end, trace: [...trace, `context: ${patient}`, "score: high"] });
          else hits.push({ start: t.start, end: t.end, severity: "warning", trace: [...trace, "no context word", "score: medium"] });
        });
        return hits;
      },
    };
  },
});
