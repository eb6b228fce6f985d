import { describe, expect, it } from 'vitest';
import { missingValues } from '../../src/commands/add.js';
import { ADD_FLAGS } from '../../src/config/options.js';
import { checkRows } from '../../src/domain/checkRows.js';
import type { ColumnKey } from '../../src/domain/types.js';
import { COLUMN_INFO } from '../../src/engine/checkSheet.js';
import { flagTable } from '../../src/input/flagTable.js';

// `add` builds a one-row table from its flags; its problems must name the flag, not a column.
const FLAGS = Object.fromEntries(Object.entries(ADD_FLAGS).map(([key, spec]) => [key, spec.flag])) as Partial<Record<ColumnKey, string>>;
const FULL: Partial<Record<ColumnKey, string>> = {
  legalName: 'Boulangerie Schmit S.à r.l.',
  street: '12 rue de la Gare',
  postalCode: '1611',
  city: 'Luxembourg',
  country: 'LU',
  companyNumber: 'B123456',
  iban: 'LU280019400644750000',
  language: 'fr',
  contactName: 'Anne Schmit',
  contactLanguage: 'fr',
  contactEmail: 'anne@schmit.lu',
};

function check(values: Partial<Record<ColumnKey, string>>) {
  const table = flagTable(values, FLAGS);
  const places = Object.fromEntries(Object.entries(table.columns).map(([k, c]) => [k, { letter: c.letter, header: c.header }]));
  return checkRows(table.rows, places, COLUMN_INFO);
}

describe('add: the one-row table of the flags', () => {
  it.each([
    [{}, ['legalName', 'street', 'postalCode', 'city', 'country', 'rcsOrVat', 'iban', 'language', 'contactName', 'contactLanguage', 'contactEmail']],
    [FULL, []],
    [{ ...FULL, companyNumber: undefined, vatNumber: 'LU15027442' }, []],
    [{ ...FULL, companyNumber: '  ', street: '' }, ['street', 'rcsOrVat']],
  ] as const)('missing values of %o: %o', (values, missing) => {
    expect(missingValues(values)).toEqual(missing);
  });

  it('a valid set of flags is one valid row, normalised like a sheet row', () => {
    const [row] = check({ ...FULL, country: 'Luxembourg', vatNumber: '15027442' });
    expect(row?.status).toBe('valid');
    expect(row?.client).toMatchObject({ address: { country: 'LU' }, vatNumber: 'LU15027442' });
    expect(row?.changes.map((c) => [c.header, c.column])).toContainEqual(['--country', '']);
  });

  it('a wrong value is an issue on its flag', () => {
    const [row] = check({ ...FULL, iban: 'LU28 0019 4006 4475 0001', contactEmail: 'anne at schmit' });
    expect(row?.status).toBe('invalid');
    expect(row?.issues.filter((i) => i.severity === 'error').map((i) => [i.header, i.column, i.field])).toEqual([
      ['--iban', '', 'iban'],
      ['--contact-email', '', 'contact.email'],
    ]);
  });

  it('--share-documents turns sharing on with its e-mail; --delivery-channel is read like column Q', () => {
    const [row] = check({ ...FULL, shareDocuments: 'yes', sharingEmail: 'docs@fidu.lu', deliveryChannel: 'e-mail' });
    expect(row?.client?.documentSharing).toEqual({ enabled: true, deliveryChannel: 'EMAIL', email: 'docs@fidu.lu' });
    const [bad] = check({ ...FULL, shareDocuments: 'yes', sharingEmail: 'docs@fidu.lu', deliveryChannel: 'pigeon' });
    expect(bad?.issues.find((i) => i.severity === 'error')).toMatchObject({ header: '--delivery-channel', code: 'sharing.channel' });
  });
});
