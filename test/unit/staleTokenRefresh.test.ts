import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/apiErrors.js';
import type { HttpClient, HttpRequest, HttpResponse } from '../../src/api/httpClient.js';
import { createRateLimiter } from '../../src/api/rateLimiter.js';
import { createRequestRunner } from '../../src/api/requestRunner.js';
import { createTokenManager } from '../../src/api/tokenManager.js';

// Regression (issue 4, faultStorm): one revoked token fails every call in flight with it (401).
// Each of them refreshed and counted that 401 as its own; when the next token was revoked too
// (by another call's fault) before its retry, it took that as "a second 401 in a row" and ended
// the whole run with exit 4, "credentials refused", though the credentials were fine.

const unauthorized = (request: HttpRequest): ApiError =>
  new ApiError({ kind: 'unauthorized', method: request.method, path: request.path, status: 401, code: 'UNAUTHORIZED' });

/** A runner over a fake transport; `answer` decides per request (it sees the token used). */
function setup(answer: (request: HttpRequest, tokens: ReturnType<typeof createTokenManager>) => Promise<HttpResponse>, maxAttempts = 6) {
  let issued = 0;
  const tokens = createTokenManager({ fetchToken: () => Promise.resolve({ accessToken: `t${++issued}`, lifetimeMs: 300_000 }) });
  const sent: string[] = [];
  const http: HttpClient = {
    async send(request) {
      sent.push(request.token ?? '-');
      return answer(request, tokens);
    },
    close: async () => {},
  };
  const run = createRequestRunner({
    http,
    limiter: createRateLimiter({ rate: 1000, concurrency: 4 }),
    tokens,
    maxAttempts,
    now: Date.now,
    sleep: async () => {},
    random: () => 0.5,
    emit: () => {},
    counters: { calls: 0, retries: 0, rateLimited: 0 },
  });
  const call = () => run({ request: { method: 'GET', path: '/x' }, auth: true, idempotent: true, parse: (r) => r.body as { ok: boolean } });
  return { call, sent, tokens };
}

const ok: HttpResponse = { status: 200, headers: {}, body: { ok: true } };

describe('a 401 for a token another call had already replaced', () => {
  it('is not the second 401 in a row: the call gets a fresh token and goes on', async () => {
    let n = 0;
    const { call, sent } = setup(async (request, tokens) => {
      n++;
      if (n === 1) throw unauthorized(request); // t1 revoked: this call refreshes (its one refresh)
      if (n === 2) {
        // t2 is revoked by another call's fault while this request is under way: that call
        // replaces it first (t3), then this answer arrives.
        tokens.invalidate('t2');
        await tokens.getToken();
        throw unauthorized(request);
      }
      return ok;
    });
    await expect(call()).resolves.toMatchObject({ value: { ok: true } });
    expect(sent).toEqual(['t1', 't2', 't3']);
  });

  it('two 401s in a row with the current token still end the call (credentials or access refused)', async () => {
    const { call, sent } = setup((request) => Promise.reject(unauthorized(request)));
    await expect(call()).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(sent).toEqual(['t1', 't2']);
  });

  it('free refreshes stop at the attempt limit', async () => {
    const { call, sent } = setup(async (request, tokens) => {
      // Every answer comes after someone else replaced the token: never "current", never free forever.
      tokens.invalidate(request.token ?? '');
      await tokens.getToken();
      throw unauthorized(request);
    }, 4);
    await expect(call()).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(sent.length).toBeLessThanOrEqual(5);
  });

  it('invalidate says whether the token was the current one', async () => {
    const { tokens } = setup(() => Promise.resolve(ok));
    expect(await tokens.getToken()).toBe('t1');
    expect(tokens.invalidate('t1')).toBe(true);
    expect(tokens.invalidate('t1')).toBe(false);
    expect(await tokens.getToken()).toBe('t2');
    expect(tokens.invalidate('t1')).toBe(false);
  });
});
