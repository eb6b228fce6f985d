import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, mayHaveReachedServer } from '../../src/api/apiErrors.js';
import { createHttpClient, type HttpClient } from '../../src/api/httpClient.js';
import { send, startServer, type Handler, type ScriptedServer } from './scriptedServer.js';

const RID = randomUUID();
let server: ScriptedServer | undefined;
let http: HttpClient | undefined;

afterEach(async () => {
  await http?.close();
  await server?.close();
  http = undefined;
  server = undefined;
});

async function setup(handler: Handler, prefix = '', timeoutMs = 200): Promise<{ server: ScriptedServer; http: HttpClient }> {
  server = await startServer(handler);
  http = createHttpClient({ baseUrl: server.url + prefix, version: '9.8.7', timeoutMs });
  return { server, http };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('requests', () => {
  it('sends JSON with the User-Agent, Accept, the bearer token, the prefix and the query', async () => {
    const { server, http } = await setup((req) => send(req.res, 201, { ok: true }, { 'x-request-id': RID }), '/base');
    const response = await http.send({
      method: 'POST',
      path: '/partner/v1/x',
      query: { a: 'b c', skip: undefined, page: 0 },
      json: { legalName: 'Café' },
      token: 'tok-1',
      headers: { 'idempotency-key': 'k1' },
    });
    expect(response).toMatchObject({ status: 201, body: { ok: true }, requestId: RID });
    const [req] = server.requests;
    expect(req).toMatchObject({ method: 'POST', path: '/base/partner/v1/x', text: '{"legalName":"Café"}' });
    expect(req!.query.toString()).toBe('a=b+c&page=0');
    expect(req!.headers).toMatchObject({
      'user-agent': 'banqup-import/9.8.7',
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: 'Bearer tok-1',
      'idempotency-key': 'k1',
    });
  });

  it('form-encodes the token request', async () => {
    const { server, http } = await setup((req) => send(req.res, 200, {}));
    await http.send({ method: 'POST', path: '/t', form: { grant_type: 'client_credentials', client_id: 'a&b' } });
    expect(server.requests[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(server.requests[0]!.text).toBe('grant_type=client_credentials&client_id=a%26b');
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('keeps the connection alive between requests', async () => {
    const { server, http } = await setup((req) => send(req.res, 200, {}));
    for (let i = 0; i < 6; i++) await http.send({ method: 'GET', path: '/a' });
    // undici's Pool may alternate between two warm sockets; what matters is that it does not open six.
    expect(new Set(server.requests.map((r) => r.remotePort)).size).toBeLessThanOrEqual(2);
  });

  it('accepts an empty 204 answer', async () => {
    const { http } = await setup((req) => {
      req.res.writeHead(204, { 'x-request-id': RID });
      req.res.end();
    });
    expect(await http.send({ method: 'GET', path: '/a' })).toMatchObject({ status: 204, body: undefined, requestId: RID });
  });
});

describe('answers that are not usable', () => {
  it('turns a gateway HTML page into a readable error with the request id', async () => {
    const { http } = await setup((req) => {
      req.res.writeHead(502, { 'content-type': 'text/html', 'x-request-id': RID });
      req.res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
    });
    const error = await failure(http.send({ method: 'GET', path: '/a' }));
    expect(error).toMatchObject({ kind: 'server', status: 502, requestId: RID });
    expect(error.code).toBeUndefined();
    expect(error.message).toContain(`HTTP 502`);
    expect(error.message).toContain(`request id ${RID}`);
    expect(error.message).not.toContain('<html>');
  });

  it.each([
    ['HTML with a 200', (res: Parameters<Handler>[0]['res']) => {
      res.writeHead(200, { 'content-type': 'text/html', 'x-request-id': RID });
      res.end('<html>login</html>');
    }],
    ['JSON cut short in a complete answer', (res: Parameters<Handler>[0]['res']) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': RID });
      res.end('{"id": "abc", "legalN');
    }],
    ['a connection closed before the announced length', (res: Parameters<Handler>[0]['res']) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '400', 'x-request-id': RID });
      res.write('{"id": "abc", ');
      setTimeout(() => res.socket?.destroy(), 20);
    }],
    ['a chunked body cut off', (res: Parameters<Handler>[0]['res']) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': RID });
      res.write('{"results": [');
      setTimeout(() => res.socket?.destroy(), 20);
    }],
  ])('%s → bad_response with the request id', async (_label, answer) => {
    const { http } = await setup((req) => answer(req.res));
    const error = await failure(http.send({ method: 'GET', path: '/a' }));
    expect(error).toMatchObject({ kind: 'bad_response', status: 200, requestId: RID });
    expect(mayHaveReachedServer(error)).toBe(true);
  });

  it('goes by the status when an error body is cut short', async () => {
    const { http } = await setup((req) => {
      req.res.writeHead(503, { 'content-type': 'application/json', 'content-length': '300', 'x-request-id': RID, 'retry-after': '4' });
      req.res.write('{"error": "SERV');
      setTimeout(() => req.res.socket?.destroy(), 20);
    });
    const error = await failure(http.send({ method: 'GET', path: '/a' }));
    expect(error).toMatchObject({ kind: 'server', status: 503, requestId: RID, retryAfterMs: 4000 });
  });
});

describe('time limits and connection failures', () => {
  // The wait is bounded by this test's own time limit, a third of the client's 30 s default: a
  // client that ignored its 200 ms limit would not fail in time.
  it('gives up on a server that never answers, within the time limit', async () => {
    const { http } = await setup(() => {}, '', 200);
    const error = await failure(http.send({ method: 'POST', path: '/a', json: {} }));
    expect(error.kind).toBe('timeout');
    expect(mayHaveReachedServer(error)).toBe(true);
  }, 10_000);

  it('gives up on a body that stalls, and keeps the request id from the headers', async () => {
    const { http } = await setup((req) => {
      req.res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': RID });
      req.res.write('{"a":');
    }, '', 200);
    const error = await failure(http.send({ method: 'GET', path: '/a' }));
    expect(error).toMatchObject({ kind: 'timeout', status: 200, requestId: RID });
  });

  it('gives up on an answer that trickles a byte at a time: the time limit bounds the whole exchange', async () => {
    let timer: NodeJS.Timeout | undefined;
    const { http } = await setup((req) => {
      req.res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': RID });
      req.res.write('[');
      // Each byte comes well within the idle limit (bodyTimeout); only the whole-exchange limit ends it.
      timer = setInterval(() => req.res.write(' '), 40);
      req.res.on('close', () => clearInterval(timer));
    }, '', 300);
    const error = await failure(http.send({ method: 'GET', path: '/a' }));
    clearInterval(timer);
    expect(error).toMatchObject({ kind: 'timeout', status: 200, requestId: RID });
  }, 10_000);

  it('reports a refused connection as a network error that never reached the server', async () => {
    const { server, http } = await setup(() => {});
    await server.close();
    const error = await failure(http.send({ method: 'POST', path: '/a', json: {} }));
    expect(error).toMatchObject({ kind: 'network', networkCode: 'ECONNREFUSED' });
    expect(mayHaveReachedServer(error)).toBe(false);
  });

  it('reports a connection dropped without an answer as a network error that may have reached the server', async () => {
    const { http } = await setup((req) => {
      req.res.socket?.destroy();
    });
    const error = await failure(http.send({ method: 'POST', path: '/a', json: {} }));
    expect(error.kind).toBe('network');
    expect(mayHaveReachedServer(error)).toBe(true);
  });
});
