import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { SandboxCredentials } from './sandboxOptions.js';

/** A token issued by the sandbox. */
export interface IssuedToken {
  readonly token: string;
  readonly expiresAt: number;
}

/** Why a bearer token is refused, or whose it is. */
export type TokenCheck = { readonly ok: true; readonly clientId: string } | { readonly ok: false; readonly reason: 'missing' | 'unknown' | 'expired' | 'revoked' };

/** Access tokens in memory (not in the state file: after a restart, clients get a 401 and ask again). */
export interface TokenStore {
  /** The credential set's client id, or undefined when the id or the secret is wrong. */
  authenticate(clientId: string, clientSecret: string): string | undefined;
  issue(clientId: string): IssuedToken;
  check(token: string | undefined): TokenCheck;
  /** Whose token this is, valid or not (the rate limit counts a credential set's refused calls too). */
  ownerOf(token: string | undefined): string | undefined;
  revoke(token: string): void;
  issued(): number;
  /** Every token issued so far (expired and revoked ones too): for tests that prove no token leaks. */
  issuedTokens(): string[];
}

/** Creates the store for these credential sets; tokens live `lifetimeMs` on the `now` clock. */
export function createTokenStore(credentials: readonly SandboxCredentials[], lifetimeMs: () => number, now: () => number): TokenStore {
  const tokens = new Map<string, { clientId: string; expiresAt: number; revoked: boolean }>();
  const everIssued: string[] = [];
  let issued = 0;

  return {
    authenticate(clientId, clientSecret) {
      const match = credentials.find((c) => c.clientId === clientId);
      return match !== undefined && sameText(match.clientSecret, clientSecret) ? match.clientId : undefined;
    },
    issue(clientId) {
      const t = now();
      // Expired tokens are forgotten as new ones are issued, so a long run does not grow the map forever.
      if (tokens.size > 1000) for (const [key, entry] of tokens) if (entry.expiresAt < t) tokens.delete(key);
      const token = `sbx_${randomBytes(24).toString('base64url')}`;
      const expiresAt = t + lifetimeMs();
      tokens.set(token, { clientId, expiresAt, revoked: false });
      everIssued.push(token);
      issued++;
      return { token, expiresAt };
    },
    check(token) {
      if (token === undefined) return { ok: false, reason: 'missing' };
      const entry = tokens.get(token);
      if (entry === undefined) return { ok: false, reason: 'unknown' };
      if (entry.revoked) return { ok: false, reason: 'revoked' };
      if (now() >= entry.expiresAt) return { ok: false, reason: 'expired' };
      return { ok: true, clientId: entry.clientId };
    },
    ownerOf: (token) => (token === undefined ? undefined : tokens.get(token)?.clientId),
    revoke(token) {
      const entry = tokens.get(token);
      if (entry !== undefined) entry.revoked = true;
    },
    issued: () => issued,
    issuedTokens: () => [...everIssued],
  };
}

/** The token of `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return match?.[1];
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
