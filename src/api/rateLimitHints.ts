import type { RateLimitHints } from './pacingController.js';

type Headers = Readonly<Record<string, string | string[] | undefined>>;

/**
 * Reads the X-RateLimit-* headers (banqup-api.md §6) into hints for pacing. They are OPTIONAL: the
 * contract says a 429 "may carry" them and says nothing of other answers, so pacing works without
 * them and treats them only as a shortcut. Limit is "requests per window" (the contract names no
 * window: pacing reads it as a rate only when Reset is a second or two away), Remaining what is left
 * of it, Reset the moment the window resets in Unix epoch seconds (a moment, not a delay).
 * Anything that is not a plain non-negative number is ignored. Undefined when none is usable.
 */
export function rateLimitHintsFrom(headers: Headers | undefined): RateLimitHints | undefined {
  if (headers === undefined) return undefined;
  const limit = count(headers['x-ratelimit-limit']);
  const remaining = count(headers['x-ratelimit-remaining']);
  const reset = count(headers['x-ratelimit-reset']);
  if (limit === undefined && remaining === undefined && reset === undefined) return undefined;
  return {
    ...(limit !== undefined && limit > 0 && { limit }),
    ...(remaining !== undefined && { remaining }),
    ...(reset !== undefined && { resetAt: reset * 1000 }),
  };
}

function count(value: string | string[] | undefined): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (text === undefined || !/^\d{1,12}(\.\d{1,6})?$/.test(text)) return undefined;
  return Number(text);
}
