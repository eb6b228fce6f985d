import type { Client } from '../api/types.js';
import { draftFields } from '../domain/draftFields.js';
import type { Row } from '../domain/types.js';
import { emptyTable } from '../input/flagTable.js';
import { activeLinks } from './activeLinks.js';
import type { SheetCheck } from './runResult.js';

/** The "sheet" of a command that reads the space, not a file: no rows, no notes; `file` is ''. */
export function spaceCheck(): SheetCheck {
  return { file: '', sheet: emptyTable(), rows: [], notes: [] };
}

/**
 * A client of the space as a row of the one row model: numbered by its place in the listing,
 * with its data as Banqup holds it, its state and, once active, its links.
 */
export function clientRow(client: Client, position: number): Row {
  return {
    row: position,
    status: 'existing',
    cells: {},
    client: draftFields(client),
    issues: [],
    changes: [],
    clientId: client.id,
    ...(client.banqupSpaceId !== null && { banqupSpaceId: client.banqupSpaceId }),
    ...activeLinks(client),
    banqup: client.status === 'ACTIVE' ? 'active' : 'inactive',
  };
}
