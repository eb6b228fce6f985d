import { asTokenAnswer } from './responseShapes.js';

/** With neither `expires_in` nor `expires_at`, the contract says to assume 300 s. */
export const DEFAULT_TOKEN_LIFETIME_MS = 300_000;
export const REFRESH_MARGIN_MS = 30_000;

/** An access token and how long it lives, in ms from its arrival. */
export interface TokenGrant {
  readonly accessToken: string;
  readonly lifetimeMs: number;
}

export interface TokenManagerOptions {
  /** Performs the token request (paced and retried by the caller) and returns the grant. */
  readonly fetchToken: () => Promise<TokenGrant>;
  readonly now?: () => number;
  readonly onRefreshed?: () => void;
}

/** The token cache shared by every call of one adapter. */
export interface TokenManager {
  /** A valid token: the cached one, or a fresh one shared by every caller that asked meanwhile. */
  getToken(): Promise<string>;
  /**
   * Forgets `token` after a 401, so the next call fetches a new one (a newer token is kept).
   * Returns whether `token` was still the current one: false means another call had already
   * replaced it, so this 401 says nothing new about the credentials.
   */
  invalidate(token: string): boolean;
}

/** Caches the access token, refreshes it before it expires, and never runs two refreshes at once. */
export function createTokenManager(options: TokenManagerOptions): TokenManager {
  const now = options.now ?? Date.now;
  let current: { token: string; refreshAt: number } | undefined;
  let inFlight: Promise<string> | undefined;

  async function refresh(): Promise<string> {
    const grant = await options.fetchToken();
    const obtainedAt = now();
    current = {
      token: grant.accessToken,
      refreshAt: obtainedAt + grant.lifetimeMs - refreshMarginMs(grant.lifetimeMs),
    };
    options.onRefreshed?.();
    return grant.accessToken;
  }

  return {
    getToken() {
      if (current !== undefined && now() < current.refreshAt) return Promise.resolve(current.token);
      inFlight ??= refresh().finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
    invalidate(token) {
      if (current?.token !== token) return false;
      current = undefined;
      return true;
    },
  };
}

/** 30 s before expiry, or a quarter of the lifetime when that is shorter (a 60 s token refreshes at 45 s). */
export function refreshMarginMs(lifetimeMs: number): number {
  return Math.min(REFRESH_MARGIN_MS, lifetimeMs / 4);
}

/**
 * Reads a token answer (`access_token`, `expires_in` seconds, `expires_at` ISO-8601), or undefined
 * when it is not one (responseShapes.ts: a field of the wrong type makes it unreadable). `expires_in`
 * wins: it does not depend on our clock agreeing with the server's.
 */
export function parseTokenResponse(body: unknown, now: number): TokenGrant | undefined {
  const answer = asTokenAnswer(body);
  if (answer === undefined) return undefined;
  return { accessToken: answer.access_token, lifetimeMs: lifetimeOf(answer, now) };
}

function lifetimeOf(answer: { expires_in?: number | string | undefined; expires_at?: string | undefined }, now: number): number {
  const expiresIn = typeof answer.expires_in === 'string' ? Number(answer.expires_in) : answer.expires_in;
  if (typeof expiresIn === 'number' && Number.isFinite(expiresIn) && expiresIn > 0) return expiresIn * 1000;
  if (answer.expires_at !== undefined) {
    const at = Date.parse(answer.expires_at);
    // A date already past means our clock disagrees with the server's; the default is the safer guess.
    if (!Number.isNaN(at) && at > now) return at - now;
  }
  return DEFAULT_TOKEN_LIFETIME_MS;
}
