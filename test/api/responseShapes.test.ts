import { describe, expect, it } from 'vitest';
import { asClientPage, asClientWithId, asCreatedClient, asProvisionResults, asRegistryAnswer, asSpaces, asTokenAnswer } from '../../src/api/responseShapes.js';
import { ENDPOINTS, mutate, mutationsFor, type Endpoint } from '../reliability/corpus/shapeMutations.js';
import { atScale, seededRandom } from '../reliability/scale.js';
import { clientOf, draft } from '../helpers/clientDraft.js';

// Issue 11: every answer is checked before it is believed. Each endpoint's right answer is read;
// every broken copy of it (test/reliability/corpus/shapeMutations.ts) is refused by its reader.
const SPACE = '7d0c3a57-1f6e-4b4e-9c55-2a3c4e5f6a7b';
const ID = '3f0c9a8e-5b7d-4c21-9e6f-0a1b2c3d4e5f';
const sent = draft();
const active = {
  ...clientOf(draft({ externalReference: 'CLI-2', vatNumber: null, companyNumber: 'B654321', bic: null, assigneeEmails: [] }), 'c0ffee00-0000-4000-8000-000000000000', 'ACTIVE'),
  banqupSpaceId: SPACE,
  links: { banqup: 'https://app.banqup.example/c/1', banqupFiles: null },
  documentSharing: { enabled: true, deliveryChannel: 'BANQUP_FILES', email: 'docs@fiduciaire.lu' },
};

const RIGHT: Record<Endpoint, unknown> = {
  token: { access_token: 'sbx_abc.def', token_type: 'Bearer', expires_in: 300, expires_at: '2026-11-28T10:05:00.000Z' },
  spaces: { spaces: [{ id: SPACE, name: 'Fiduciaire', type: 'PARTNER', segment: 'ACCOUNTING' }, { id: 'b2', name: '', type: 'SME' }] },
  listing: { page: 0, size: 100, total: 2, results: [clientOf(sent, ID), active] },
  client: active,
  create: clientOf(sent, ID),
  provisioning: {
    results: [
      { clientId: 'a', status: 'PROVISIONED', banqupSpaceId: SPACE, links: { banqup: 'https://x.example/a', banqupFiles: null } },
      { clientId: 'b', status: 'FAILED', error: { error: 'NOT_FOUND', detail: 'No such client' } },
    ],
  },
  registry: { results: [{ legalName: 'Boulangerie Schmit', country: 'LU', companyNumber: 'B123456', vatNumber: null }] },
};

const READ: Record<Endpoint, (body: unknown) => unknown> = {
  token: asTokenAnswer,
  spaces: asSpaces,
  listing: (body) => asClientPage(body, 0, 100),
  client: (body) => asClientWithId(body, active.id),
  create: (body) => asCreatedClient(body, sent),
  provisioning: (body) => asProvisionResults(body, ['a', 'b']),
  registry: asRegistryAnswer,
};

const PER_KIND = atScale(12, 60);

describe('every answer is parsed before it is believed', () => {
  it.each(ENDPOINTS)('%s: the right answer is read', (endpoint) => {
    expect(READ[endpoint](structuredClone(RIGHT[endpoint]))).toBeDefined();
  });

  const cases = ENDPOINTS.flatMap((endpoint) =>
    mutationsFor(endpoint)
      .filter((m) => m !== 'trickle' && m !== 'huge')
      .map((mutation) => [endpoint, mutation] as const),
  );
  it.each(cases)('%s: every %s answer is refused', (endpoint, mutation) => {
    const random = seededRandom(`shape/${endpoint}/${mutation}`);
    for (let i = 0; i < PER_KIND; i++) {
      const body = mutate(RIGHT[endpoint], endpoint, mutation, random);
      const parsed = typeof body === 'string' ? (() => { try { return JSON.parse(body) as unknown; } catch { return undefined; } })() : body;
      expect(READ[endpoint](parsed), JSON.stringify(body).slice(0, 300)).toBeUndefined();
    }
  });

  it('a create answer about another client, and a read of another id, are refused', () => {
    expect(asCreatedClient(clientOf(draft({ externalReference: 'OTHER' }), ID), sent)).toBeUndefined();
    expect(asClientWithId(active, 'another-id')).toBeUndefined();
  });

  it('a page that adds up is read on its own terms: a full page, then the last short one', () => {
    const full = { page: 0, size: 2, total: 3, results: [clientOf(sent, 'a1'), active] };
    expect(asClientPage(full, 0, 2)?.results).toHaveLength(2);
    expect(asClientPage({ page: 1, size: 2, total: 3, results: [clientOf(sent, 'a3')] }, 1, 2)?.total).toBe(3);
    expect(asClientPage({ page: 1, size: 2, total: 4, results: [clientOf(sent, 'a3')] }, 1, 2)).toBeUndefined();
  });
});
