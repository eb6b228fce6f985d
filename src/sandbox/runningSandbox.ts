import type { Client } from '../api/types.js';
import type { FaultKind, RandomFaults, RateLimit, ScriptedFault } from './sandboxOptions.js';
import type { SandboxRequestEntry } from './sandboxRequestEntry.js';

// Its own module, so that sandboxOptions.ts (onRequest) can name it without importing this one.
export type { SandboxRequestEntry } from './sandboxRequestEntry.js';

/** Counters since the sandbox started (also served as JSON by GET /_sandbox/stats). */
export interface SandboxStats {
  readonly requests: number;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly faultsInjected: Readonly<Record<FaultKind, number>>;
  readonly rateLimited: number;
  readonly tokensIssued: number;
  readonly clients: number;
}

/** A started sandbox: where it is, what it holds and saw, and knobs to turn while it runs. */
export interface RunningSandbox {
  /** `http://127.0.0.1:<port>`, for BANQUP_API_URL. */
  readonly url: string;
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
  clients(spaceId?: string): Client[];
  /** Every request but /_sandbox/*, in order of arrival (copies). */
  requests(): SandboxRequestEntry[];
  faultsInjected(): Record<FaultKind, number>;
  /** Every access token issued so far (sandbox tokens, worthless elsewhere): for leak tests. */
  issuedTokens(): string[];
  stats(): SandboxStats;
  /** Adds a fault for the nth matching request from now. */
  scriptFault(fault: ScriptedFault): void;
  setRandomFaults(random: RandomFaults | null): void;
  setRateLimit(limit: RateLimit | null): void;
  setLatency(latencyMs: number, jitterMs?: number): void;
  /** Moves the sandbox's clock forward (tokens expire, idempotency keys age), not the caller's. */
  advanceClock(ms: number): void;
  /** Stops listening, drops open connections and pending answers. Safe to call twice. */
  close(): Promise<void>;
}
