import { domainToASCII } from 'node:url';
import type { Finding, MessageCatalogue, MessageParams, Normalised, ValueSpan } from './types.js';
import { firstRun, mapSpan, withSpan } from './valueSpan.js';
import { nfkc } from './unicodeForms.js';

/** RFC 5321's practical limit on a whole address. */
export const MAX_EMAIL_LENGTH = 254;
/** Most assignees one client may have. */
export const MAX_ASSIGNEES = 20;

const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g;
/**
 * zod's "practical" pattern (`z.regexes.email`, the one `z.email()` checks): no quoted local parts,
 * IP domains or trailing dots (validation-rules.md §6). Copied, not imported: importing zod for it
 * loaded 95 modules, a quarter of a second of every check's start-up, for one regular expression.
 * test/unit/email.test.ts fails if the installed zod's pattern ever differs from this copy.
 */
export const EMAIL_PATTERN = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

type Check =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly problem: string; readonly params?: MessageParams; readonly span?: ValueSpan };

const LOCAL_CHAR = /[A-Za-z0-9_'+\-.]/;
// A domain label: letters and digits of any script (an IDN is turned into punycode), and hyphens.
const DOMAIN_CHAR = /[\p{L}\p{N}\p{M}\-.]/u;

/**
 * Where an address that zod refuses goes wrong: the first character the pattern does not allow
 * (with the rest of its label: the stray ",fr" of "name@firm.lu,fr"), a doubled or edge dot, or a
 * domain without a proper ending. Undefined when the address has no usable shape at all.
 */
function formatSpan(text: string, at: number): ValueSpan | undefined {
  const local = text.slice(0, at);
  // Two @: when no dot follows the last one ("name@firm@lu"), that one was meant as a dot.
  if (local.includes('@') && !text.slice(at + 1).includes('.')) return { start: at, end: at + 1 };
  const bad = firstRun(local, (ch) => !LOCAL_CHAR.test(ch));
  if (bad) return bad;
  const dots = /^\.|\.\.|\.$/.exec(local);
  if (dots) return { start: dots.index, end: dots.index + dots[0].length };
  const domain = at + 1;
  const strange = firstRun(text, (ch) => !DOMAIN_CHAR.test(ch), domain);
  if (strange) {
    // The stray part runs to the next dot: ",fr" is one mistake, not a comma alone.
    let end = strange.end;
    while (end < text.length && text[end] !== '.') end++;
    return { start: strange.start, end };
  }
  const empty = /\.\.|^\.|\.$/.exec(text.slice(domain));
  if (empty) return { start: domain + empty.index, end: domain + empty.index + empty[0].length };
  const lastDot = text.lastIndexOf('.');
  // No dot in the domain, or an ending that is no top-level domain ("x.l", "x.123"): the ending.
  if (lastDot < domain) return { start: domain, end: text.length };
  if (!/^\p{L}{2,}$/u.test(text.slice(lastDot + 1))) return { start: lastDot + 1, end: text.length };
  return undefined;
}

/** The address a wrapped form most likely meant, for the message; the raw text if it is not valid either. */
function suggest(text: string): string {
  const checked = checkAddress(text.trim());
  return checked.ok ? checked.value : text.trim();
}

// domainToASCII runs the WHATWG URL parser (microseconds a call, two or three calls a row), and a
// sheet repeats a few domains: each is converted once, within a bound for sheets of unique domains.
const asciiDomains = new Map<string, string>();

function asciiDomain(domain: string): string {
  let ascii = asciiDomains.get(domain);
  if (ascii === undefined) {
    ascii = domainToASCII(domain);
    if (asciiDomains.size >= 10_000) asciiDomains.clear();
    asciiDomains.set(domain, ascii);
  }
  return ascii;
}

/**
 * One address, already NFKC-folded and trimmed: refuses wrapped forms with a suggestion rather than
 * fixing them silently, turns a Unicode domain into punycode, lower-cases the domain only (the local
 * part is the mailbox owner's business), then applies zod's pattern.
 */
function checkAddress(text: string): Check {
  if (/^mailto:/i.test(text)) {
    return { ok: false, problem: 'mailto', params: { suggestion: suggest(text.slice(7).split('?')[0] ?? '') } };
  }
  if ((text.match(/@/g) ?? []).length > 1 && /[;,\s]/.test(text)) {
    const separator = /[;,\s]+/.exec(text);
    return { ok: false, problem: 'several', ...(separator && { span: { start: separator.index, end: separator.index + separator[0].length } }) };
  }
  const named = /^(.*?)<([^<>]*)>$/.exec(text);
  if (named?.[2] !== undefined) return { ok: false, problem: 'has_name', params: { suggestion: suggest(named[2]) } };
  const at = text.lastIndexOf('@');
  if (at <= 0) return { ok: false, problem: 'format' };
  const domain = asciiDomain(text.slice(at + 1));
  if (domain === '') return { ok: false, problem: 'format', ...withSpan({}, formatSpan(text, at)) };
  const lower = domain.toLowerCase();
  // An address that needs no change is kept as it came: one string less a row to keep.
  const unchanged = lower.length === text.length - at - 1 && text.endsWith(lower);
  const value = unchanged ? text : `${text.slice(0, at)}@${lower}`;
  if (value.length > MAX_EMAIL_LENGTH) {
    return { ok: false, problem: 'too_long', params: { length: value.length, max: MAX_EMAIL_LENGTH } };
  }
  return EMAIL_PATTERN.test(value) ? { ok: true, value } : { ok: false, problem: 'format', ...withSpan({}, formatSpan(text, at)) };
}

function fold(input: string): string {
  // NFKC turns a full-width ＠ (Japanese or Chinese input) into @.
  return nfkc(input).replace(INVISIBLE, '');
}

/** Column M: one contact address, normalised (punycode domain, lower-case domain) and checked. */
export function normaliseEmail(input: string): Normalised<string> {
  const text = fold(input).trim();
  if (text === '') return { value: null, findings: [] };
  const checked = checkAddress(text);
  if (checked.ok) return { value: checked.value, findings: [] };
  const finding: Finding = { code: `email.${checked.problem}`, severity: 'error' };
  const span = checked.span && mapSpan(input, text, checked.span);
  return { value: null, findings: [withSpan(checked.params ? { ...finding, params: checked.params } : finding, span)] };
}

/** Splits on ; , whitespace and line breaks, but keeps "Name <address>" together so it can be reported. */
function splitAssignees(text: string): string[] {
  return text
    .split(/[;,\r\n]+/)
    .flatMap((chunk) => (/<[^<>]*>/.test(chunk) ? [chunk.trim()] : chunk.split(/\s+/)))
    .filter((token) => token !== '');
}

/**
 * Column N: the firm's staff who follow the client. Each address is checked like column M; errors
 * say which one ("address 2 of 3"); repeats are dropped with a warning, keeping the first spelling.
 */
export function normaliseAssignees(input: string): Normalised<string[]> {
  const folded = fold(input);
  const tokens = splitAssignees(folded);
  const total = tokens.length;
  // Where each address stands in the cell, so that the table can show the one in error.
  let cursor = 0;
  const places = tokens.map((token) => {
    const start = folded.indexOf(token, cursor);
    cursor = start < 0 ? cursor : start + token.length;
    return start;
  });
  const inCell = (index: number, inner: ValueSpan | undefined): ValueSpan | undefined => {
    const start = places[index] ?? -1;
    if (start < 0) return undefined;
    const token = tokens[index] ?? '';
    const local = inner ?? { start: 0, end: token.length };
    return mapSpan(input, folded, { start: start + local.start, end: start + local.end });
  };
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const value: string[] = [];
  // One finding per address let one long cell make thousands of issues, each carrying the whole
  // cell (minutes of table, megabytes of JSON per row): past MAX_ASSIGNEES, too_many says enough.
  const note = (finding: Finding) => void (findings.length < MAX_ASSIGNEES && findings.push(finding));
  tokens.forEach((address, index) => {
    const position = index + 1;
    const checked = checkAddress(address);
    const key = (checked.ok ? checked.value : address).toLowerCase();
    if (seen.has(key)) {
      note(withSpan({ code: 'assignees.duplicate', severity: 'warning', params: { address, position, total } }, inCell(index, undefined)));
      return;
    }
    seen.add(key);
    if (checked.ok) value.push(checked.value);
    else {
      const params = { ...checked.params, address, position, total };
      note(withSpan({ code: `assignees.${checked.problem}`, severity: 'error', params }, inCell(index, checked.span)));
    }
  });
  if (seen.size > MAX_ASSIGNEES) {
    findings.push({ code: 'assignees.too_many', severity: 'error', params: { count: seen.size, max: MAX_ASSIGNEES } });
  }
  return { value, findings };
}

/** Messages for columns M (contact e-mail) and N (assignee e-mails). */
export const emailMessages: MessageCatalogue = {
  'email.format': {
    en: () => 'Not a valid e-mail address: it must look like name@example.lu. Check for typos or spaces.',
    fr: () => 'Adresse e-mail invalide : elle doit ressembler à nom@exemple.lu. Vérifiez fautes et espaces.',
    nl: () => 'Geen geldig e-mailadres: het moet lijken op naam@voorbeeld.be. Controleer op tikfouten of spaties.',
    de: () => 'Keine gültige E-Mail-Adresse: Sie muss wie name@beispiel.lu aussehen. Prüfen Sie Tippfehler und Leerzeichen.',
  },
  'email.has_name': {
    en: (p) => `Type only the address, without the name: ${p.suggestion}`,
    fr: (p) => `Saisissez seulement l’adresse, sans le nom : ${p.suggestion}`,
    nl: (p) => `Typ alleen het adres, zonder de naam: ${p.suggestion}`,
    de: (p) => `Geben Sie nur die Adresse ein, ohne den Namen: ${p.suggestion}`,
  },
  'email.mailto': {
    en: (p) => `Remove “mailto:” and type only the address: ${p.suggestion}`,
    fr: (p) => `Retirez « mailto: » et saisissez seulement l’adresse : ${p.suggestion}`,
    nl: (p) => `Verwijder “mailto:” en typ alleen het adres: ${p.suggestion}`,
    de: (p) => `Entfernen Sie „mailto:“ und geben Sie nur die Adresse ein: ${p.suggestion}`,
  },
  'email.several': {
    en: () => 'Only one contact address here: keep one and put the others in Assignee emails.',
    fr: () => 'Une seule adresse de contact : gardez-en une, mettez les autres dans E-mails des responsables.',
    nl: () => 'Slechts één contactadres hier: houd er één en zet de andere in E-mails verantwoordelijken.',
    de: () => 'Nur eine Kontaktadresse hier: Behalten Sie eine, die anderen in E-Mails der Zuständigen.',
  },
  'email.too_long': {
    en: (p) => `E-mail address too long (${p.length} characters, at most ${p.max}): check it.`,
    fr: (p) => `Adresse e-mail trop longue (${p.length} caractères, ${p.max} au plus) : vérifiez-la.`,
    nl: (p) => `E-mailadres te lang (${p.length} tekens, hoogstens ${p.max}): controleer het.`,
    de: (p) => `E-Mail-Adresse zu lang (${p.length} Zeichen, höchstens ${p.max}): Prüfen Sie sie.`,
  },
  'assignees.format': {
    en: (p) => `Address ${p.position} of ${p.total} (${p.address}) is not a valid e-mail: fix or remove it.`,
    fr: (p) => `L’adresse ${p.position} sur ${p.total} (${p.address}) n’est pas valide : corrigez-la ou retirez-la.`,
    nl: (p) => `Adres ${p.position} van ${p.total} (${p.address}) is geen geldig e-mailadres: verbeter of verwijder het.`,
    de: (p) => `Adresse ${p.position} von ${p.total} (${p.address}) ist keine gültige E-Mail: Korrigieren oder entfernen Sie sie.`,
  },
  'assignees.has_name': {
    en: (p) => `Address ${p.position} of ${p.total}: type only the address, without the name: ${p.suggestion}`,
    fr: (p) => `Adresse ${p.position} sur ${p.total} : saisissez seulement l’adresse, sans le nom : ${p.suggestion}`,
    nl: (p) => `Adres ${p.position} van ${p.total}: typ alleen het adres, zonder de naam: ${p.suggestion}`,
    de: (p) => `Adresse ${p.position} von ${p.total}: Geben Sie nur die Adresse ein, ohne Namen: ${p.suggestion}`,
  },
  'assignees.mailto': {
    en: (p) => `Address ${p.position} of ${p.total}: remove “mailto:” and keep ${p.suggestion}`,
    fr: (p) => `Adresse ${p.position} sur ${p.total} : retirez « mailto: » et gardez ${p.suggestion}`,
    nl: (p) => `Adres ${p.position} van ${p.total}: verwijder “mailto:” en houd ${p.suggestion}`,
    de: (p) => `Adresse ${p.position} von ${p.total}: Entfernen Sie „mailto:“ und behalten Sie ${p.suggestion}`,
  },
  'assignees.several': {
    en: (p) => `Address ${p.position} of ${p.total} holds several addresses: separate them with ; or line breaks.`,
    fr: (p) => `L’adresse ${p.position} sur ${p.total} en contient plusieurs : séparez-les par ; ou des retours à la ligne.`,
    nl: (p) => `Adres ${p.position} van ${p.total} bevat meerdere adressen: scheid ze met ; of regeleinden.`,
    de: (p) => `Adresse ${p.position} von ${p.total} enthält mehrere Adressen: Trennen Sie sie mit ; oder Zeilenumbrüchen.`,
  },
  'assignees.too_long': {
    en: (p) => `Address ${p.position} of ${p.total} is too long (at most ${p.max} characters): check it.`,
    fr: (p) => `L’adresse ${p.position} sur ${p.total} est trop longue (${p.max} caractères au plus) : vérifiez-la.`,
    nl: (p) => `Adres ${p.position} van ${p.total} is te lang (hoogstens ${p.max} tekens): controleer het.`,
    de: (p) => `Adresse ${p.position} von ${p.total} ist zu lang (höchstens ${p.max} Zeichen): Prüfen Sie sie.`,
  },
  'assignees.duplicate': {
    en: (p) => `${p.address} is listed twice: the repeat (address ${p.position} of ${p.total}) was dropped.`,
    fr: (p) => `${p.address} figure deux fois : le doublon (adresse ${p.position} sur ${p.total}) a été retiré.`,
    nl: (p) => `${p.address} staat er twee keer: de herhaling (adres ${p.position} van ${p.total}) werd weggelaten.`,
    de: (p) => `${p.address} steht doppelt: Die Wiederholung (Adresse ${p.position} von ${p.total}) wurde entfernt.`,
  },
  'assignees.too_many': {
    en: (p) => `${p.count} assignees: at most ${p.max} per client. Remove some.`,
    fr: (p) => `${p.count} responsables : ${p.max} au plus par client. Retirez-en.`,
    nl: (p) => `${p.count} verantwoordelijken: hoogstens ${p.max} per klant. Verwijder er enkele.`,
    de: (p) => `${p.count} Zuständige: höchstens ${p.max} pro Kunde. Entfernen Sie einige.`,
  },
};
