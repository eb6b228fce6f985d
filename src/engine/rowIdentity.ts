import { createHash } from 'node:crypto';
import { draftFields } from '../domain/draftFields.js';
import type { ClientDraft } from '../domain/types.js';

/**
 * Who a row is, independent of where it sits in the sheet: its external reference, else its VAT
 * number, else its country and register number — the identifiers Banqup's 409 matches on, in the
 * same order (banqup-api.md §4.1). Rows can be sorted, inserted or deleted between runs and still
 * find their journal entries.
 */
export function rowIdentity(draft: ClientDraft): string {
  if (draft.externalReference !== null) return `ref:${draft.externalReference}`;
  if (draft.vatNumber !== null) return `vat:${draft.vatNumber}`;
  if (draft.companyNumber !== null) return `trn:${draft.address.country}:${draft.companyNumber}`;
  // The contract requires VAT or register number, so this is a safety net, not a real case.
  return `hash:${contentHash(draft)}`;
}

/** Every identity a row claims (a create is refused with 409 if any of them is taken). */
export function identityKeys(draft: ClientDraft): string[] {
  const keys: string[] = [];
  if (draft.externalReference !== null) keys.push(`ref:${draft.externalReference}`);
  if (draft.vatNumber !== null) keys.push(`vat:${draft.vatNumber}`);
  if (draft.companyNumber !== null) keys.push(`trn:${draft.address.country}:${draft.companyNumber}`);
  return keys;
}

const quotedKeys = new Map<string, string>();

/**
 * JSON with object keys sorted at every level, so that equal values always give equal text. The
 * text is a journal's `hash`: it must never change. Built by concatenation, with each key quoted
 * once: twice as fast as map/filter/join, and one per row of every import (issue 15).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += i === 0 ? canonicalJson(value[i]) : `,${canonicalJson(value[i])}`;
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined) continue;
    let quoted = quotedKeys.get(key);
    if (quoted === undefined) {
      quoted = JSON.stringify(key);
      if (quotedKeys.size < 1000) quotedKeys.set(key, quoted);
    }
    out += `${out.length === 1 ? '' : ','}${quoted}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}

/** sha256 (hex) of the draft's canonical JSON: changes exactly when what would be sent changes. */
export function contentHash(draft: ClientDraft): string {
  return createHash('sha256').update(canonicalJson(draftFields(draft))).digest('hex');
}

/**
 * The create's Idempotency-Key: the same space and the same content give the same key in every
 * run, so a re-run after a crash replays instead of creating twice (where the API honours keys).
 */
export function idempotencyKey(spaceId: string, hash: string): string {
  return `bqi-${createHash('sha256').update(`${spaceId}\n${hash}`).digest('hex')}`;
}
