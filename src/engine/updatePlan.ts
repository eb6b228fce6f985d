import type { ClientPatch } from '../api/types.js';
import type { ClientDraft, FieldChange } from '../domain/types.js';
import { differingFields, heldValue } from './differingFields.js';

/** The identifier by which a row names (or found) its client; planImport's MatchedBy. */
type Key = 'externalReference' | 'vatNumber' | 'companyNumber';

/**
 * The fields `--update` would change on a client Banqup holds, in template column order, each with
 * Banqup's value and the sheet's as text (assignees joined by "; ", sharing as channel + e-mail).
 */
export function fieldChanges(draft: ClientDraft, held: ClientDraft): FieldChange[] {
  return differingFields(draft, held).map((field) => ({ field, from: heldValue(held, field), to: heldValue(draft, field) }));
}

/** The objects a merge patch merges field by field (banqup-api.md §4.5). */
const MERGED = new Set(['address', 'contact']);

/**
 * The JSON merge patch (RFC 7396) that sets `fields` to the sheet's values and nothing else: the
 * fields of `address` and `contact` inside their object, an optional field cleared with null,
 * assignees whole (`[]` clears them: null would be a 400), sharing whole or null for "off".
 */
export function mergePatchFor(draft: ClientDraft, fields: readonly string[]): ClientPatch {
  const patch: Record<string, unknown> = {};
  for (const field of fields) {
    const [top = field, sub] = field.split('.', 2);
    if (MERGED.has(top) && sub !== undefined) {
      const group = (draft as unknown as Record<string, Record<string, unknown>>)[top] ?? {};
      const inner = (patch[top] ?? {}) as Record<string, unknown>;
      inner[sub] = group[sub] ?? null;
      patch[top] = inner;
    } else if (field === 'documentSharing') {
      const sharing = draft.documentSharing;
      patch.documentSharing =
        sharing == null || !sharing.enabled ? null : { enabled: true, deliveryChannel: sharing.deliveryChannel, email: sharing.email };
    } else if (field === 'assigneeEmails') {
      patch.assigneeEmails = [...draft.assigneeEmails];
    } else {
      patch[field] = (draft as unknown as Record<string, unknown>)[field] ?? null;
    }
  }
  return patch;
}

/** The identifier a row names its client by: its external reference, else its VAT number, else its register number. */
export function keyOf(draft: ClientDraft): Key {
  if (draft.externalReference !== null) return 'externalReference';
  return draft.vatNumber !== null ? 'vatNumber' : 'companyNumber';
}

/**
 * Whether an update of this row would change which client it is: the row was found through
 * another identifier than its own key (its key is new to Banqup, or changed), or it would set or
 * clear the client's external reference. That is another client, not an update (issue 14).
 */
export function changesKey(draft: ClientDraft, matchedBy: Key | undefined, changes: readonly FieldChange[]): boolean {
  if (matchedBy !== undefined && matchedBy !== keyOf(draft)) return true;
  return changes.some((c) => c.field === 'externalReference');
}
