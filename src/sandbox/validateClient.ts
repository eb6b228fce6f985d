import countries from 'i18n-iso-countries';
import { isValidIBAN } from 'ibantools';
import { DELIVERY_CHANNELS } from './sandboxClient.js';
import type { SandboxViolation } from './sandboxResponse.js';

/**
 * The 400 rules of banqup-api.md §4 for a create body (and for a client merged with a PATCH), as
 * the server applies them: every key present but `documentSharing` (an absent value is null,
 * never ""), no unknown key, lengths in UTF-16 units. Returns
 * every violation at once; [] means the body is a valid client draft. Checks are deliberately the
 * contract's own, not the CLI's normalisers, so that the sandbox can catch the CLI disagreeing.
 */
export function validateClientBody(body: unknown, invalidCompanyNumbers: ReadonlySet<string>): SandboxViolation[] {
  const out: SandboxViolation[] = [];
  const add = (field: string, code: string, message: string): void => void out.push({ field, code, message });
  if (!isRecord(body)) {
    add('', 'format', 'the body must be a client object');
    return out;
  }
  onlyKeys(body, TOP_KEYS, '', add);
  requiredText(body, 'legalName', 'legalName', add, 255);
  const address = requiredObject(body, 'address', add);
  if (address) {
    onlyKeys(address, ADDRESS_KEYS, 'address.', add);
    for (const key of ['street', 'postalCode', 'city'] as const) requiredText(address, key, `address.${key}`, add);
    const country = requiredText(address, 'country', 'address.country', add);
    if (country !== undefined && !/^[A-Z]{2}$/.test(country)) add('address.country', 'format', 'country - must be ISO 3166-1 alpha-2, upper case');
    else if (country !== undefined && !countries.isValid(country)) add('address.country', 'unsupported', 'country - is not an ISO 3166-1 country');
  }
  const companyNumber = compactId(body, 'companyNumber', add);
  const vatNumber = compactId(body, 'vatNumber', add);
  if (vatNumber && !VAT_PREFIX.test(vatNumber)) add('vatNumber', 'format', 'vatNumber - must start with its EU VAT prefix (EL, XI …)');
  if (companyNumber === null && vatNumber === null) add('companyNumber', 'required', 'companyNumber - or vatNumber is required');
  if (companyNumber && invalidCompanyNumbers.has(companyNumber)) add('companyNumber', 'trn.invalid', 'trn - is invalid');
  const iban = requiredText(body, 'iban', 'iban', add);
  if (iban !== undefined && !/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(iban)) add('iban', 'format', 'iban - must be in electronic format');
  else if (iban !== undefined && !isValidIBAN(iban)) add('iban', 'checksum', 'iban - is invalid');
  const bic = nullableText(body, 'bic', add);
  if (bic && bic.length !== 8 && bic.length !== 11) add('bic', 'length', 'bic - must have 8 or 11 characters');
  else if (bic && !/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic)) add('bic', 'format', 'bic - is not a BIC');
  language(requiredText(body, 'language', 'language', add), 'language', add);
  const contact = requiredObject(body, 'contact', add);
  if (contact) {
    onlyKeys(contact, CONTACT_KEYS, 'contact.', add);
    requiredText(contact, 'name', 'contact.name', add);
    email(requiredText(contact, 'email', 'contact.email', add), 'contact.email', add);
    language(requiredText(contact, 'language', 'contact.language', add), 'contact.language', add);
  }
  assignees(body, add);
  const reference = nullableText(body, 'externalReference', add);
  if (reference !== null && reference !== undefined && reference.length > 100) add('externalReference', 'length', 'externalReference - 1 to 100 characters');
  documentSharing(body.documentSharing, add);
  return out;
}

type Add = (field: string, code: string, message: string) => void;

const TOP_KEYS = ['legalName', 'address', 'companyNumber', 'vatNumber', 'iban', 'bic', 'language', 'contact', 'assigneeEmails', 'externalReference', 'documentSharing'];
const SHARING_KEYS = ['enabled', 'deliveryChannel', 'email'];
const ADDRESS_KEYS = ['street', 'postalCode', 'city', 'country'];
const CONTACT_KEYS = ['name', 'email', 'language'];
const LANGUAGES = new Set(['fr', 'en', 'nl', 'de']);
/** EU VAT prefixes: EL for Greece (not GR), XI for Northern Ireland. */
const VAT_PREFIX = /^(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[0-9A-Z]{2,13}$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

function onlyKeys(record: Record<string, unknown>, allowed: readonly string[], prefix: string, add: Add): void {
  for (const key of Object.keys(record)) if (!allowed.includes(key)) add(`${prefix}${key}`, 'unsupported', `${key} - is not a field of the client`);
}

/** A non-empty string (whitespace alone is empty), within `max` UTF-16 units. */
function requiredText(record: Record<string, unknown>, key: string, field: string, add: Add, max?: number): string | undefined {
  const value = record[key];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return void add(field, 'required', `${key} - is required`);
  if (typeof value !== 'string') return void add(field, 'format', `${key} - must be a string`);
  if (max !== undefined && value.length > max) return void add(field, 'length', `${key} - at most ${max} characters`);
  return value;
}

/** null (absent), or a non-empty string; the key itself must be there. Undefined when refused. */
function nullableText(record: Record<string, unknown>, key: string, add: Add, field = key): string | null | undefined {
  const value = record[key];
  if (value === undefined) return void add(field, 'required', `${key} - send null when there is none`);
  if (value === null) return null;
  if (typeof value !== 'string') return void add(field, 'format', `${key} - must be a string or null`);
  if (value === '') return void add(field, 'length', `${key} - empty: send null when there is none`);
  return value;
}

/** A register or VAT number: compact (no spaces, no dots) or null. */
function compactId(record: Record<string, unknown>, key: string, add: Add): string | null | undefined {
  const value = nullableText(record, key, add);
  if (value && /[\s.]/.test(value)) return void add(key, 'format', `${key} - must be compact (no spaces or dots)`);
  return value;
}

function requiredObject(record: Record<string, unknown>, key: string, add: Add): Record<string, unknown> | undefined {
  const value = record[key];
  if (value === undefined || value === null) return void add(key, 'required', `${key} - is required`);
  if (!isRecord(value)) return void add(key, 'format', `${key} - must be an object`);
  return value;
}

function language(value: string | undefined, field: string, add: Add): void {
  if (value === undefined) return;
  if (!/^[a-z]{2}$/.test(value)) add(field, 'format', 'language - lower-case ISO 639-1');
  else if (!LANGUAGES.has(value)) add(field, 'unsupported', 'language - one of fr, en, nl, de');
}

function email(value: string | undefined, field: string, add: Add): void {
  if (value !== undefined && (value.length > 254 || !EMAIL.test(value))) add(field, 'format', 'email - is not an e-mail address');
}

function assignees(body: Record<string, unknown>, add: Add): void {
  const value = body.assigneeEmails;
  if (value === undefined || value === null) return add('assigneeEmails', 'required', 'assigneeEmails - send [] when there are none');
  if (!Array.isArray(value)) return add('assigneeEmails', 'format', 'assigneeEmails - must be an array');
  if (value.length > 20) return add('assigneeEmails', 'length', 'assigneeEmails - at most 20 addresses');
  value.forEach((item: unknown, i) => {
    if (typeof item !== 'string' || item === '') add(`assigneeEmails[${i}]`, 'required', 'email - is required');
    else email(item, `assigneeEmails[${i}]`, add);
  });
}

/**
 * `documentSharing` (contract version 2): left out or null is "no sharing" (the one key of the
 * body that may be left out, as §4.1 says). An object holds its three keys, null where there is
 * no value, like the body's other optional fields; with `enabled: true` the channel and the
 * address are required. The values are checked even when `enabled` is false, so that a client
 * cannot store a channel or an address that would be refused the day sharing is switched on.
 */
function documentSharing(value: unknown, add: Add): void {
  if (value === undefined || value === null) return;
  if (!isRecord(value)) return add('documentSharing', 'format', 'documentSharing - must be an object or null');
  onlyKeys(value, SHARING_KEYS, 'documentSharing.', add);
  const enabled = value.enabled;
  if (enabled === undefined || enabled === null) add('documentSharing.enabled', 'required', 'enabled - is required');
  else if (typeof enabled !== 'boolean') add('documentSharing.enabled', 'format', 'enabled - must be true or false');
  const channel = nullableText(value, 'deliveryChannel', add, 'documentSharing.deliveryChannel');
  if (channel === null && enabled === true) add('documentSharing.deliveryChannel', 'required', 'deliveryChannel - is required when sharing is enabled');
  else if (typeof channel === 'string' && !(DELIVERY_CHANNELS as readonly string[]).includes(channel)) {
    add('documentSharing.deliveryChannel', 'unsupported', `deliveryChannel - one of ${DELIVERY_CHANNELS.join(', ')}`);
  }
  const address = nullableText(value, 'email', add, 'documentSharing.email');
  if (address === null && enabled === true) add('documentSharing.email', 'required', 'email - is required when sharing is enabled');
  else if (typeof address === 'string') email(address, 'documentSharing.email', add);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
