import type { ApiError } from './apiErrors.js';

/**
 * Six attempts = five retries. With the backoff below they wait about 8–16 s in all, which rides
 * out a gateway restart or a deploy blip (typically a few seconds) without leaving an office user
 * staring at a dead API for minutes; a 429 waits for its Retry-After instead (up to MAX_WAIT_MS).
 */
export const DEFAULT_MAX_ATTEMPTS = 6;
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 10_000;
/** The longest Retry-After we sit through; a server asking for more gets a give-up (exit 6, re-run later). */
export const MAX_WAIT_MS = 120_000;

/** `lookup-then-retry`: a create may have gone through, so look the client up before posting again. */
export type RetryAction = 'retry' | 'lookup-then-retry' | 'refresh-then-retry' | 'give-up';

/** What to do next, and how long to wait first. */
export interface RetryDecision {
  readonly action: RetryAction;
  readonly delayMs: number;
}

/** Everything the policy looks at; nothing else (no message text, no clock). */
export interface RetryInput {
  readonly error: Pick<ApiError, 'kind' | 'status' | 'retryAfterMs'>;
  /** The attempt that just failed, 1-based. */
  readonly attempt: number;
  readonly maxAttempts: number;
  readonly method: string;
  /** Whether sending the request twice is harmless; defaults to true for every method but POST and PATCH. */
  readonly idempotent?: boolean;
  /** From `mayHaveReachedServer(error)`: false when the server surely did nothing. */
  readonly mayHaveReachedServer: boolean;
  /** Whether a 401 may still be answered by a new token (false on the token endpoint and after one refresh). */
  readonly refreshAllowed?: boolean;
  /** Injectable for tests; Math.random by default. */
  readonly random?: () => number;
}

// banqup-api.md §6: these statuses say the request itself is wrong, so sending it again cannot help.
const RETRYABLE_SERVER_STATUSES = new Set([500, 502, 503, 504]);
const RETRYABLE_KINDS = new Set(['rate_limited', 'server', 'bad_response', 'network', 'timeout']);

/** Decides what to do after a failed attempt (banqup-api.md §6; style.md §8 rule 10). */
export function decideRetry(input: RetryInput): RetryDecision {
  const { error, attempt, maxAttempts } = input;
  const giveUp: RetryDecision = { action: 'give-up', delayMs: 0 };

  // A token can expire or be revoked between our check and the server's: one fresh token, no wait.
  // A second 401 in a row means the credentials or the app's access are gone: fatal.
  if (error.kind === 'unauthorized') {
    return input.refreshAllowed === true ? { action: 'refresh-then-retry', delayMs: 0 } : giveUp;
  }
  if (!RETRYABLE_KINDS.has(error.kind)) return giveUp;
  if (error.kind === 'server' && !RETRYABLE_SERVER_STATUSES.has(error.status ?? 0)) return giveUp;
  if (attempt >= maxAttempts) return giveUp;

  let delayMs: number;
  if (error.retryAfterMs !== undefined) {
    if (error.retryAfterMs > MAX_WAIT_MS) return giveUp;
    delayMs = error.retryAfterMs;
  } else {
    delayMs = backoffDelay(attempt, input.random ?? Math.random);
  }

  const idempotent = input.idempotent ?? !['POST', 'PATCH'].includes(input.method.toUpperCase());
  // A 429 is refused before any work; any other failure of a create may hide a created client, and
  // the real API may ignore Idempotency-Key (banqup-api.md §4.1): never simply send it again.
  if (!idempotent && input.mayHaveReachedServer && error.kind !== 'rate_limited') {
    return { action: 'lookup-then-retry', delayMs };
  }
  return { action: 'retry', delayMs };
}

/**
 * Capped exponential backoff with jitter (stripe-node's `_getSleepTimeInMS`): base × 2^(n−1),
 * capped, times a factor in [½, 1], never under the base. Jitter spreads callers that failed together.
 */
export function backoffDelay(
  attempt: number,
  random: () => number,
  baseMs: number = BACKOFF_BASE_MS,
  capMs: number = BACKOFF_CAP_MS,
): number {
  const exponential = Math.min(baseMs * 2 ** Math.max(0, attempt - 1), capMs);
  const jittered = exponential * (0.5 + 0.5 * clamp01(random()));
  return Math.round(Math.max(baseMs, jittered));
}

/**
 * Reads `Retry-After` (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. Returns milliseconds
 * (0 for a date already past), or undefined when absent or unreadable (negative numbers included).
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Every HTTP-date form starts with a day name; Date.parse alone would read "-1" or "12" as years.
  if (!/^[A-Za-z]{3}/.test(text)) return undefined;
  // HTTP-dates are always GMT; the asctime form says so only by convention, and Date.parse would use local time.
  const at = Date.parse(/\b(GMT|UTC)\b/i.test(text) ? text : `${text} GMT`);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 1;
}
