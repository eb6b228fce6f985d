import { sharingKey } from '../domain/documentSharing.js';
import type { ClientDraft, DocumentSharing } from '../domain/types.js';

/** How one field of a client is compared: what makes two values "the same". */
type Normalise = (value: unknown) => string;

const text: Normalise = (v) => (typeof v === 'string' ? v.normalize('NFC').replace(/\s+/g, ' ').trim() : '');
const upperCompact: Normalise = (v) => text(v).replace(/[\s.\-/]/g, '').toUpperCase();
const lower: Normalise = (v) => text(v).toLowerCase();
// BCEELULL and BCEELULLXXX name the same bank office (ISO 9362: XXX is the head office).
const bic: Normalise = (v) => upperCompact(v).replace(/^([A-Z0-9]{8})XXX$/, '$1');
const emailSet: Normalise = (v) =>
  Array.isArray(v) ? [...new Set(v.map(lower).filter((e) => e !== ''))].sort().join(' ') : '';

/** The compared fields, in template column order, with the API's dotted names (banqup-api.md §7). */
const FIELDS: readonly { readonly field: string; readonly get: (c: ClientDraft) => unknown; readonly norm: Normalise }[] = [
  { field: 'legalName', get: (c) => c.legalName, norm: text },
  { field: 'address.street', get: (c) => c.address?.street, norm: text },
  { field: 'address.postalCode', get: (c) => c.address?.postalCode, norm: upperCompact },
  { field: 'address.city', get: (c) => c.address?.city, norm: text },
  { field: 'address.country', get: (c) => c.address?.country, norm: upperCompact },
  { field: 'companyNumber', get: (c) => c.companyNumber, norm: upperCompact },
  { field: 'vatNumber', get: (c) => c.vatNumber, norm: upperCompact },
  { field: 'iban', get: (c) => c.iban, norm: upperCompact },
  { field: 'bic', get: (c) => c.bic, norm: bic },
  { field: 'language', get: (c) => c.language, norm: lower },
  { field: 'contact.name', get: (c) => c.contact?.name, norm: text },
  { field: 'contact.email', get: (c) => c.contact?.email, norm: lower },
  { field: 'contact.language', get: (c) => c.contact?.language, norm: lower },
  { field: 'assigneeEmails', get: (c) => c.assigneeEmails, norm: emailSet },
  { field: 'externalReference', get: (c) => c.externalReference, norm: text },
  // Off is off, however it is said: null, absent (a version 1 server), or enabled false.
  { field: 'documentSharing', get: (c) => c.documentSharing, norm: (v) => sharingKey(v as DocumentSharing | null | undefined) },
];

/**
 * The API fields whose values differ between the row and the client Banqup holds, after
 * normalising both sides the same way (spacing, case where case means nothing, null = empty,
 * assignee order). Names keep their case: "ACME" and "Acme" are a difference worth showing.
 */
export function differingFields(draft: ClientDraft, held: ClientDraft): string[] {
  return FIELDS.filter(({ get, norm }) => norm(get(draft)) !== norm(get(held))).map(({ field }) => field);
}

/** The value Banqup holds for a dotted field, as text for a message (assignees joined by "; "). */
export function heldValue(held: ClientDraft, field: string): string {
  const spec = FIELDS.find((f) => f.field === field);
  const value = spec?.get(held);
  if (field === 'documentSharing') return sharingKey(value as DocumentSharing | null | undefined).trim();
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').join('; ');
  return typeof value === 'string' ? value : '';
}
