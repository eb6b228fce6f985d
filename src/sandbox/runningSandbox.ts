import type { AppliedPatch, PatchCounts } from './patchLog.js';
import type { SandboxClient } from './sandboxClient.js';
import type { FaultKind, RandomFaults, RateLimit, ScriptedFault } from './sandboxOptions.js';
import type { SandboxRequestEntry } from './sandboxRequestEntry.js';

// Its own module, so that sandboxOptions.ts (onRequest) can name it without importing this one.
export type { SandboxRequestEntry } from './sandboxRequestEntry.js';

/** Counters since the sandbox started (also served as JSON by GET /_sandbox/stats); PatchCounts: PATCHes applied, 412s, edits by someone else. */
export interface SandboxStats extends PatchCounts {
  readonly requests: number;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly faultsInjected: Readonly<Record<FaultKind, number>>;
  readonly rateLimited: number;
  readonly tokensIssued: number;
  readonly clients: number;
}

/** A started sandbox: where it is, what it holds and saw, and knobs to turn while it runs. */
export interface RunningSandbox {
  /** `http://127.0.0.1:<port>` (`https://` with TLS), for BANQUP_API_URL. */
  readonly url: string;
  /** With TLS: the file holding the certificate to trust (NODE_EXTRA_CA_CERTS), and its PEM text. */
  readonly caCertPath?: string;
  readonly caCertPem?: string;
  readonly host: string;
  readonly port: number;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The app's first PARTNER space; undefined with `spaces: 'none'`. */
  readonly spaceId: string | undefined;
  /** Every space GET /entitystore/v1/spaces lists (PARTNER or not), in that order. */
  readonly spaceIds: readonly string[];
  /** A space that exists but is not the app's: its paths answer 403. */
  readonly foreignSpaceId: string;
  /** Every client held, all spaces (copies), in creation order; or those of one space. */
  clients(spaceId?: string): SandboxClient[];
  /** The client's current ETag (what GET answers), or undefined for an unknown client. */
  etag(spaceId: string, clientId: string): string | undefined;
  /** Every PATCH applied, in order (copies): one entry per change that reached the client. */
  patches(): AppliedPatch[];
  /** Every request but /_sandbox/*, in order of arrival (copies). */
  requests(): SandboxRequestEntry[];
  faultsInjected(): Record<FaultKind, number>;
  /** Every access token issued so far (sandbox tokens, worthless elsewhere): for leak tests. */
  issuedTokens(): string[];
  stats(): SandboxStats;
  /** Adds a fault for the nth matching request from now. */
  scriptFault(fault: ScriptedFault): void;
  setRandomFaults(random: RandomFaults | null): void;
  /** The share (0–1) of PATCHes with a matching If-Match that someone else's edit beats (412); draws restart from `seed` (default 1). */
  setConcurrentEdits(share: number, seed?: number): void;
  setRateLimit(limit: RateLimit | null): void;
  setLatency(latencyMs: number, jitterMs?: number): void;
  /** Moves the sandbox's clock forward (tokens expire, idempotency keys age), not the caller's. */
  advanceClock(ms: number): void;
  /** Stops listening, drops open connections and pending answers. Safe to call twice. */
  close(): Promise<void>;
}
