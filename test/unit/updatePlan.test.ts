import { describe, expect, it } from 'vitest';
import type { ClientDraft } from '../../src/domain/types.js';
import { planImport } from '../../src/engine/planImport.js';
import { planIssues } from '../../src/engine/rowIssues.js';
import { changesKey, fieldChanges, keyOf, mergePatchFor } from '../../src/engine/updatePlan.js';
import { clientOf, draft } from '../helpers/clientDraft.js';

const held = draft();
const SHARING = { enabled: true, deliveryChannel: 'BANQUP_FILES', email: 'docs@fid.lu' } as const;

describe('fieldChanges: the fields --update changes, Banqup value → sheet value', () => {
  it.each<[string, Partial<ClientDraft>, { field: string; from: string; to: string }[]]>([
    ['nothing differs', {}, []],
    ['a street', { address: { ...held.address, street: '14 rue de la Gare' } }, [{ field: 'address.street', from: '12 rue de la Gare', to: '14 rue de la Gare' }]],
    ['a contact e-mail', { contact: { ...held.contact, email: 'a.schmit@schmit.lu' } }, [{ field: 'contact.email', from: 'anne@schmit.lu', to: 'a.schmit@schmit.lu' }]],
    ['the BIC cleared', { bic: null }, [{ field: 'bic', from: 'BCEELULL', to: '' }]],
    ['assignees, joined by "; "', { assigneeEmails: ['a@fid.lu', 'b@fid.lu'] }, [{ field: 'assigneeEmails', from: 'comptable@fiduciaire.lu', to: 'a@fid.lu; b@fid.lu' }]],
    ['sharing turned on', { documentSharing: SHARING }, [{ field: 'documentSharing', from: '', to: 'BANQUP_FILES docs@fid.lu' }]],
    [
      'two fields, in column order',
      { iban: 'LU120010001234567891', legalName: 'Boulangerie Schmit S.A.' },
      [
        { field: 'legalName', from: 'Boulangerie Schmit S.à r.l.', to: 'Boulangerie Schmit S.A.' },
        { field: 'iban', from: 'LU280019400644750000', to: 'LU120010001234567891' },
      ],
    ],
    ['spacing and case of a code are no change', { address: { ...held.address, postalCode: ' 1611 ' }, bic: 'bceelullxxx' }, []],
  ])('%s', (_name, sheet, expected) => {
    expect(fieldChanges(draft(sheet), held)).toEqual(expected);
  });
});

describe('mergePatchFor: RFC 7396, the changed fields only', () => {
  it.each<[string, Partial<ClientDraft>, string[], Record<string, unknown>]>([
    ['a top-level field', { iban: 'LU120010001234567891' }, ['iban'], { iban: 'LU120010001234567891' }],
    ['inside address, the other address fields untouched', { address: { ...held.address, street: 'x', city: 'y' } }, ['address.street', 'address.city'], { address: { street: 'x', city: 'y' } }],
    ['inside contact', { contact: { ...held.contact, language: 'de' } }, ['contact.language'], { contact: { language: 'de' } }],
    ['an optional field cleared is null', { bic: null, externalReference: null }, ['bic'], { bic: null }],
    ['assignees whole; none is [] (null would be refused)', { assigneeEmails: [] }, ['assigneeEmails'], { assigneeEmails: [] }],
    ['sharing on: the whole object', { documentSharing: SHARING }, ['documentSharing'], { documentSharing: { ...SHARING } }],
    ['sharing off: null', { documentSharing: null }, ['documentSharing'], { documentSharing: null }],
    ['nothing to change: an empty patch', {}, [], {}],
  ])('%s', (_name, sheet, fields, expected) => {
    expect(mergePatchFor(draft(sheet), fields)).toEqual(expected);
  });

  it('never carries a read-only field (id, status, links …), even from a client object', () => {
    const client = clientOf(draft({ iban: 'LU120010001234567891' }), 'c1', 'ACTIVE');
    expect(Object.keys(mergePatchFor(client, ['iban', 'address.street']))).toEqual(['iban', 'address']);
  });
});

describe('which client a row is: its key', () => {
  it.each<[string, Partial<ClientDraft>, string]>([
    ['external reference first', {}, 'externalReference'],
    ['else the VAT number', { externalReference: null }, 'vatNumber'],
    ['else country + register number', { externalReference: null, vatNumber: null }, 'companyNumber'],
  ])('%s', (_name, over, key) => {
    expect(keyOf(draft(over))).toBe(key);
  });

  it.each<[string, Partial<ClientDraft>, 'externalReference' | 'vatNumber' | 'companyNumber', boolean]>([
    ['found by its own reference, the VAT changes: an update', { vatNumber: 'LU19836472' }, 'externalReference', false],
    ['its reference is new, found by VAT: another client', { externalReference: 'CLI-9999' }, 'vatNumber', true],
    ['no reference, found by VAT, Banqup has one: clearing it is a key change', { externalReference: null }, 'vatNumber', true],
    ['no reference, new VAT, found by register number: another client', { externalReference: null, vatNumber: 'LU19836472' }, 'companyNumber', true],
  ])('%s', (_name, over, matchedBy, expected) => {
    const sheet = draft(over);
    expect(changesKey(sheet, matchedBy, fieldChanges(sheet, held))).toBe(expected);
  });
});

describe('planImport with update', () => {
  const clients = [clientOf(held, 'c1', 'ACTIVE')];
  const planOne = (sheet: ClientDraft, update: boolean) =>
    planImport({ spaceId: 's', rows: [{ row: 2, draft: sheet }], clients, journal: new Map(), update })[0];

  it('other values: an update with each field old → new; without --update still a conflict', () => {
    const sheet = draft({ address: { ...held.address, street: '14 rue de la Gare' } });
    expect(planOne(sheet, true)).toMatchObject({ action: 'update', conflicts: [], updates: [{ field: 'address.street', from: '12 rue de la Gare', to: '14 rue de la Gare' }] });
    expect(planOne(sheet, false)).toMatchObject({ action: 'conflict', conflicts: ['address.street'] });
    expect(planOne(sheet, false)?.updates).toBeUndefined();
  });

  it('the same values stay "existing" with --update', () => {
    expect(planOne(draft(), true)).toMatchObject({ action: 'existing' });
  });

  it('a changed key is another client: a conflict that says so, on the key cell, with what Banqup holds', () => {
    const planned = planOne(draft({ externalReference: 'CLI-9999' }), true);
    expect(planned).toMatchObject({ action: 'conflict', keyChanged: true });
    const issues = planned === undefined ? [] : planIssues(planned);
    expect(issues).toEqual([expect.objectContaining({ code: 'update.key_changed', field: 'externalReference', params: { held: 'CLI-0042', clientId: 'c1' } })]);
  });
});
