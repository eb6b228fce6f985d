import { describe, expect, it } from 'vitest';
import type { JournalRowState } from '../../src/engine/journal.js';
import { planImport } from '../../src/engine/planImport.js';
import { differingFields } from '../../src/engine/differingFields.js';
import { contentHash, rowIdentity } from '../../src/engine/rowIdentity.js';
import type { ClientDraft } from '../../src/domain/types.js';
import { clientOf, draft } from '../helpers/clientDraft.js';

const SPACE = 'space-1';
const acme = draft();
const other = draft({
  legalName: 'Garage Thill & Fils S.A.',
  externalReference: 'CLI-0043',
  vatNumber: 'LU19836472',
  companyNumber: 'B33614',
  contact: { name: 'Marc Thill', email: 'marc@thill.lu', language: 'fr' },
});

function plan(rows: { row: number; draft: ClientDraft }[], clients = [] as ReturnType<typeof clientOf>[], journal = new Map<string, JournalRowState>()) {
  return planImport({ spaceId: SPACE, rows, clients, journal });
}

describe('planImport', () => {
  it('plans a create when the space has no such client', () => {
    const [p] = plan([{ row: 2, draft: acme }]);
    expect(p).toMatchObject({ row: 2, action: 'create', existing: null, conflicts: [], identity: 'ref:CLI-0042' });
    expect(p?.idempotencyKey).toMatch(/^bqi-/);
  });

  it.each([
    ['external reference', clientOf(draft({ vatNumber: 'LU11111111', companyNumber: null }), 'c1'), 'externalReference'],
    ['VAT number', clientOf(draft({ externalReference: null, companyNumber: null }), 'c1'), 'vatNumber'],
    ['country + register number', clientOf(draft({ externalReference: null, vatNumber: null }), 'c1'), 'companyNumber'],
  ])('finds the existing client by %s', (_name, client, by) => {
    const [p] = plan([{ row: 2, draft: acme }], [client]);
    expect(p?.existing?.id).toBe('c1');
    expect(p?.matchedBy).toBe(by);
  });

  it('same data once normalised is "existing": spacing, case of codes and e-mails, BIC XXX, assignee order', () => {
    const held = clientOf(
      draft({
        legalName: ' Boulangerie  Schmit S.à r.l. ',
        iban: 'LU28 0019 4006 4475 0000',
        bic: 'BCEELULLXXX',
        contact: { name: 'Anne Schmit', email: 'Anne@Schmit.LU', language: 'fr' },
        assigneeEmails: ['COMPTABLE@fiduciaire.lu'],
      }),
      'c1',
    );
    const [p] = plan([{ row: 2, draft: acme }], [held]);
    expect(p).toMatchObject({ action: 'existing', conflicts: [] });
  });

  it('names every differing field with its API name, in column order, and never plans an overwrite', () => {
    const held = clientOf(
      draft({ address: { street: '1 rue Neuve', postalCode: '1611', city: 'Luxembourg', country: 'LU' }, iban: 'LU120010001234567891', contact: { name: 'Anne Schmit', email: 'anne@schmit.lu', language: 'de' } }),
      'c1',
    );
    const [p] = plan([{ row: 2, draft: acme }], [held]);
    expect(p?.action).toBe('conflict');
    expect(p?.conflicts).toEqual(['address.street', 'iban', 'contact.language']);
  });

  it('treats a differing name case as a conflict (it is what people see in Banqup)', () => {
    expect(differingFields(acme, draft({ legalName: 'BOULANGERIE SCHMIT S.À R.L.' }))).toEqual(['legalName']);
  });

  it('marks the later of two rows that map to the same Banqup client as a duplicate', () => {
    const held = clientOf(acme, 'c1');
    // Row 3 has no reference and no VAT, but the same register number: Banqup matches it to c1 too.
    const rows = [
      { row: 2, draft: acme },
      { row: 3, draft: draft({ externalReference: null, vatNumber: null, legalName: 'Schmit (old sheet)' }) },
    ];
    const [first, second] = plan(rows, [held]);
    expect(first?.action).toBe('existing');
    expect(second).toMatchObject({ action: 'duplicate', duplicateOf: 2 });
  });

  it('marks rows that would claim the same new client as duplicates', () => {
    const [first, second] = plan([
      { row: 2, draft: acme },
      { row: 5, draft: draft({ externalReference: null, legalName: 'Same VAT' }) },
    ]);
    expect(first?.action).toBe('create');
    expect(second).toMatchObject({ action: 'duplicate', duplicateOf: 2 });
  });

  it('keeps unrelated rows apart', () => {
    expect(plan([{ row: 2, draft: acme }, { row: 3, draft: other }]).map((p) => p.action)).toEqual(['create', 'create']);
  });

  it('trusts the journal for a client an earlier run created from this very data', () => {
    const held = clientOf(draft({ legalName: 'BOULANGERIE SCHMIT' }), 'c1'); // as if the server rewrote the name
    const journal = new Map<string, JournalRowState>([
      [rowIdentity(acme), { id: rowIdentity(acme), hash: contentHash(acme), row: 2, step: 'created', clientId: 'c1', at: 't' }],
    ]);
    const [p] = plan([{ row: 2, draft: acme }], [held], journal);
    expect(p).toMatchObject({ action: 'existing', ours: true });
  });

  it('ignores the journal when the row changed since (new work)', () => {
    const journal = new Map<string, JournalRowState>([
      [rowIdentity(acme), { id: rowIdentity(acme), hash: contentHash(acme), row: 2, step: 'created', clientId: 'c1', at: 't' }],
    ]);
    const edited = draft({ address: { ...acme.address, city: 'Esch-sur-Alzette' } });
    const [p] = plan([{ row: 2, draft: edited }], [clientOf(acme, 'c1')], journal);
    expect(p).toMatchObject({ action: 'conflict', conflicts: ['address.city'], ours: false });
    expect(p?.journal).toBeUndefined();
  });

  it('plans in sheet order whatever the input order', () => {
    expect(plan([{ row: 9, draft: other }, { row: 2, draft: acme }]).map((p) => p.row)).toEqual([2, 9]);
  });
});
