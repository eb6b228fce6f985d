import type { RateLimit } from './sandboxOptions.js';

/** The answer of one `take`: allowed or not, and what the X-RateLimit-* headers say. */
export interface BucketAnswer {
  readonly ok: boolean;
  /** Whole requests left after this one. */
  readonly remaining: number;
  /** When a refused request may come back (0 when allowed). */
  readonly retryAfterMs: number;
  /** When the bucket is full again, epoch ms. */
  readonly fullAt: number;
}

/** One credential set's bucket. */
export interface TokenBucket {
  take(): BucketAnswer;
}

/** A token bucket of `burst` places refilled at `perSecond`; a refused request takes nothing. */
export function createTokenBucket(limit: Required<Pick<RateLimit, 'perSecond' | 'burst'>>, now: () => number): TokenBucket {
  const msPerToken = 1000 / limit.perSecond;
  let tokens = limit.burst;
  let last = now();
  return {
    take() {
      const t = now();
      // A clock moved back (a test's virtual clock) refills nothing rather than draining the bucket.
      tokens = Math.min(limit.burst, tokens + Math.max(0, t - last) / msPerToken);
      last = t;
      const ok = tokens >= 1;
      if (ok) tokens -= 1;
      return {
        ok,
        remaining: Math.floor(tokens),
        retryAfterMs: ok ? 0 : (1 - tokens) * msPerToken,
        fullAt: t + (limit.burst - tokens) * msPerToken,
      };
    },
  };
}

/**
 * The X-RateLimit-* headers (banqup-api.md §6): the limit is the requests allowed per one-second
 * window (the bucket's refill rate), Remaining the whole requests left in the bucket now, and Reset
 * the moment the bucket is full again in Unix epoch seconds (a moment, not a delay).
 */
export function rateLimitHeaders(answer: BucketAnswer, limit: Required<RateLimit>): Record<string, string> {
  return {
    'x-ratelimit-limit': String(limit.perSecond),
    'x-ratelimit-remaining': String(answer.remaining),
    'x-ratelimit-reset': String(Math.ceil(answer.fullAt / 1000)),
  };
}

/**
 * Retry-After for a wait: whole seconds rounded up (never 0 for a real wait, so a client cannot
 * spin), or an HTTP-date, which has whole-second resolution too, so it is rounded up the same way.
 */
export function retryAfterValue(waitMs: number, format: RateLimit['retryAfter'], now: number): string {
  const seconds = Math.ceil(waitMs / 1000);
  if (format === 'http-date') return new Date((Math.ceil(now / 1000) + seconds) * 1000).toUTCString();
  return String(seconds);
}
