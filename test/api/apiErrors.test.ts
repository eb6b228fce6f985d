import { describe, expect, it } from 'vitest';
import { apiErrorFrom } from '../../src/api/apiErrorFrom.js';
import { ApiError, fatalErrorFor, mayHaveReachedServer, type ApiErrorKind } from '../../src/api/apiErrors.js';
import { ApiUnavailableError, AuthError } from '../../src/errors.js';
import { exitCodeFor } from '../../src/exitCodeFor.js';

const NOW = Date.parse('2026-11-28T10:00:00.000Z');
const RID = '5f0c2d1e-8b7a-4c3d-9e2f-1a2b3c4d5e6f';

function fromResponse(status: number, body: unknown, headers: Record<string, string> = {}): ApiError {
  return apiErrorFrom(
    { method: 'POST', path: '/partner/v1/spaces/s/clients', status, headers: { 'x-request-id': RID, ...headers }, body },
    NOW,
  );
}

describe('apiErrorFrom: answers', () => {
  it.each<[number, unknown, ApiErrorKind, string | undefined]>([
    [400, { error: 'VALIDATION_FAILED', violations: [] }, 'validation', 'VALIDATION_FAILED'],
    [400, { error: 'BAD_REQUEST' }, 'client_error', 'BAD_REQUEST'],
    [401, { error: 'invalid_client' }, 'unauthorized', 'invalid_client'],
    [403, { error: 'FORBIDDEN' }, 'forbidden', 'FORBIDDEN'],
    [404, { error: 'NOT_FOUND' }, 'not_found', 'NOT_FOUND'],
    [408, undefined, 'timeout', undefined],
    [409, { error: 'CLIENT_ALREADY_EXISTS' }, 'conflict', 'CLIENT_ALREADY_EXISTS'],
    [413, { error: 'PAYLOAD_TOO_LARGE' }, 'client_error', 'PAYLOAD_TOO_LARGE'],
    [415, undefined, 'client_error', undefined],
    [422, { error: 'IDEMPOTENCY_KEY_REUSED' }, 'client_error', 'IDEMPOTENCY_KEY_REUSED'],
    [429, { error: 'TOO_MANY_REQUESTS' }, 'rate_limited', 'TOO_MANY_REQUESTS'],
    [500, { error: 'INTERNAL' }, 'server', 'INTERNAL'],
    [502, undefined, 'server', undefined], // a gateway's HTML page: no JSON, no code
    [503, { error: 'REGISTRY_UNAVAILABLE' }, 'server', 'REGISTRY_UNAVAILABLE'],
    [504, undefined, 'server', undefined],
    [200, undefined, 'bad_response', undefined], // a 2xx reaches the factory only when unreadable
    [302, undefined, 'bad_response', undefined],
  ])('%i %j → %s', (status, body, kind, code) => {
    const error = fromResponse(status, body);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind, status, requestId: RID, method: 'POST', path: '/partner/v1/spaces/s/clients' });
    expect(error.code).toBe(code);
  });

  it('decides on status and code, never on title or detail', () => {
    const a = fromResponse(400, { error: 'VALIDATION_FAILED', title: 'Conflict', detail: 'rate limit exceeded' });
    const b = fromResponse(400, { error: 'OTHER', title: 'Validation failed', detail: 'VALIDATION_FAILED' });
    expect([a.kind, b.kind]).toEqual(['validation', 'client_error']);
  });

  it('reads violations, the existing client id and the request id from the body when the header is missing', () => {
    const violations = [{ field: 'companyNumber', code: 'trn.invalid', message: 'trn - is invalid' }];
    const v = apiErrorFrom(
      { method: 'POST', path: '/c', status: 400, headers: {}, body: { error: 'VALIDATION_FAILED', violations, requestId: RID } },
      NOW,
    );
    expect(v).toMatchObject({ kind: 'validation', violations, requestId: RID });
    expect(v.messageParams.fields).toBe('companyNumber');
    const c = fromResponse(409, { error: 'CLIENT_ALREADY_EXISTS', existingClientId: 'c-42' });
    expect(c.existingClientId).toBe('c-42');
  });

  it.each<[Record<string, string>, number | undefined]>([
    [{ 'retry-after': '3' }, 3000],
    [{ 'retry-after': 'Sat, 28 Nov 2026 10:00:07 GMT' }, 7000],
    [{ 'retry-after': 'later' }, undefined],
    [{ 'x-ratelimit-reset': String(NOW / 1000 + 12) }, 12_000], // a moment, not a delay
    [{ 'retry-after': '2', 'x-ratelimit-reset': String(NOW / 1000 + 12) }, 2000],
    [{}, undefined],
  ])('429 with %j waits %j ms', (headers, retryAfterMs) => {
    expect(fromResponse(429, undefined, headers).retryAfterMs).toBe(retryAfterMs);
  });

  it('keeps no query string in the path', () => {
    const error = apiErrorFrom({ method: 'GET', path: '/c?vatNumber=LU1&x=2', status: 500, headers: {}, body: undefined });
    expect(error.path).toBe('/c');
    expect(error.message).not.toContain('LU1');
  });

  it('keeps only identifier-like codes and ids (nothing the server could smuggle text into)', () => {
    const error = fromResponse(409, { error: 'has spaces and <html>', existingClientId: 'x'.repeat(500) });
    expect(error.code).toBeUndefined();
    expect(error.existingClientId).toBeUndefined();
    const odd = apiErrorFrom({ method: 'GET', path: '/c', status: 500, headers: { 'x-request-id': 'a\u001b[31mb' }, body: undefined });
    expect(odd.requestId).toBeUndefined();
  });
});

describe('apiErrorFrom: connection failures', () => {
  it.each<[unknown, boolean, number | undefined, ApiErrorKind, boolean]>([
    [Object.assign(new Error('x'), { code: 'ECONNREFUSED' }), false, undefined, 'network', false],
    [Object.assign(new Error('x'), { code: 'ENOTFOUND' }), false, undefined, 'network', false],
    [Object.assign(new Error('x'), { code: 'UND_ERR_CONNECT_TIMEOUT' }), false, undefined, 'timeout', false],
    [Object.assign(new Error('x'), { code: 'ECONNRESET' }), false, undefined, 'network', true],
    [Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }), false, undefined, 'network', true],
    [Object.assign(new Error('x'), { code: 'UND_ERR_HEADERS_TIMEOUT' }), false, undefined, 'timeout', true],
    [new DOMException('aborted', 'TimeoutError'), true, undefined, 'timeout', true],
    [Object.assign(new Error('x'), { code: 'UND_ERR_SOCKET' }), false, 201, 'bad_response', true], // body cut short
    [Object.assign(new Error('x'), { code: 'UND_ERR_BODY_TIMEOUT' }), false, 200, 'timeout', true],
    ['not even an error', false, undefined, 'network', true],
  ])('%o (our time limit: %s, status %s) → %s, may have reached the server: %s', (cause, timedOut, status, kind, reached) => {
    const error = apiErrorFrom({
      method: 'POST',
      path: '/c',
      cause,
      timedOut,
      ...(status !== undefined && { status, headers: { 'x-request-id': RID } }),
    });
    expect(error.kind).toBe(kind);
    expect(mayHaveReachedServer(error)).toBe(reached);
    if (status !== undefined) expect(error.requestId).toBe(RID);
  });
});

describe('mayHaveReachedServer: answers', () => {
  it.each([
    [429, false],
    [400, false],
    [409, false],
    [500, true],
    [503, true],
    [201, true],
  ])('%i → %s', (status, reached) => {
    expect(mayHaveReachedServer(fromResponse(status, undefined))).toBe(reached);
  });
});

describe('messages', () => {
  it('renders in English with the request id for support', () => {
    const error = fromResponse(503, undefined);
    expect(error.message).toBe(
      `Banqup had a server error (HTTP 503). Run again later. (request id ${RID}; give it to Banqup support) [POST /partner/v1/spaces/s/clients]`,
    );
    expect(error.messageCode).toBe('api.server');
    expect(error.messageParams).toMatchObject({ status: 503, requestId: RID });
  });

  it('says nothing of a request id when there is none', () => {
    const error = apiErrorFrom({ method: 'GET', path: '/c', cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) });
    expect(error.message).toBe('Cannot reach Banqup (connection failed). Check the internet connection, then run again. [GET /c]');
  });
});

describe('fatalErrorFor', () => {
  it.each<[ApiErrorKind, number, 'auth' | 'unavailable' | null]>([
    ['unauthorized', 401, 'auth'],
    ['forbidden', 403, 'auth'],
    ['network', 0, 'unavailable'],
    ['timeout', 0, 'unavailable'],
    ['bad_response', 200, 'unavailable'],
    ['rate_limited', 429, 'unavailable'],
    ['server', 503, 'unavailable'],
    ['not_found', 404, null],
    ['conflict', 409, null],
    ['validation', 400, null],
    ['client_error', 422, null],
  ])('%s → %s', (kind, status, expected) => {
    const fatal = fatalErrorFor(new ApiError({ kind, method: 'GET', path: '/x', status, requestId: RID }));
    if (expected === null) return expect(fatal).toBeNull();
    expect(fatal).toBeInstanceOf(expected === 'auth' ? AuthError : ApiUnavailableError);
    expect(exitCodeFor(fatal)).toBe(expected === 'auth' ? 4 : 6);
    expect(fatal?.code).toBe(`api.${kind}`);
    expect(fatal?.params.requestId).toBe(RID);
  });
});
