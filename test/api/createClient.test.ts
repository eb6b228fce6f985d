import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/apiErrors.js';
import { draftBody } from '../../src/api/createClient.js';
import type { BanqupApi } from '../../src/api/types.js';
import type { ClientDraft } from '../../src/domain/types.js';
import { draft } from '../helpers/clientDraft.js';
import { apiFor, problem, send, SPACE_ID, startFakeBanqup, type FakeBanqupOptions } from './scriptedServer.js';

const CLIENTS = `/partner/v1/spaces/${SPACE_ID}/clients`;
const KEY = 'file-3f2a:row-2:draft-9c1d';

let api: BanqupApi | undefined;
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await api?.close();
  await close?.();
  api = undefined;
  close = undefined;
});

async function setup(options: FakeBanqupOptions = {}, overrides: Parameters<typeof apiFor>[1] = {}) {
  const fake = await startFakeBanqup(options);
  close = fake.close;
  const made = apiFor(fake.url, overrides);
  api = made.api;
  const posts = () => fake.requests.filter((r) => r.method === 'POST' && r.path === CLIENTS);
  const lookups = () => fake.requests.filter((r) => r.method === 'GET' && r.path === CLIENTS).map((r) => r.query.toString());
  return { fake, ...made, posts, lookups };
}

describe('createClient', () => {
  it('creates a client with the draft as body and the Idempotency-Key', async () => {
    const { fake, posts } = await setup();
    const result = await api!.createClient(SPACE_ID, draft(), KEY);
    expect(result.outcome).toBe('created');
    expect(result.client).toMatchObject({ ...draft(), status: 'INACTIVE', banqupSpaceId: null });
    expect(fake.clients.size).toBe(1);
    expect(posts()).toHaveLength(1);
    expect(JSON.parse(posts()[0]!.text)).toEqual(draft());
    expect(posts()[0]!.headers['idempotency-key']).toBe(KEY);
  });

  it('adopts the existing client on 409 CLIENT_ALREADY_EXISTS', async () => {
    const { fake, posts } = await setup();
    const first = await api!.createClient(SPACE_ID, draft(), 'k1');
    const again = await api!.createClient(SPACE_ID, draft({ externalReference: 'OTHER' }), 'k2'); // same VAT
    expect(again).toEqual({ client: first.client, outcome: 'adopted' });
    expect(fake.clients.size).toBe(1);
    expect(posts()).toHaveLength(2);
    expect(fake.requests.at(-1)!.path).toBe(`${CLIENTS}/${first.client.id}`);
  });

  it.each<[string, FakeBanqupOptions['createFault']]>([
    ['a connection dropped after the commit', () => 'drop-after-commit'],
    ['an answer slower than the time limit, after the commit', () => 'slow-after-commit'],
    ['a 201 body cut short after the commit', () => 'cut-after-commit'],
    ['a 500 after the commit', (n) => (n === 1 ? 'error-after-commit' : 'none')],
  ])('after %s, looks the client up and adopts it: one client on the server', async (_label, createFault) => {
    const { fake, posts, lookups, events } = await setup({ createFault, slowMs: 500 }, { timeoutMs: 200 });
    const result = await api!.createClient(SPACE_ID, draft(), KEY);
    expect(result.outcome).toBe('adopted');
    expect(fake.clients.size).toBe(1);
    expect(result.client.id).toBe([...fake.clients.keys()][0]);
    expect(posts()).toHaveLength(1);
    expect(lookups()).toEqual(['externalReference=CLI-0042&page=0&size=100']);
    expect(events).toContainEqual(expect.objectContaining({ type: 'retry', lookup: true, method: 'POST' }));
  });

  it('when the look-up finds nothing, posts again with the same key', async () => {
    const { fake, posts, lookups, waits } = await setup({ createFault: (n) => (n === 1 ? 'drop-before-commit' : 'none') });
    const result = await api!.createClient(SPACE_ID, draft(), KEY);
    expect(result.outcome).toBe('created');
    expect(fake.clients.size).toBe(1);
    expect(posts().map((r) => r.headers['idempotency-key'])).toEqual([KEY, KEY]);
    expect(posts()[1]!.text).toBe(posts()[0]!.text);
    // Not found by reference, VAT, or register number, so it is safe to post again.
    expect(lookups()).toEqual([
      'externalReference=CLI-0042&page=0&size=100',
      'vatNumber=LU15027442&page=0&size=100',
      'country=LU&companyNumber=B123456&page=0&size=100',
    ]);
    expect(waits()).toEqual([500]);
  });

  it('gives up after maxAttempts posts, each preceded by a look-up', async () => {
    const { fake, posts, lookups } = await setup({ createFault: () => 'drop-before-commit' }, { maxAttempts: 3 });
    await expect(api!.createClient(SPACE_ID, draft({ vatNumber: null, companyNumber: null }), KEY)).rejects.toMatchObject({
      kind: 'network',
    });
    expect(posts()).toHaveLength(3);
    expect(lookups()).toHaveLength(2);
    expect(fake.clients.size).toBe(0);
  });

  it('does not post again when the look-up itself fails: the outcome stays unknown', async () => {
    const { fake, posts } = await setup({
      createFault: () => 'drop-after-commit',
      intercept: (req) => {
        if (req.method !== 'GET' || req.path !== CLIENTS) return false;
        send(req.res, 503, problem(503, 'SERVICE_UNAVAILABLE'));
        return true;
      },
    });
    await expect(api!.createClient(SPACE_ID, draft(), KEY)).rejects.toMatchObject({ kind: 'network', method: 'POST' });
    expect(posts()).toHaveLength(1);
    expect(fake.clients.size).toBe(1);
  });

  it.each<[string, Partial<ClientDraft>, string]>([
    ['the VAT number without a reference', { externalReference: null }, 'vatNumber=LU15027442&page=0&size=100'],
    ['country + register number without reference or VAT', { externalReference: null, vatNumber: null }, 'country=LU&companyNumber=B123456&page=0&size=100'],
  ])('looks the client up by %s', async (_label, overrides, query) => {
    const { fake, lookups } = await setup({ createFault: (n) => (n === 1 ? 'drop-after-commit' : 'none') });
    expect((await api!.createClient(SPACE_ID, draft(overrides), KEY)).outcome).toBe('adopted');
    expect(lookups()).toEqual([query]);
    expect(fake.clients.size).toBe(1);
  });

  it('adopts on a 409 whose body was cut short, by looking the client up', async () => {
    let n = 0;
    const { fake } = await setup({
      intercept: (req) => {
        if (req.method !== 'POST' || req.path !== CLIENTS || ++n === 1) return false;
        req.res.writeHead(409, { 'content-type': 'application/problem+json', 'content-length': '200' });
        req.res.write('{"error": "CLIENT_ALR');
        setTimeout(() => req.res.socket?.destroy(), 10);
        return true;
      },
    });
    const first = await api!.createClient(SPACE_ID, draft(), 'k1');
    expect(await api!.createClient(SPACE_ID, draft(), 'k2')).toEqual({ client: first.client, outcome: 'adopted' });
    expect(fake.clients.size).toBe(1);
  });

  it('surfaces 400 violations as a validation error, without retrying', async () => {
    const violations = [
      { field: 'companyNumber', code: 'trn.invalid', message: 'trn - is invalid' },
      { field: 'assigneeEmails[1]', code: 'format', message: 'not an email' },
    ];
    const rid = '0b8e7d6c-5a4b-4c3d-8e2f-1a2b3c4d5e6f';
    const { posts } = await setup({
      intercept: (req) => {
        if (req.method !== 'POST' || req.path !== CLIENTS) return false;
        send(req.res, 400, problem(400, 'VALIDATION_FAILED', { violations }), { 'x-request-id': rid });
        return true;
      },
    });
    const error = await api!.createClient(SPACE_ID, draft(), KEY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'validation', status: 400, code: 'VALIDATION_FAILED', violations, requestId: rid });
    expect((error as ApiError).message).toContain('companyNumber, assigneeEmails[1]');
    expect(posts()).toHaveLength(1);
  });

  it('surfaces 422 IDEMPOTENCY_KEY_REUSED as a client error, without retrying', async () => {
    const { posts } = await setup({
      intercept: (req) => {
        if (req.method !== 'POST' || req.path !== CLIENTS) return false;
        send(req.res, 422, problem(422, 'IDEMPOTENCY_KEY_REUSED'));
        return true;
      },
    });
    await expect(api!.createClient(SPACE_ID, draft(), KEY)).rejects.toMatchObject({ kind: 'client_error', code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(posts()).toHaveLength(1);
  });

  it('retries a 429 on create without a look-up (refused before any work)', async () => {
    let n = 0;
    const { fake, lookups } = await setup({
      intercept: (req) => {
        if (req.method !== 'POST' || req.path !== CLIENTS || ++n > 1) return false;
        send(req.res, 429, problem(429, 'TOO_MANY_REQUESTS'), { 'retry-after': '1' });
        return true;
      },
    });
    expect((await api!.createClient(SPACE_ID, draft(), KEY)).outcome).toBe('created');
    expect(lookups()).toEqual([]);
    expect(fake.clients.size).toBe(1);
  });

  it.each(['', 'x'.repeat(256), 'has space', 'é'])('refuses the idempotency key %j', async (key) => {
    await setup();
    await expect(api!.createClient(SPACE_ID, draft(), key)).rejects.toThrow(TypeError);
  });
});

describe('draftBody', () => {
  it('sends exactly the contract fields, whatever else the object carries', () => {
    const withExtras = { ...draft(), row: 7, secret: 'no', address: { ...draft().address, extra: 1 } } as unknown as ClientDraft;
    expect(draftBody(withExtras)).toEqual(draft());
    expect(Object.keys(draftBody(withExtras))).toEqual(Object.keys(draft()));
  });
});

describe('createClient: an answer that is not about the client sent (issue 11)', () => {
  it('a 201 naming another client is not believed: the client is looked up, found and adopted, never posted twice', async () => {
    const { fake, posts } = await setup({
      intercept: (req) => {
        if (req.method !== 'POST' || req.path !== CLIENTS) return false;
        const body = JSON.parse(req.text) as ClientDraft;
        const id = '11111111-2222-4333-8444-555555555555';
        fake.clients.set(id, { ...body, id, status: 'INACTIVE', banqupSpaceId: null, documentSharing: null, links: null, createdAt: 'x', updatedAt: 'x' });
        send(req.res, 201, { ...body, externalReference: 'SOMEONE-ELSE', id: 'other', status: 'ACTIVE', banqupSpaceId: 'x', createdAt: 'x', updatedAt: 'x' });
        return true;
      },
    });
    const result = await api!.createClient(SPACE_ID, draft(), KEY);
    expect(result).toMatchObject({ outcome: 'adopted', client: { id: '11111111-2222-4333-8444-555555555555', externalReference: 'CLI-0042' } });
    expect(posts()).toHaveLength(1);
  });

  it('a 409 whose existing client reads back as another id is not adopted (bad_response)', async () => {
    const { fake } = await setup({
      intercept: (req) => {
        if (req.method === 'POST' && req.path === CLIENTS) {
          send(req.res, 409, problem(409, 'CLIENT_ALREADY_EXISTS', { existingClientId: 'abc' }));
          return true;
        }
        if (req.method === 'GET' && req.path === `${CLIENTS}/abc`) {
          send(req.res, 200, { ...draft(), id: 'xyz', status: 'INACTIVE', banqupSpaceId: null, createdAt: 'x', updatedAt: 'x' });
          return true;
        }
        return false;
      },
    });
    await expect(api!.createClient(SPACE_ID, draft(), KEY)).rejects.toMatchObject({ kind: 'bad_response', path: `${CLIENTS}/abc` });
    expect(fake.clients.size).toBe(0);
  });
});
