import { describe, expect, it } from 'vitest';
import { findExistingClient, lookupQueriesFor, matchesQuery } from '../../src/api/clientLookup.js';
import type { Client, ClientQuery } from '../../src/api/types.js';
import type { ClientDraft } from '../../src/domain/types.js';
import { draft } from '../helpers/clientDraft.js';

const stored = (overrides: Partial<Client> = {}): Client => ({
  ...draft(),
  id: 'c1',
  status: 'INACTIVE',
  banqupSpaceId: null,
  documentSharing: null,
  links: null,
  createdAt: 'x',
  updatedAt: 'x',
  ...overrides,
});

describe('lookupQueriesFor', () => {
  it.each<[Partial<ClientDraft>, ClientQuery[]]>([
    [
      {},
      [
        { externalReference: 'CLI-0042' },
        { vatNumber: 'LU15027442' },
        { country: 'LU', companyNumber: 'B123456' },
      ],
    ],
    [{ externalReference: null }, [{ vatNumber: 'LU15027442' }, { country: 'LU', companyNumber: 'B123456' }]],
    [{ externalReference: null, vatNumber: null }, [{ country: 'LU', companyNumber: 'B123456' }]],
    [{ externalReference: null, companyNumber: null }, [{ vatNumber: 'LU15027442' }]],
  ])('%j → %j', (overrides, expected) => {
    expect(lookupQueriesFor(draft(overrides))).toEqual(expected);
  });
});

describe('matchesQuery', () => {
  it.each<[Partial<Client>, ClientQuery, boolean]>([
    [{}, { externalReference: 'CLI-0042' }, true],
    [{}, { externalReference: 'cli-0042' }, false], // exact, case-sensitive
    [{}, { vatNumber: 'LU15027442' }, true],
    [{ address: { ...draft().address, country: 'BE' } }, { country: 'LU', companyNumber: 'B123456' }, false],
    [{}, { country: 'LU', companyNumber: 'B123456' }, true],
    [{}, { vatNumber: 'LU15027442', status: 'ACTIVE' }, false],
  ])('%j against %j → %s', (overrides, query, expected) => {
    expect(matchesQuery(stored(overrides), query)).toBe(expected);
  });
});

describe('findExistingClient', () => {
  it('tries reference, then VAT, then register number, and keeps only exact matches', async () => {
    const asked: ClientQuery[] = [];
    const lax = stored({ id: 'wrong', vatNumber: 'LU99999999' }); // a lax server's near match
    const found = await findExistingClient(
      (_space, query) => {
        asked.push(query);
        return Promise.resolve(query.vatNumber ? [lax, stored({ id: 'right', externalReference: 'OTHER' })] : []);
      },
      'space',
      draft(),
    );
    expect(found?.id).toBe('right');
    expect(asked).toEqual([{ externalReference: 'CLI-0042' }, { vatNumber: 'LU15027442' }]);
  });

  it('returns null when nothing matches', async () => {
    expect(await findExistingClient(() => Promise.resolve([]), 'space', draft())).toBeNull();
  });
});
