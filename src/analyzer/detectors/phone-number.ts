// North American phone numbers (NANP), digits or vanity letters. A patient's number identifies
// them (Code de déontologie, art. 20); a helpline, a toll-free line, 811/911/988 or the clinic's own
// number in an announcement does not, so those are dropped.
import { z } from "zod";
import { cues, findCue, INSTITUTIONAL, NOT_PERSONAL_NUMBER, PATIENT, tokenSpan, windowsAt } from "./lib/context.js";
import { NUMBER_TRIGGERS } from "./lib/triggers.js";
import { defineDetector, NO_PARAMS, type Hit, type ParagraphContext } from "./types.js";

/** Toll-free and premium area codes: services, never a patient's own line. */
const SERVICE_AREA_CODES = new Set(["800", "833", "844", "855", "866", "877", "888", "900", "976"]);

const SERVICE_WORDS = cues(
  "composez", "compose", "composer", "appelez", "appeler", "appelle", "call", "calling", "text", "textez", "texto", "ligne", "line",
  "helpline", "hotline", "crisis", "crise", "aide", "help", "ecoute", "info-sante", "info sante", "info", "information", "informations",
  "renseignements", "sans frais", "toll-free", "toll free", "gratuit", "gratuite", "free", "24 / 7", "sos", "prevention", "suicide",
  "antipoison", "poison", "urgence", "emergency", "tel", "telephone", "phone", "fax", "telecopieur",
);
/** The author's or the clinic's own line: "appelez-nous au", "call us at", "mon cell". */
const OWN_LINE = cues("nous", "us", "our", "notre", "nos", "me", "moi", "my", "mon", "ma", "m'");
const PHONE_WORDS = cues("tel", "telephone", "phone", "cell", "cellulaire", "cellphone", "mobile", "numero", "number", "no", "joindre", "rejoindre", "reach", "texto", "text", "sms");

const KEYPAD: Record<string, string> = { a: "2", b: "2", c: "2", d: "3", e: "3", f: "3", g: "4", h: "4", i: "4", j: "5", k: "5", l: "5", m: "6", n: "6", o: "6", p: "7", q: "7", r: "7", s: "7", t: "8", u: "8", v: "8", w: "9", x: "9", y: "9", z: "9" };

export function keypadDigits(text: string): string {
  return text.toLowerCase().replace(/[a-z]/g, (c) => KEYPAD[c] ?? c).replace(/\D/g, "");
}

/** Why a 10-digit NANP number cannot be a patient's line, or null. */
export function notAPersonalLine(area: string, exchange: string): string | null {
  if (SERVICE_AREA_CODES.has(area)) return `toll-free or premium area code ${area}`;
  if (!/^[2-9]\d\d$/.test(area) || /^[2-9]11$/.test(area)) return `no such area code ${area}`;
  if (!/^[2-9]\d\d$/.test(exchange) || /^[2-9]11$/.test(exchange)) return `no such exchange ${exchange}`;
  return null;
}

export default defineDetector({
  id: "phone-number",
  description: "North American phone numbers that are not helplines, toll-free, service or clinic lines.",
  params: NO_PARAMS,
  create() {
    const tenDigits = /(?<![\p{L}\p{N}+]|\d[ .-])(?:\+?1[ .-]?)?(?:\((\d{3})\)[ .-]?|(\d{3})[ .-]?)(\d{3})[ .-]?(\d{4})(?![\p{L}\p{N}]|[-.]\d)/gu;
    const vanity = /(?<![\p{L}\p{N}+])(?:\+?1[ .-]?)?\(?(\d{3})\)?[ .-]([A-Z0-9]{3}[ .-]?[A-Z0-9]{4}|[A-Z]{4,8})(?![\p{L}\p{N}])/gu;
    const local = /(?<![\p{L}\p{N}+-]|\d[ .-])(\d{3})-(\d{4})(?![\p{L}\p{N}]|[-.]\d)/gu;

    function judge(ctx: ParagraphContext, start: number, end: number, trace: string[], needsPhoneWord: boolean): Hit | null {
      const [a, b] = tokenSpan(ctx, start, end);
      const w = windowsAt(ctx, a, b);
      const notPersonal = findCue(ctx, ...w.before(4), NOT_PERSONAL_NUMBER);
      if (notPersonal) return null;
      if (needsPhoneWord && !findCue(ctx, ...w.before(6), PHONE_WORDS)) return null;
      const own = findCue(ctx, ...w.before(3), OWN_LINE);
      if (own && !findCue(ctx, ...w.before(4), PATIENT)) return null; // the author's or the clinic's line
      const personal = findCue(ctx, ...w.withPrevious, PATIENT);
      const service = findCue(ctx, ...w.before(6), SERVICE_WORDS) ?? findCue(ctx, ...w.withPrevious, INSTITUTIONAL);
      if (service && !personal) return null;
      if (personal) trace.push(`context: ${personal}`);
      if (service) trace.push(`service word outweighed: ${service}`);
      trace.push(personal ? "score: high" : "score: medium");
      return { start, end, trace };
    }

    return {
      // A phone number starts with a group of digits.
      triggers: NUMBER_TRIGGERS,
      detect(ctx) {
        const hits: Hit[] = [];
        const taken: Array<[number, number]> = [];
        for (const m of ctx.text.matchAll(tenDigits)) {
          const area = (m[1] ?? m[2]) as string;
          const exchange = m[3] as string;
          const start = m.index;
          const end = start + m[0].length;
          taken.push([start, end]);
          if (notAPersonalLine(area, exchange)) continue;
          const bare = /^\+?\d{10,11}$/.test(m[0]);
          const hit = judge(ctx, start, end, [`pattern: NANP number «${m[0]}»`, `validator: area ${area}, exchange ${exchange} assignable`], bare);
          if (hit) hits.push(hit);
        }
        for (const m of ctx.text.matchAll(vanity)) {
          const start = m.index;
          const end = start + m[0].length;
          if (taken.some(([s, e]) => start < e && s < end)) continue;
          if ((m[2]?.match(/[A-Z]/g) ?? []).length < 3) continue;
          // "1 866 APPELLE", "514-JOE-BLOW"; not two capitalised words after a number ("514 AND MORE").
          if (!/^\+?1[ .-]/.test(m[0]) && !/^\(?\d{3}\)?-/.test(m[0])) continue;
          const digits = keypadDigits(m[2] as string);
          if (digits.length !== 7) continue;
          taken.push([start, end]);
          if (notAPersonalLine(m[1] as string, digits.slice(0, 3))) continue;
          const hit = judge(ctx, start, end, [`pattern: vanity number «${m[0]}» = ${m[1]}-${digits}`], false);
          if (hit) hits.push(hit);
        }
        for (const m of ctx.text.matchAll(local)) {
          const start = m.index;
          const end = start + m[0].length;
          if (taken.some(([s, e]) => start < e && s < end)) continue;
          if (!/^[2-9]\d\d$/.test(m[1] as string) || /^[2-9]11$/.test(m[1] as string)) continue;
          const hit = judge(ctx, start, end, [`pattern: 7-digit local number «${m[0]}»`], true);
          if (hit) hits.push(hit);
        }
        return hits;
      },
    };
  },
});
