import { UsageError } from '../errors.js';
import { checkShare } from './concurrentEdits.js';
import { checkRandom, checkScripted, type RandomFaults, type ScriptedFault } from './faultSpec.js';
import type { SandboxRequestEntry } from './sandboxRequestEntry.js';

export { FAULT_KINDS, type FaultKind, type FaultMatch, type RandomFaults, type ScriptedFault } from './faultSpec.js';

/** `one`: one PARTNER space; `several`: two PARTNER spaces and one that is not; `none`: the app is not whitelisted. */
export type SpacesMode = 'one' | 'none' | 'several';

/** A token bucket per credential set: `burst` requests at once, refilled at `perSecond`. */
export interface RateLimit {
  readonly perSecond: number;
  /** Default: `perSecond` rounded up. */
  readonly burst?: number;
  /** How a 429 says when to come back (banqup-api.md §6 allows both); default `seconds`. */
  readonly retryAfter?: 'seconds' | 'http-date';
  /**
   * Whether answers carry X-RateLimit-Limit/-Remaining/-Reset (default true). The contract makes
   * them optional (banqup-api.md §6), so the client must pace well without them too: the bench runs both.
   */
  readonly headers?: boolean;
}

export interface SandboxCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

/** Options of `startSandbox`; every one has a default. */
export interface SandboxOptions {
  /** Loopback only (127.0.0.0/8, localhost, ::1); default 127.0.0.1. */
  readonly host?: string;
  /** 0 (default) = a free port. */
  readonly port?: number;
  /** Default `demo-client` / `demo-secret`: public demo values, fine to print. */
  readonly clientId?: string;
  readonly clientSecret?: string;
  /** More credential sets for the same spaces, each with its own rate limit and idempotency keys. */
  readonly extraCredentials?: readonly SandboxCredentials[];
  /** Default 300. */
  readonly tokenLifetimeSeconds?: number;
  /** Default `one`. Ignored when `stateFile` exists: the file's spaces are kept. */
  readonly spaces?: SpacesMode;
  /** Default none. */
  readonly rateLimit?: RateLimit | null;
  /** Added to every answer, plus a random 0–`jitterMs`. */
  readonly latencyMs?: number;
  readonly jitterMs?: number;
  readonly faults?: { readonly random?: RandomFaults; readonly scripted?: readonly ScriptedFault[] };
  /** How long a `slow` answer takes; default 35 000 ms, over the client's default 30 s time limit. */
  readonly slowMs?: number;
  /**
   * A second person editing the space: the share (0–1, default 0) of PATCHes whose If-Match
   * matches that someone else's edit of the same client beats, so that they get 412.
   */
  readonly concurrentEdits?: number;
  /** Seed of those draws: the same seed and PATCHes, the same 412s (default: the random faults' seed, else 1). */
  readonly concurrentEditSeed?: number;
  /** Retry-After of an `http429` fault, in seconds (default 1). */
  readonly faultRetryAfterSeconds?: number;
  /** Register numbers the national register does not know: `trn.invalid` on create, no look-up result. */
  readonly invalidCompanyNumbers?: readonly string[];
  /** The register look-up answers 503 REGISTRY_UNAVAILABLE. */
  readonly registryUnavailable?: boolean;
  /** A JSON file holding spaces, clients and idempotency keys: loaded on start, rewritten atomically on change. */
  readonly stateFile?: string;
  /** Serve https with a certificate made at start (selfSignedCert.ts) instead of http. */
  readonly tls?: boolean;
  /** Where to write that certificate (PEM), the CA to trust; default a new file in the temp folder. */
  readonly tlsCertOut?: string;
  /** The clock (tokens, idempotency's 24 h, rate limit, timestamps); default Date.now. */
  readonly now?: () => number;
  /** Called once per answered request (not for /_sandbox/*): for a log. Carries no header and no body. */
  readonly onRequest?: (entry: SandboxRequestEntry) => void;
}

/** The options with every default filled in. */
export type ResolvedSandboxOptions = Required<Omit<SandboxOptions, 'stateFile' | 'rateLimit' | 'onRequest' | 'faults' | 'tlsCertOut'>> & {
  readonly stateFile: string | undefined;
  readonly tlsCertOut: string | undefined;
  readonly rateLimit: Required<RateLimit> | null;
  readonly onRequest: ((entry: SandboxRequestEntry) => void) | undefined;
  readonly random: RandomFaults | null;
  readonly scripted: readonly ScriptedFault[];
};

export const DEMO_CLIENT_ID = 'demo-client';
export const DEMO_CLIENT_SECRET = 'demo-secret';
/** banqup-api.md §5 lists 413: bodies over 1 MB are refused. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Fills in the defaults and checks the values; a non-loopback host is a UsageError, other misuse a RangeError. */
export function resolveSandboxOptions(options: SandboxOptions = {}): ResolvedSandboxOptions {
  const host = options.host ?? '127.0.0.1';
  // The sandbox hands out credentials to anyone who asks, over plain http: this computer only.
  if (!isLoopbackHost(host)) throw new UsageError('sandbox.host_not_loopback', { host });
  const port = options.port ?? 0;
  check('port', port, Number.isInteger(port) && port >= 0 && port <= 65_535);
  const tokenLifetimeSeconds = options.tokenLifetimeSeconds ?? 300;
  check('tokenLifetimeSeconds', tokenLifetimeSeconds, tokenLifetimeSeconds > 0 && Number.isFinite(tokenLifetimeSeconds));
  const latencyMs = nonNegative('latencyMs', options.latencyMs ?? 0);
  const jitterMs = nonNegative('jitterMs', options.jitterMs ?? 0);
  const slowMs = nonNegative('slowMs', options.slowMs ?? 35_000);
  const faultRetryAfterSeconds = nonNegative('faultRetryAfterSeconds', options.faultRetryAfterSeconds ?? 1);
  const clientId = options.clientId ?? DEMO_CLIENT_ID;
  const clientSecret = options.clientSecret ?? DEMO_CLIENT_SECRET;
  check('clientId', clientId, clientId !== '' && clientSecret !== '');
  const random = options.faults?.random ?? null;
  if (random !== null) checkRandom(random);
  const scripted = options.faults?.scripted ?? [];
  for (const fault of scripted) checkScripted(fault);
  const concurrentEdits = options.concurrentEdits ?? 0;
  checkShare(concurrentEdits);
  const concurrentEditSeed = options.concurrentEditSeed ?? random?.seed ?? 1;
  check('concurrentEditSeed', concurrentEditSeed, Number.isFinite(concurrentEditSeed));
  return {
    host,
    port,
    clientId,
    clientSecret,
    extraCredentials: options.extraCredentials ?? [],
    tokenLifetimeSeconds,
    spaces: options.spaces ?? 'one',
    rateLimit: options.rateLimit ? resolveRateLimit(options.rateLimit) : null,
    latencyMs,
    jitterMs,
    random,
    scripted,
    slowMs,
    concurrentEdits,
    concurrentEditSeed,
    faultRetryAfterSeconds,
    invalidCompanyNumbers: options.invalidCompanyNumbers ?? [],
    registryUnavailable: options.registryUnavailable ?? false,
    stateFile: options.stateFile,
    tls: options.tls === true || options.tlsCertOut !== undefined,
    tlsCertOut: options.tlsCertOut,
    now: options.now ?? Date.now,
    onRequest: options.onRequest,
  };
}

/** Checks a rate limit and fills in its defaults. */
export function resolveRateLimit(limit: RateLimit): Required<RateLimit> {
  check('rateLimit.perSecond', limit.perSecond, limit.perSecond > 0 && Number.isFinite(limit.perSecond));
  const burst = limit.burst ?? Math.ceil(limit.perSecond);
  check('rateLimit.burst', burst, Number.isInteger(burst) && burst >= 1);
  return { perSecond: limit.perSecond, burst, retryAfter: limit.retryAfter ?? 'seconds', headers: limit.headers ?? true };
}

/** Whether a listen address is this computer: 127.0.0.0/8, localhost or ::1. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase();
  if (h === 'localhost' || h === '::1' || h === '[::1]') return true;
  const octets = h.split('.');
  return octets.length === 4 && octets[0] === '127' && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}

function nonNegative(name: string, value: number): number {
  check(name, value, value >= 0 && Number.isFinite(value));
  return value;
}

function check(name: string, value: unknown, ok: boolean): void {
  if (!ok) throw new RangeError(`sandbox option ${name}: ${String(value)} is not allowed`);
}
