import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createBanqupApi } from '../../src/api/banqupApi.js';
import type { BanqupApi, Client } from '../../src/api/types.js';
import { draft } from '../helpers/clientDraft.js';
import { settlesBefore, startTimer } from '../helpers/timerRace.js';
import { apiFor, problem, send, SPACE_ID, startServer, type Handler, type Recorded, type ScriptedServer } from './scriptedServer.js';

const TOKEN_PATH = '/oauth2/client_credential/gettoken';
const CLIENTS = `/partner/v1/spaces/${SPACE_ID}/clients`;
const SPACES = { spaces: [{ id: SPACE_ID, name: 'Fiduciaire', type: 'PARTNER' }] };

let server: ScriptedServer | undefined;
let api: BanqupApi | undefined;
afterEach(async () => {
  await api?.close();
  await server?.close();
  api = undefined;
  server = undefined;
});

/** A server that hands out tokens and lets `handler` answer everything else. */
async function setup(handler: Handler, overrides: Parameters<typeof apiFor>[1] = {}) {
  server = await startServer((req) => {
    if (req.path === TOKEN_PATH) return send(req.res, 200, { access_token: 'tok', expires_in: 300 });
    return handler(req);
  });
  const made = apiFor(server.url, overrides);
  api = made.api;
  return { ...made, server, calls: () => server!.requests.filter((r) => r.path !== TOKEN_PATH) };
}

/** Answers the first calls with `failures`, then with `success`. */
function failThen(failures: Array<(req: Recorded) => void>, success: (req: Recorded) => void): Handler {
  let n = 0;
  return (req) => (failures[n++] ?? success)(req);
}

function client(i: number, overrides: Partial<Client> = {}): Client {
  return { ...draft({ externalReference: `CLI-${i}` }), id: `id-${i}`, status: 'INACTIVE', banqupSpaceId: null, documentSharing: null, links: null, createdAt: 'x', updatedAt: 'x', ...overrides };
}

describe('rate limits', () => {
  it('waits for Retry-After in seconds, pausing through the shared limiter, then succeeds', async () => {
    const { waits, events, calls } = await setup(
      failThen([(req) => send(req.res, 429, problem(429, 'TOO_MANY_REQUESTS'), { 'retry-after': '2' })], (req) => send(req.res, 200, SPACES)),
    );
    expect(await api!.listSpaces()).toHaveLength(1);
    expect(waits()).toEqual([2000]);
    expect(calls()).toHaveLength(2);
    expect(events).toContainEqual({ type: 'rate-limited', retryAfterMs: 2000, pauseMs: 2000 });
    expect(events).toContainEqual(expect.objectContaining({ type: 'retry', attempt: 1, delayMs: 2000, reason: 'rate_limited', status: 429 }));
    expect(api!.stats()).toMatchObject({ rateLimited: 1, retries: 1, calls: 3, pauses: 1, currentRate: 1000 }); // a fixed rate is not halved (issue 15)
  });

  it('waits for Retry-After given as an HTTP date', async () => {
    const { waits } = await setup(
      failThen(
        [(req) => send(req.res, 429, problem(429, 'TOO_MANY_REQUESTS'), { 'retry-after': 'Sat, 28 Nov 2026 10:00:05 GMT' })],
        (req) => send(req.res, 200, SPACES),
      ),
    );
    await api!.listSpaces();
    const [wait] = waits();
    // The virtual clock starts at 10:00:00.000; pacing moved it on by a few milliseconds.
    expect(wait).toBeGreaterThan(4990);
    expect(wait).toBeLessThanOrEqual(5000);
  });

  it('backs off exponentially on 429s without Retry-After, and gives up after maxAttempts', async () => {
    const { waits, calls } = await setup((req) => send(req.res, 429, problem(429, 'TOO_MANY_REQUESTS')), { maxAttempts: 4 });
    await expect(api!.listSpaces()).rejects.toMatchObject({ kind: 'rate_limited', status: 429 });
    expect(calls()).toHaveLength(4);
    expect(waits()).toEqual([500, 1000, 2000]);
  });
});

describe('server errors', () => {
  const html = (status: number) => (req: Recorded) => {
    req.res.writeHead(status, { 'content-type': 'text/html', 'x-request-id': randomUUID() });
    req.res.end(`<html><h1>${status}</h1></html>`);
  };
  it.each([
    ['500 problem', (req: Recorded) => send(req.res, 500, problem(500, 'INTERNAL_ERROR'))],
    ['502 HTML page', html(502)],
    ['503 problem', (req: Recorded) => send(req.res, 503, problem(503, 'SERVICE_UNAVAILABLE'))],
    ['504 HTML page', html(504)],
    ['cut-short JSON', (req: Recorded) => {
      req.res.writeHead(200, { 'content-type': 'application/json' });
      req.res.end('{"spaces": [{"id": "');
    }],
    ['dropped connection', (req: Recorded) => req.res.socket?.destroy()],
    ['a 200 of the wrong shape', (req: Recorded) => send(req.res, 200, { items: [] })],
  ])('retries a GET after a %s', async (_label, failure) => {
    const { waits, calls, events } = await setup(failThen([failure, failure], (req) => send(req.res, 200, SPACES)));
    expect(await api!.listSpaces()).toEqual(SPACES.spaces);
    expect(calls()).toHaveLength(3);
    expect(waits()).toEqual([500, 1000]);
    expect(events.filter((e) => e.type === 'retry')).toHaveLength(2);
  });

  it('retries a GET that times out', async () => {
    const { calls } = await setup(failThen([() => {}], (req) => send(req.res, 200, SPACES)));
    expect(await api!.listSpaces()).toHaveLength(1);
    expect(calls()).toHaveLength(2);
  });

  it('waits on the real clock when no clock is injected', async () => {
    server = await startServer(
      failThen(
        [(req) => send(req.res, 200, { access_token: 'tok', expires_in: 300 }), (req) => send(req.res, 503, problem(503, 'X'))],
        (req) => send(req.res, 200, SPACES),
      ),
    );
    api = createBanqupApi({ baseUrl: server.url, clientId: 'id', clientSecret: 'secret', version: '1', timeoutMs: 500 });
    // One backoff of 500 ms × a jitter factor in [½, 1] (at least 250 ms), plus pacing at 5/s.
    const timer = startTimer(240);
    const spaces = api.listSpaces();
    expect(await settlesBefore(spaces, timer)).toBe(false);
    expect(await spaces).toHaveLength(1);
    expect(api.stats()).toMatchObject({ calls: 3, retries: 1 });
  });

  it('gives up after maxAttempts with the last error and its request id', async () => {
    const rid = randomUUID();
    const { calls } = await setup((req) => send(req.res, 503, problem(503, 'SERVICE_UNAVAILABLE'), { 'x-request-id': rid }), { maxAttempts: 3 });
    const error: unknown = await api!.listSpaces().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'server', status: 503, requestId: rid });
    expect((error as Error).message).toContain(`request id ${rid}`);
    expect(calls()).toHaveLength(3);
  });

  it.each([400, 403, 404, 413, 415, 422])('does not retry %i', async (status) => {
    const { calls } = await setup((req) => send(req.res, status, problem(status, 'NOPE')));
    await expect(api!.listSpaces()).rejects.toMatchObject({ status });
    expect(calls()).toHaveLength(1);
  });
});

describe('findClients', () => {
  it('follows the pages to the end, 100 at a time, with the query', async () => {
    const all = Array.from({ length: 250 }, (_, i) => client(i));
    const { calls } = await setup((req) => {
      const page = Number(req.query.get('page'));
      send(req.res, 200, { page, size: 100, total: all.length, results: all.slice(page * 100, page * 100 + 100) });
    });
    const found = await api!.findClients(SPACE_ID, { vatNumber: 'LU15027442', status: 'ACTIVE' });
    expect(found).toHaveLength(250);
    expect(calls().map((r) => r.query.toString())).toEqual([
      'vatNumber=LU15027442&status=ACTIVE&page=0&size=100',
      'vatNumber=LU15027442&status=ACTIVE&page=1&size=100',
      'vatNumber=LU15027442&status=ACTIVE&page=2&size=100',
    ]);
  });

  it('reads pages until the total, and stops on an exact multiple', async () => {
    const { calls } = await setup((req) => {
      const page = Number(req.query.get('page'));
      send(req.res, 200, { page, size: 100, total: 101, results: page === 0 ? Array.from({ length: 100 }, (_, i) => client(i)) : [client(100)] });
    });
    expect(await api!.findClients(SPACE_ID, { externalReference: 'x' })).toHaveLength(101);
    expect(calls()).toHaveLength(2);
  });

  // Issue 11, attack 1: this answer was read as "0 clients found", and every row was created again.
  it.each([
    ['the attack: an id that is a number, a status that is an object, a total that is a word', { results: [{ id: 5, status: {} }], total: 'many' }],
    ['no total, page or size', { results: [] }],
    ['a total smaller than what the page holds', { page: 0, size: 100, total: 0, results: [client(1)] }],
    ['a short page whose total says there is more', { page: 0, size: 100, total: 250, results: [client(1)] }],
    ['more results than the page size asked', { page: 0, size: 100, total: 101, results: Array.from({ length: 101 }, (_, i) => client(i)) }],
    ['another page than the one asked', { page: 3, size: 100, total: 301, results: [client(1)] }],
    ['another page size than the one asked', { page: 0, size: 50, total: 1, results: [client(1)] }],
    ['a client without its status', { page: 0, size: 100, total: 1, results: [{ ...client(1), status: undefined }] }],
    ['the page wrapped in one more object', { data: { page: 0, size: 100, total: 0, results: [] } }],
  ])('refuses a page with %s: retried, then bad_response naming the call and its request id', async (_what, body) => {
    const { calls } = await setup((req) => send(req.res, 200, body, { 'x-request-id': 'rid-123' }));
    await expect(api!.findClients(SPACE_ID, {})).rejects.toMatchObject({ kind: 'bad_response', method: 'GET', path: CLIENTS, requestId: 'rid-123' });
    expect(calls()).toHaveLength(6);
  });

  it.each([[{ companyNumber: 'B1' }], [{ country: 'LU' }], [{ country: 'LU', status: 'ACTIVE' as const }]])(
    'refuses the query %j, which the contract refuses',
    async (query) => {
      const { calls } = await setup(() => {});
      await expect(api!.findClients(SPACE_ID, query)).rejects.toThrow(TypeError);
      expect(calls()).toHaveLength(0);
    },
  );
});

describe('getClient', () => {
  it('returns the client, or null on 404', async () => {
    await setup((req) => (req.path.endsWith('/id-1') ? send(req.res, 200, client(1)) : send(req.res, 404, problem(404, 'NOT_FOUND'))));
    expect(await api!.getClient(SPACE_ID, 'id-1')).toMatchObject({ id: 'id-1' });
    expect(await api!.getClient(SPACE_ID, 'id-2')).toBeNull();
  });
});

describe('provision', () => {
  it('returns one result per id, whatever the server left out', async () => {
    const { calls } = await setup((req) =>
      send(req.res, 200, {
        results: [
          { clientId: 'b', status: 'ALREADY_PROVISIONED', banqupSpaceId: 'sb' },
          { clientId: 'a', status: 'PROVISIONED', banqupSpaceId: 'sa', links: { banqup: 'https://app.banqup.example/sa', banqupFiles: null } },
          { clientId: 'c', status: 'FAILED', error: { error: 'NOT_FOUND', detail: 'x' } },
          { clientId: 'd', status: 'FAILED', error: { error: 'BUSY' } },
        ],
      }),
    );
    expect(await api!.provision(SPACE_ID, ['a', 'b', 'c', 'd', 'e'])).toEqual([
      { clientId: 'a', status: 'PROVISIONED', banqupSpaceId: 'sa', links: { banqup: 'https://app.banqup.example/sa', banqupFiles: null } },
      // A version 1 server gives no links: null, not an error.
      { clientId: 'b', status: 'ALREADY_PROVISIONED', banqupSpaceId: 'sb', links: null },
      { clientId: 'c', status: 'FAILED', error: 'NOT_FOUND', final: true },
      { clientId: 'd', status: 'FAILED', error: 'BUSY', final: false },
      { clientId: 'e', status: 'FAILED', error: 'MISSING_RESULT', final: false },
    ]);
    expect(calls()[0]).toMatchObject({ method: 'POST', path: `${CLIENTS}/provisioning`, text: '{"clientIds":["a","b","c","d","e"]}' });
  });

  it.each([
    ['an id that was not asked about', [{ clientId: 'zz', status: 'PROVISIONED', banqupSpaceId: 's' }]],
    ['the same id twice', [{ clientId: 'a', status: 'PROVISIONED', banqupSpaceId: 's' }, { clientId: 'a', status: 'FAILED', error: { error: 'X' } }]],
    ['a status of its own', [{ clientId: 'a', status: 'DONE' }]],
    ['a failure without its error code', [{ clientId: 'a', status: 'FAILED' }]],
  ])('refuses an answer with %s (retried, then bad_response)', async (_what, results) => {
    const { calls } = await setup((req) => send(req.res, 200, { results }));
    await expect(api!.provision(SPACE_ID, ['a'])).rejects.toMatchObject({ kind: 'bad_response' });
    expect(calls()).toHaveLength(6);
  });

  it('sends the same call again after a 503 or a timeout (provisioning is idempotent)', async () => {
    const ok = (req: Recorded) => send(req.res, 200, { results: [{ clientId: 'a', status: 'PROVISIONED', banqupSpaceId: 's' }] });
    const { calls, events } = await setup(failThen([(req) => send(req.res, 503, problem(503, 'X')), () => {}], ok));
    expect(await api!.provision(SPACE_ID, ['a'])).toHaveLength(1);
    expect(calls().map((r) => r.method)).toEqual(['POST', 'POST', 'POST']);
    expect(events.filter((e) => e.type === 'retry').every((e) => e.type === 'retry' && !e.lookup)).toBe(true);
  });

  it.each([0, 101])('refuses %i ids', async (count) => {
    await setup(() => {});
    await expect(api!.provision(SPACE_ID, Array.from({ length: count }, (_, i) => `id-${i}`))).rejects.toThrow(RangeError);
  });
});

describe('registryLookup', () => {
  it.each<[string, Handler, 'exists' | 'not-found' | 'unknown', number]>([
    ['a match', (req) => send(req.res, 200, { results: [{ legalName: 'X', country: 'LU', companyNumber: 'B1' }] }), 'exists', 1],
    ['no match', (req) => send(req.res, 200, { results: [] }), 'not-found', 1],
    ['503 REGISTRY_UNAVAILABLE (not retried)', (req) => send(req.res, 503, problem(503, 'REGISTRY_UNAVAILABLE')), 'unknown', 1],
    ['500 every time (retried, then unknown)', (req) => send(req.res, 500, problem(500, 'X')), 'unknown', 6],
    ['a 401 twice', (req) => send(req.res, 401, problem(401, 'UNAUTHORIZED')), 'unknown', 2],
    ['a 429 then a match', failThen([(req) => send(req.res, 429, problem(429, 'X'), { 'retry-after': '1' })], (req) => send(req.res, 200, { results: [{ legalName: 'X', country: 'LU' }] })), 'exists', 2],
    ['an answer that is not the contract’s, every time (retried, then unknown)', (req) => send(req.res, 200, { results: [{}] }), 'unknown', 6],
  ])('%s → %s', async (_label, handler, answer, requests) => {
    const { calls } = await setup(handler);
    expect(await api!.registryLookup({ country: 'LU', companyNumber: 'B123456' })).toBe(answer);
    expect(calls()).toHaveLength(requests);
    expect(calls()[0]!.query.toString()).toBe('country=LU&companyNumber=B123456');
  });
});

describe('events', () => {
  it('reports each request with its path (no query), status, time and request id', async () => {
    const rid = randomUUID();
    const { events } = await setup((req) => send(req.res, 200, { page: 0, size: 100, total: 0, results: [] }, { 'x-request-id': rid }));
    await api!.findClients(SPACE_ID, { vatNumber: 'LU15027442' });
    expect(events).toEqual([
      { type: 'request', method: 'POST', path: TOKEN_PATH, status: 200, ms: expect.any(Number) as number, requestId: expect.any(String) as string },
      { type: 'token-refreshed' },
      { type: 'request', method: 'GET', path: CLIENTS, status: 200, ms: expect.any(Number) as number, requestId: rid },
    ]);
  });
});
