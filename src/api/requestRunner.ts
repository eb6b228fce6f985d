import { ApiError, mayHaveReachedServer } from './apiErrors.js';
import type { HttpClient, HttpRequest, HttpResponse } from './httpClient.js';
import { unexpectedShape } from './httpClient.js';
import { rateLimitHintsFrom } from './rateLimitHints.js';
import type { RateLimiter } from './rateLimiter.js';
import { decideRetry, MAX_WAIT_MS, type RetryDecision } from './retryPolicy.js';
import type { ApiEvent } from './types.js';

/** One logical call: the request, how to read its answer, and what to do when its outcome is unknown. */
export interface RunSpec<T> {
  readonly request: Omit<HttpRequest, 'token'>;
  /** Attach a bearer token (every call but the token request itself). */
  readonly auth: boolean;
  /** Whether sending it twice is harmless (GETs, provisioning, the token request). */
  readonly idempotent: boolean;
  /** Reads a 2xx answer; undefined means "not the promised shape" (handled like a cut-short body). */
  readonly parse: (response: HttpResponse) => T | undefined;
  /**
   * For a non-idempotent request whose outcome is unknown: finds what it may have done. A value
   * ends the call (recovered); undefined lets it be sent again. Without it, such a call gives up.
   */
  readonly lookup?: () => Promise<T | undefined>;
  /** Errors not worth retrying for this call even though the policy would (a registry that is down). */
  readonly giveUpOn?: (error: ApiError) => boolean;
  /**
   * A read (GETs, the token): the request is the contract's own, so a 4xx other than 401, 403,
   * 404 and 429 says nothing about a row or about us: it is `unusable` (exit 6), not a bug of ours.
   */
  readonly readOnly?: boolean;
}

/** The value of a call, and where it came from. */
export interface RunResult<T> {
  readonly value: T;
  /** True when the value came from `lookup`, not from the request's own answer. */
  readonly recovered: boolean;
}

/** The seams the runner is built from (one set per adapter). */
export interface RunnerDeps {
  readonly http: HttpClient;
  readonly limiter: RateLimiter;
  /** `invalidate` says whether the token was still current (false: another call had replaced it). */
  readonly tokens: { getToken(): Promise<string>; invalidate(token: string): boolean | void };
  readonly maxAttempts: number;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  readonly emit: (event: ApiEvent) => void;
  readonly counters: { calls: number; retries: number; rateLimited: number };
}

const GIVE_UP: RetryDecision = { action: 'give-up', delayMs: 0 };

/** Runs calls through pacing, the token and the retry policy: the one loop every request goes through. */
export function createRequestRunner(deps: RunnerDeps): <T>(spec: RunSpec<T>) => Promise<RunResult<T>> {
  const { http, limiter, tokens, counters, emit } = deps;

  return async function run<T>(spec: RunSpec<T>): Promise<RunResult<T>> {
    const { method, path } = spec.request;
    let refreshAllowed = spec.auth;
    for (let attempt = 1; ; attempt++) {
      // The token first, then the slot: a slot taken before waiting for the token is used when the
      // token comes, together with every other one taken meanwhile (a burst the server refuses).
      // The token request only paces: it must not queue behind the callers that are waiting for it.
      const token = spec.auth ? await tokens.getToken() : undefined;
      const release = spec.auth ? await limiter.acquire() : await limiter.pace().then(() => () => {});
      let error: ApiError;
      let sentAt: number | undefined;
      try {
        const outcome = await attemptOnce(spec, token);
        if ('value' in outcome) return { value: outcome.value, recovered: false };
        error = outcome.error;
        sentAt = outcome.sentAt;
      } finally {
        release();
      }

      // A 401 for a token that another call had already replaced (one revoked token fails every
      // call in flight with it) is not this call's second 401: it gets a fresh token without using
      // up its one refresh, within the attempt limit. Only a 401 for the current token counts.
      const stale = error.kind === 'unauthorized' && token !== undefined && tokens.invalidate(token) === false;
      const freeRefresh = stale && attempt < deps.maxAttempts;
      const decision = spec.giveUpOn?.(error)
        ? GIVE_UP
        : decideRetry({
            error,
            attempt,
            maxAttempts: deps.maxAttempts,
            method,
            idempotent: spec.idempotent,
            mayHaveReachedServer: mayHaveReachedServer(error),
            refreshAllowed: refreshAllowed || freeRefresh,
            random: deps.random,
          });
      if (error.kind === 'rate_limited') {
        // Everyone shares the credentials' limit, so everyone pauses (rateLimiter.ts), even if this call gives up.
        const asked = decision.action === 'give-up' ? (error.retryAfterMs ?? 0) : decision.delayMs;
        const waitMs = Math.min(asked, MAX_WAIT_MS);
        counters.rateLimited++;
        const pauseMs = limiter.noteRateLimited({
          sentAt: sentAt ?? deps.now(),
          receivedAt: deps.now(),
          retryAfterMs: waitMs,
          ...(error.rateLimitHints !== undefined && { hints: error.rateLimitHints }),
        });
        emit({ type: 'rate-limited', retryAfterMs: waitMs, pauseMs });
      }
      if (decision.action === 'give-up') throw spec.readOnly === true ? unusableIfRefused(error) : error;
      // No blind second send of a non-idempotent request (style.md §8 rule 10).
      if (decision.action === 'lookup-then-retry' && spec.lookup === undefined) throw error;

      counters.retries++;
      emit({
        type: 'retry',
        method,
        path,
        attempt,
        delayMs: decision.delayMs,
        reason: error.kind,
        ...(error.status !== undefined && { status: error.status }),
        lookup: decision.action === 'lookup-then-retry',
      });
      if (decision.action === 'refresh-then-retry') {
        if (!freeRefresh) refreshAllowed = false;
        continue;
      }
      refreshAllowed = spec.auth; // "a second 401 in a row": anything in between resets the count
      // The refused call itself waits out its Retry-After; the others pause as long as pacing says (rateLimiter.ts).
      if (decision.delayMs > 0) await deps.sleep(decision.delayMs);
      if (decision.action === 'lookup-then-retry' && spec.lookup !== undefined) {
        const found = await lookupOrThrow(spec.lookup, error);
        if (found !== undefined) return { value: found, recovered: true };
      }
    }
  };

  async function attemptOnce<T>(
    spec: RunSpec<T>,
    token: string | undefined,
  ): Promise<{ value: T } | { error: ApiError; sentAt: number }> {
    const { method, path } = spec.request;
    const started = deps.now();
    counters.calls++;
    try {
      const response = await http.send(token === undefined ? spec.request : { ...spec.request, token });
      emitRequest(method, path, started, response.status, response.requestId);
      const hints = rateLimitHintsFrom(response.headers);
      limiter.noteSuccess({ sentAt: started, receivedAt: deps.now(), ...(hints !== undefined && { hints }) });
      const value = spec.parse(response);
      return value === undefined ? { error: unexpectedShape(spec.request, response), sentAt: started } : { value };
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      emitRequest(method, path, started, caught.status, caught.requestId, caught.kind);
      // Any other answer says the server is keeping up; no answer says nothing about its limit.
      if (caught.status !== undefined && caught.kind !== 'rate_limited') {
        limiter.noteSuccess({ sentAt: started, receivedAt: deps.now(), ...(caught.rateLimitHints !== undefined && { hints: caught.rateLimitHints }) });
      }
      return { error: caught, sentAt: started };
    }
  }

  function emitRequest(
    method: string,
    path: string,
    started: number,
    status: number | undefined,
    requestId: string | undefined,
    kind?: ApiError['kind'],
  ): void {
    emit({
      type: 'request',
      method,
      path,
      ms: Math.max(0, deps.now() - started),
      ...(status !== undefined && { status }),
      ...(requestId !== undefined && { requestId }),
      ...(kind !== undefined && { error: kind }),
    });
  }
}

const REFUSALS: ReadonlySet<ApiError['kind']> = new Set(['client_error', 'validation', 'conflict']);

/** A read that Banqup refused with an unexpected 4xx, as the `unusable` answer it is (same status, code, request id). */
function unusableIfRefused(error: ApiError): ApiError {
  if (!REFUSALS.has(error.kind)) return error;
  return new ApiError({
    kind: 'unusable',
    method: error.method,
    path: error.path,
    ...(error.status !== undefined && { status: error.status }),
    ...(error.code !== undefined && { code: error.code }),
    ...(error.requestId !== undefined && { requestId: error.requestId }),
  });
}

/**
 * A look-up that fails cannot tell whether the create went through, so the create is not sent again:
 * the original error stands (the row stays "unknown" and a re-run looks again), unless the look-up
 * itself hit a run-ending refusal, which must surface as such.
 */
async function lookupOrThrow<T>(lookup: () => Promise<T | undefined>, original: ApiError): Promise<T | undefined> {
  try {
    return await lookup();
  } catch (caught) {
    if (caught instanceof ApiError && (caught.kind === 'unauthorized' || caught.kind === 'forbidden')) throw caught;
    if (caught instanceof ApiError) throw original;
    throw caught;
  }
}
