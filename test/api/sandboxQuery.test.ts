import { afterEach, describe, expect, it } from 'vitest';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../helpers/sandboxFixture.js';
import { draft } from '../helpers/clientDraft.js';

// The sandbox's side of banqup-api.md §4.2–§4.4: find with filters and paging, read, provisioning, register.
let t: TestSandbox | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function withClients(n: number, options: Parameters<typeof startTestSandbox>[0] = {}) {
  t = await startTestSandbox(options);
  const s = t;
  const token = await tokenFor(s.url);
  const base = `/partner/v1/spaces/${s.spaceId}/clients`;
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const created = await call(s.url, 'POST', base, {
      token,
      json: draft({ externalReference: `REF-${i}`, vatNumber: null, companyNumber: `B${100 + i}`, legalName: `Client ${i}` }),
    });
    ids.push(created.raw?.id as string);
  }
  const get = (query: string) => call(s.url, 'GET', `${base}${query}`, { token });
  const provision = (body: unknown) => call(s.url, 'POST', `${base}/provisioning`, { token, json: body });
  return { s, token, base, ids, get, provision };
}

describe('sandbox: find clients (§4.2)', () => {
  it.each([
    ['?externalReference=REF-3', ['REF-3']],
    ['?companyNumber=B104&country=LU', ['REF-4']],
    ['?companyNumber=B104&country=BE', []],
    ['?externalReference=ref-3', []], // exact and case-sensitive
    ['?status=INACTIVE&size=2', ['REF-0', 'REF-1']],
    ['?status=ACTIVE', []],
    ['?vatNumber=LU15027442', []],
  ])('%s finds %j', async (query, refs) => {
    const { get } = await withClients(5);
    const answer = await get(query);
    expect(answer.status).toBe(200);
    expect(answer.json?.results?.map((c) => c.externalReference)).toEqual(refs);
  });

  it('pages 0-based with a stable order and the total, 50 by default', async () => {
    const { get } = await withClients(7);
    const pages = await Promise.all([0, 1, 2, 3].map((page) => get(`?page=${page}&size=3`)));
    expect(pages.map((p) => p.json?.results?.length)).toEqual([3, 3, 1, 0]);
    expect(pages.map((p) => [p.json?.page, p.json?.size, p.json?.total])).toEqual([[0, 3, 7], [1, 3, 7], [2, 3, 7], [3, 3, 7]]);
    const refs = pages.flatMap((p) => p.json?.results?.map((c) => c.externalReference));
    expect(new Set(refs).size).toBe(7);
    expect((await get('')).json).toMatchObject({ page: 0, size: 50, total: 7 });
  });

  it.each([
    ['companyNumber without country', '?companyNumber=B100', 'country'],
    ['country alone', '?country=LU', 'country'],
    ['size 0', '?size=0', 'size'],
    ['size 101', '?size=101', 'size'],
    ['a negative page', '?page=-1', 'page'],
    ['an unknown status', '?status=DELETED', 'status'],
    ['an unknown filter', '?name=Client', 'name'],
    ['an empty filter', '?externalReference=', 'externalReference'],
  ])('refuses %s (400 on %s)', async (_label, query, field) => {
    const { get } = await withClients(1);
    const answer = await get(query);
    expect([answer.status, answer.json?.error]).toEqual([400, 'VALIDATION_FAILED']);
    expect(answer.json?.violations).toContainEqual(expect.objectContaining({ field }));
  });

  it('lists the whole space without filters, page by page: 230 clients in pages of 100, each once', async () => {
    const { get, ids } = await withClients(230);
    const pages = [await get('?size=100'), await get('?size=100&page=1'), await get('?page=2&size=100'), await get('?page=3&size=100')];
    expect(pages.map((p) => [p.status, p.raw.page, p.raw.size, p.raw.total, p.raw.results.length])).toEqual([
      [200, 0, 100, 230, 100],
      [200, 1, 100, 230, 100],
      [200, 2, 100, 230, 30],
      [200, 3, 100, 230, 0],
    ]);
    const listed = pages.flatMap((p) => p.raw.results.map((c: { id: string }) => c.id));
    expect(listed).toHaveLength(230);
    expect(new Set(listed)).toEqual(new Set(ids));
    // Also the order is stable: the same page twice is the same page.
    expect((await get('?page=1&size=100')).raw.results).toEqual(pages[1]!.raw.results);
  });

  it('reads a client by id, and answers 404 for an id it does not hold', async () => {
    const { get, ids } = await withClients(2);
    expect((await get(`/${ids[1]}`)).json).toMatchObject({ id: ids[1], externalReference: 'REF-1' });
    const missing = await get('/4b2d7c1e-0000-4000-8000-000000000000');
    expect([missing.status, missing.json?.error]).toEqual([404, 'NOT_FOUND']);
  });
});

describe('sandbox: provisioning (§4.3)', () => {
  it('gives one result per id: PROVISIONED, then ALREADY_PROVISIONED, FAILED NOT_FOUND for an unknown id', async () => {
    const { s, ids, provision } = await withClients(2);
    const first = await provision({ clientIds: [ids[0], 'no-such-id'] });
    expect(first.status).toBe(200);
    const byId = new Map(first.json?.results?.map((r) => [r.clientId, r]));
    expect(byId.get(ids[0])).toMatchObject({ status: 'PROVISIONED', banqupSpaceId: expect.any(String) as string });
    expect(byId.get('no-such-id')).toMatchObject({ status: 'FAILED', error: { error: 'NOT_FOUND' } });
    const again = await provision({ clientIds: [ids[0], ids[1]] });
    const second = new Map(again.json?.results?.map((r) => [r.clientId, r.status]));
    expect(second).toEqual(new Map([[ids[0], 'ALREADY_PROVISIONED'], [ids[1], 'PROVISIONED']]));
    expect(s.clients().map((c) => c.status)).toEqual(['ACTIVE', 'ACTIVE']);
    expect(s.clients()[0]?.banqupSpaceId).toBe(byId.get(ids[0])?.banqupSpaceId);
    expect(byId.get('no-such-id')).not.toHaveProperty('links');
  });

  it.each([
    ['no ids', { clientIds: [] }, 'clientIds'],
    ['101 ids', { clientIds: Array.from({ length: 101 }, (_, i) => `id-${i}`) }, 'clientIds'],
    ['no clientIds', {}, 'clientIds'],
    ['a number for an id', { clientIds: ['a', 7] }, 'clientIds[1]'],
    ['an unknown field', { clientIds: ['a'], force: true }, 'force'],
  ])('refuses %s with 400', async (_label, body, field) => {
    const { provision } = await withClients(0);
    const answer = await provision(body);
    expect(answer.status).toBe(400);
    expect(answer.json?.violations).toContainEqual(expect.objectContaining({ field }));
  });

  it('takes 100 ids', async () => {
    const { provision } = await withClients(0);
    const answer = await provision({ clientIds: Array.from({ length: 100 }, (_, i) => `id-${i}`) });
    expect(answer.json?.results).toHaveLength(100);
  });
});

describe('sandbox: register look-up (§4.4)', () => {
  it('knows every number but the invalid ones', async () => {
    t = await startTestSandbox({ invalidCompanyNumbers: ['B999999'] });
    const token = await tokenFor(t.url);
    const known = await call(t.url, 'GET', '/registry/v1/companies?country=LU&companyNumber=B123456', { token });
    const unknown = await call(t.url, 'GET', '/registry/v1/companies?country=LU&companyNumber=B999999', { token });
    const byVat = await call(t.url, 'GET', '/registry/v1/companies?country=LU&vatNumber=LU15027442', { token });
    expect(known.json?.results).toEqual([expect.objectContaining({ country: 'LU', companyNumber: 'B123456' })]);
    expect(unknown.json?.results).toEqual([]);
    expect(byVat.json?.results).toHaveLength(1);
  });

  it('answers 503 REGISTRY_UNAVAILABLE when the register is down, and 400 without a number', async () => {
    t = await startTestSandbox({ registryUnavailable: true });
    const token = await tokenFor(t.url);
    const down = await call(t.url, 'GET', '/registry/v1/companies?country=LU&companyNumber=B123456', { token });
    expect([down.status, down.json?.error]).toEqual([503, 'REGISTRY_UNAVAILABLE']);
    expect((await call(t.url, 'GET', '/registry/v1/companies?country=LU', { token })).status).toBe(400);
  });
});
