import type { Client } from '../api/types.js';
import type { ClientDraft } from '../domain/types.js';
import { differingFields } from './differingFields.js';
import type { JournalRowState, JournalState } from './journal.js';
import type { FieldChange, PlanAction } from '../domain/types.js';
import { contentHash, idempotencyKey, identityKeys, rowIdentity } from './rowIdentity.js';
import { changesKey, fieldChanges } from './updatePlan.js';

/** A valid row of the sheet, as the plan takes it. */
export interface PlanRowInput {
  readonly row: number;
  readonly draft: ClientDraft;
}

/** The identifier by which a row found its client in Banqup. */
export type MatchedBy = 'externalReference' | 'vatNumber' | 'companyNumber';

/** One row's plan, with everything the run needs to carry it out. */
export interface PlannedRow {
  readonly row: number;
  readonly draft: ClientDraft;
  readonly identity: string;
  readonly hash: string;
  readonly idempotencyKey: string;
  readonly action: PlanAction;
  /** The client Banqup already holds for this row (existing, conflict, some duplicates). */
  readonly existing: Client | null;
  readonly matchedBy?: MatchedBy;
  /** API fields that differ (conflict only), in column order. */
  readonly conflicts: readonly string[];
  /** `update` only: each field to change, Banqup's value and the sheet's. */
  readonly updates?: readonly FieldChange[];
  /** A conflict that `--update` refused: the row names its client by a key Banqup does not hold for it. */
  readonly keyChanged?: boolean;
  /** The earlier row of this file that maps to the same client (duplicate only). */
  readonly duplicateOf?: number;
  /** The journal's word on this row, when it is about this very content. */
  readonly journal?: JournalRowState;
  /** The journal says an earlier run created or adopted exactly this client from exactly this data. */
  readonly ours: boolean;
}

/** What the plan is made from: the valid rows, every client of the space, and the journal. */
export interface PlanInput {
  readonly spaceId: string;
  readonly rows: readonly PlanRowInput[];
  readonly clients: readonly Client[];
  readonly journal: JournalState;
  /** `--update`: a client found with other data is updated instead of reported as a conflict. */
  readonly update?: boolean;
}

interface ClientIndex {
  readonly byRef: ReadonlyMap<string, Client>;
  readonly byVat: ReadonlyMap<string, Client>;
  readonly byTrn: ReadonlyMap<string, Client>;
}

const trnKey = (country: string, companyNumber: string): string => `${country}\u0000${companyNumber}`;

/** Indexes the space's clients by each identifier; the first client listed keeps a taken key. */
export function indexClients(clients: readonly Client[]): ClientIndex {
  const byRef = new Map<string, Client>();
  const byVat = new Map<string, Client>();
  const byTrn = new Map<string, Client>();
  for (const c of clients) {
    if (typeof c.externalReference === 'string' && !byRef.has(c.externalReference)) byRef.set(c.externalReference, c);
    if (typeof c.vatNumber === 'string' && !byVat.has(c.vatNumber)) byVat.set(c.vatNumber, c);
    if (typeof c.companyNumber === 'string' && typeof c.address?.country === 'string') {
      const key = trnKey(c.address.country, c.companyNumber);
      if (!byTrn.has(key)) byTrn.set(key, c);
    }
  }
  return { byRef, byVat, byTrn };
}

/**
 * The client a create of this draft would be refused for (409), found the way the server finds it:
 * external reference, else VAT number, else country + register number; exact matches.
 */
export function matchClient(draft: ClientDraft, index: ClientIndex): { client: Client; by: MatchedBy } | null {
  const byRef = draft.externalReference === null ? undefined : index.byRef.get(draft.externalReference);
  if (byRef) return { client: byRef, by: 'externalReference' };
  const byVat = draft.vatNumber === null ? undefined : index.byVat.get(draft.vatNumber);
  if (byVat) return { client: byVat, by: 'vatNumber' };
  const byTrn = draft.companyNumber === null ? undefined : index.byTrn.get(trnKey(draft.address.country, draft.companyNumber));
  if (byTrn) return { client: byTrn, by: 'companyNumber' };
  return null;
}

const OURS: ReadonlySet<string> = new Set(['created', 'adopted', 'provision-started', 'provisioned', 'provision-failed']);

/**
 * Plans every valid row, in sheet order (pure): `create` when Banqup has no such client;
 * `existing` when it has one with the same data (or one an earlier run created from this very
 * data); `conflict` when the data differs — named by field, never overwritten — or, with
 * `update`, `update` unless that would change which client it is; `duplicate` when an
 * earlier row of this file already maps to the same client.
 */
export function planImport(input: PlanInput): PlannedRow[] {
  const index = indexClients(input.clients);
  const claimed = new Map<string, number>();
  const rows = [...input.rows].sort((a, b) => a.row - b.row);
  return rows.map(({ row, draft }): PlannedRow => {
    const identity = rowIdentity(draft);
    const hash = contentHash(draft);
    const journalState = input.journal.get(identity);
    const journal = journalState?.hash === hash ? journalState : undefined;
    const match = matchClient(draft, index);
    const base = {
      row,
      draft,
      identity,
      hash,
      idempotencyKey: idempotencyKey(input.spaceId, hash),
      existing: match?.client ?? null,
      ...(match !== null && { matchedBy: match.by }),
      ...(journal !== undefined && { journal }),
    };
    const keys = [...identityKeys(draft), ...(match === null ? [] : [`client:${match.client.id}`])];
    const earlier = keys.map((key) => claimed.get(key)).find((r) => r !== undefined);
    if (earlier !== undefined) {
      return { ...base, action: 'duplicate', conflicts: [], duplicateOf: earlier, ours: false };
    }
    for (const key of keys) claimed.set(key, row);
    if (match === null) return { ...base, action: 'create', conflicts: [], ours: false };
    // The server may store a value in its own way; the journal knows this client came from this data.
    const ours = journal !== undefined && journal.clientId === match.client.id && OURS.has(journal.step);
    const conflicts = ours ? [] : differingFields(draft, match.client);
    if (conflicts.length > 0 && input.update === true) {
      const updates = fieldChanges(draft, match.client);
      if (!changesKey(draft, match.by, updates)) return { ...base, action: 'update', conflicts: [], updates, ours };
      return { ...base, action: 'conflict', conflicts, keyChanged: true, ours };
    }
    return { ...base, action: conflicts.length === 0 ? 'existing' : 'conflict', conflicts, ours };
  });
}
