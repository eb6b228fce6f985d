import type { Client } from '../api/types.js';
import type { BanqupState, Row } from '../domain/types.js';
import type { JournalState, JournalStep } from './journal.js';
import { rowIdentity } from './rowIdentity.js';

/** A client an earlier run created (or took as its own) for a row that is no longer in the sheet. */
export interface LeftBehind {
  /** The row it was, as the journal recorded it. */
  readonly row: number;
  /** Its name in Banqup, or '' when Banqup no longer lists it. */
  readonly name: string;
  readonly clientId: string;
  readonly banqup: BanqupState;
}

// Steps after which the client is this tool's: a conflict (create-failed with an id) is not.
const OURS: ReadonlySet<JournalStep> = new Set<JournalStep>(['created', 'adopted', 'provision-started', 'provisioned', 'provision-failed']);

/**
 * The clients the journal says were created for rows that no row of the sheet is any more (the
 * row was deleted, or its identifier changed): without this they would stay in Banqup, inactive
 * perhaps, and never be mentioned again. In the journal's row order.
 */
export function clientsLeftBehind(journal: JournalState, rows: readonly Row[], clients: readonly Client[]): LeftBehind[] {
  const inSheet = new Set<string>();
  for (const row of rows) if (row.client !== null) inSheet.add(rowIdentity(row.client));
  const byId = new Map(clients.map((c) => [c.id, c]));
  const left: LeftBehind[] = [];
  for (const state of journal.values()) {
    if (state.clientId === undefined || !OURS.has(state.step) || inSheet.has(state.id)) continue;
    const client = byId.get(state.clientId);
    left.push({
      row: state.row,
      name: client?.legalName ?? '',
      clientId: state.clientId,
      banqup: client === undefined ? 'not-found' : client.status === 'ACTIVE' ? 'active' : 'inactive',
    });
  }
  return left.sort((a, b) => a.row - b.row);
}
