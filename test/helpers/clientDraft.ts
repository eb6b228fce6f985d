import type { Client } from '../../src/api/types.js';
import type { ClientDraft, Issue, Row } from '../../src/domain/types.js';
import type { TableColumns } from '../../src/input/locateTable.js';

/** A valid LU client draft (the template's example values, the example client of banqup-api.md §4), with fields replaced. */
export function draft(overrides: Partial<ClientDraft> = {}): ClientDraft {
  return {
    legalName: 'Boulangerie Schmit S.à r.l.',
    address: { street: '12 rue de la Gare', postalCode: '1611', city: 'Luxembourg', country: 'LU' },
    companyNumber: 'B123456',
    vatNumber: 'LU15027442',
    iban: 'LU280019400644750000',
    bic: 'BCEELULL',
    language: 'fr',
    contact: { name: 'Anne Schmit', email: 'anne@schmit.lu', language: 'fr' },
    assigneeEmails: ['comptable@fiduciaire.lu'],
    externalReference: 'CLI-0042',
    ...overrides,
  };
}

/** A client as the API returns it for a draft. */
export function clientOf(d: ClientDraft, id: string, status: 'ACTIVE' | 'INACTIVE' = 'INACTIVE'): Client {
  return {
    ...d,
    id,
    status,
    banqupSpaceId: status === 'ACTIVE' ? `space-${id}` : null,
    documentSharing: d.documentSharing ?? null,
    links: status === 'ACTIVE' ? { banqup: `https://app.banqup.example/spaces/space-${id}`, banqupFiles: null } : null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** The checked rows a plan was made from (valid, no problem of their own), as executePlan takes them. */
export function checkedRowsOf(plan: readonly { readonly row: number; readonly draft: ClientDraft }[]): {
  rows: Map<number, Row>;
  columns: TableColumns;
} {
  return {
    rows: new Map(plan.map((p) => [p.row, { row: p.row, status: 'valid', cells: {}, client: p.draft, issues: [], changes: [] }])),
    columns: {},
  };
}

/** A row's problems found by talking to Banqup (the engine's and the API's), without the sheet's. */
export function onlineIssues(row: Row | undefined): Issue[] {
  return (row?.issues ?? []).filter((i) => i.origin === 'banqup');
}
