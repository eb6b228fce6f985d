import { describe, expect, it } from 'vitest';
import type { ApiErrorKind } from '../../src/api/apiErrors.js';
import {
  backoffDelay,
  decideRetry,
  DEFAULT_MAX_ATTEMPTS,
  MAX_WAIT_MS,
  parseRetryAfter,
  type RetryAction,
} from '../../src/api/retryPolicy.js';

const NOW = Date.parse('2026-11-28T10:00:00.000Z');
const one = (): number => 1; // jitter factor 1: the full exponential delay

interface Case {
  readonly error: { kind: ApiErrorKind; status?: number; retryAfterMs?: number };
  readonly method?: string;
  readonly idempotent?: boolean;
  readonly reached?: boolean;
  readonly attempt?: number;
  readonly refreshAllowed?: boolean;
}

function decide(c: Case): [RetryAction, number] {
  const d = decideRetry({
    error: c.error,
    attempt: c.attempt ?? 1,
    maxAttempts: DEFAULT_MAX_ATTEMPTS,
    method: c.method ?? 'GET',
    ...(c.idempotent !== undefined && { idempotent: c.idempotent }),
    mayHaveReachedServer: c.reached ?? true,
    refreshAllowed: c.refreshAllowed ?? true,
    random: one,
  });
  return [d.action, d.delayMs];
}

describe('decideRetry', () => {
  it.each<[string, Case, RetryAction, number]>([
    // retried: 429, 500, 502, 503, 504, cut-short bodies, network errors, time limits
    ['429 with Retry-After waits for it', { error: { kind: 'rate_limited', status: 429, retryAfterMs: 2000 } }, 'retry', 2000],
    ['429 without Retry-After backs off', { error: { kind: 'rate_limited', status: 429 } }, 'retry', 500],
    ['500 GET', { error: { kind: 'server', status: 500 } }, 'retry', 500],
    ['502 GET, 2nd attempt', { error: { kind: 'server', status: 502 }, attempt: 2 }, 'retry', 1000],
    ['503 with Retry-After', { error: { kind: 'server', status: 503, retryAfterMs: 7000 }, attempt: 3 }, 'retry', 7000],
    ['504 GET, 4th attempt', { error: { kind: 'server', status: 504 }, attempt: 4 }, 'retry', 4000],
    ['cut-short body GET, 5th attempt', { error: { kind: 'bad_response', status: 200 }, attempt: 5 }, 'retry', 8000],
    ['network GET', { error: { kind: 'network' } }, 'retry', 500],
    ['timeout GET', { error: { kind: 'timeout' } }, 'retry', 500],
    // a create that may have gone through is looked up first
    ['500 on a create', { error: { kind: 'server', status: 500 }, method: 'POST' }, 'lookup-then-retry', 500],
    ['timeout on a create', { error: { kind: 'timeout' }, method: 'POST' }, 'lookup-then-retry', 500],
    ['dropped connection on a create', { error: { kind: 'network' }, method: 'POST' }, 'lookup-then-retry', 500],
    ['cut-short 201 on a create', { error: { kind: 'bad_response', status: 201 }, method: 'POST' }, 'lookup-then-retry', 500],
    ['refused connection on a create', { error: { kind: 'network' }, method: 'POST', reached: false }, 'retry', 500],
    ['429 on a create (refused before any work)', { error: { kind: 'rate_limited', status: 429 }, method: 'POST', reached: false }, 'retry', 500],
    ['503 on provisioning (idempotent POST)', { error: { kind: 'server', status: 503 }, method: 'POST', idempotent: true }, 'retry', 500],
    // never retried
    ['400 VALIDATION_FAILED', { error: { kind: 'validation', status: 400 } }, 'give-up', 0],
    ['400 other', { error: { kind: 'client_error', status: 400 } }, 'give-up', 0],
    ['403', { error: { kind: 'forbidden', status: 403 } }, 'give-up', 0],
    ['404', { error: { kind: 'not_found', status: 404 } }, 'give-up', 0],
    ['409', { error: { kind: 'conflict', status: 409 }, method: 'POST' }, 'give-up', 0],
    ['413', { error: { kind: 'client_error', status: 413 } }, 'give-up', 0],
    ['415', { error: { kind: 'client_error', status: 415 } }, 'give-up', 0],
    ['422', { error: { kind: 'client_error', status: 422 }, method: 'POST' }, 'give-up', 0],
    ['501 (not one of the four)', { error: { kind: 'server', status: 501 } }, 'give-up', 0],
    // 401: one new token, then fatal
    ['first 401', { error: { kind: 'unauthorized', status: 401 }, attempt: 6 }, 'refresh-then-retry', 0],
    ['second 401 in a row', { error: { kind: 'unauthorized', status: 401 }, refreshAllowed: false }, 'give-up', 0],
    // limits
    ['out of attempts', { error: { kind: 'server', status: 503 }, attempt: 6 }, 'give-up', 0],
    ['out of attempts on a create', { error: { kind: 'timeout' }, method: 'POST', attempt: 6 }, 'give-up', 0],
    ['Retry-After beyond the longest wait', { error: { kind: 'rate_limited', status: 429, retryAfterMs: MAX_WAIT_MS + 1 } }, 'give-up', 0],
    ['Retry-After at the longest wait', { error: { kind: 'rate_limited', status: 429, retryAfterMs: MAX_WAIT_MS } }, 'retry', MAX_WAIT_MS],
  ])('%s', (_label, input, action, delayMs) => {
    expect(decide(input)).toEqual([action, delayMs]);
  });

  it('treats PATCH like POST and the other methods as idempotent by default', () => {
    expect(decide({ error: { kind: 'timeout' }, method: 'PATCH' })[0]).toBe('lookup-then-retry');
    expect(decide({ error: { kind: 'timeout' }, method: 'put' })[0]).toBe('retry');
  });
});

describe('backoffDelay', () => {
  it.each([
    // attempt, random, delay: base 500 × 2^(n−1), capped at 10 s, × [½, 1], never under 500
    [1, 1, 500],
    [2, 1, 1000],
    [3, 1, 2000],
    [4, 1, 4000],
    [5, 1, 8000],
    [6, 1, 10_000],
    [12, 1, 10_000],
    [1, 0, 500],
    [2, 0, 500],
    [3, 0, 1000],
    [6, 0, 5000],
    [3, 0.5, 1500],
    [3, Number.NaN, 2000],
    [3, 7, 2000],
  ])('attempt %i, random %d → %i ms', (attempt, random, expected) => {
    expect(backoffDelay(attempt, () => random)).toBe(expected);
  });
});

describe('parseRetryAfter', () => {
  it.each<[string | undefined, number | undefined]>([
    ['120', 120_000],
    ['0', 0],
    [' 3 ', 3000],
    ['1.5', 1500],
    ['Sat, 28 Nov 2026 10:00:05 GMT', 5000], // IMF-fixdate
    ['Saturday, 28-Nov-26 10:00:05 GMT', 5000], // RFC 850
    ['Sat Nov 28 10:00:05 2026', 5000], // asctime: GMT by convention
    ['Fri, 27 Nov 2026 10:00:00 GMT', 0], // already past
    ['Thu, 01 Jan 1970 00:00:00 GMT', 0],
    ['-5', undefined],
    ['-1', undefined],
    ['12abc', undefined],
    ['soon', undefined],
    ['Mon, 99 Foo 2026', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });
});
