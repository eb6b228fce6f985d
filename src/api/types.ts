import type { Dispatcher } from 'undici';
import type { BanqupLinks, ClientDraft, DocumentSharing, Issue, MessageParams } from '../domain/types.js';
import type { ApiUnavailableError, AuthError } from '../errors.js';

/** What went wrong with a call, decided from the HTTP status and the problem's `error` code only. */
export type ApiErrorKind =
  | 'network'
  | 'timeout'
  | 'bad_response'
  | 'rate_limited'
  | 'server'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'validation'
  | 'client_error'
  /** A read the contract defines, refused with a 4xx that fits no case of it: Banqup's answer cannot be used. */
  | 'unusable'
  /** The server's TLS certificate could not be verified: nothing was sent, and nothing will be. */
  | 'certificate';

/** Marks the adapter's failures, so that callers recognise them through this interface alone. */
export const API_FAILURE: unique symbol = Symbol.for('banqup-import.api-failure');

/**
 * What a BanqupApi call rejects with when Banqup refused or could not be reached: all a caller
 * decides on, and nothing of the adapter's internals (no headers, no body, no token).
 */
export interface ApiFailure extends Error {
  readonly [API_FAILURE]: true;
  readonly kind: ApiErrorKind;
  /** The API's own error code (`CLIENT_ALREADY_EXISTS` …), when it sent one. */
  readonly code?: string;
  readonly requestId?: string;
  /** Whether the server may have acted on the request (a create is then looked up, never re-sent blindly). */
  readonly mayHaveReachedServer: boolean;
  /** The error that ends the whole run (refused: exit 4; unavailable: exit 6), or null when the failure is the row's. */
  readonly runEnding: AuthError | ApiUnavailableError | null;
  /** The row's problems, not yet on a cell: one per rejected field of a 400, else one for the whole row. */
  readonly issues: readonly Issue[];
  /** The catalogue key and parameters of the user message (no secrets). */
  readonly messageCode: string;
  readonly messageParams: MessageParams;
}

/** Whether a thrown value is one of the adapter's failures. */
export function isApiFailure(error: unknown): error is ApiFailure {
  return error instanceof Error && (error as Partial<ApiFailure>)[API_FAILURE] === true;
}

/** A client of the Partner space as the API returns it (banqup-api.md §4). */
export interface Client extends ClientDraft {
  readonly id: string;
  /** `INACTIVE`: created, no Banqup account yet; `ACTIVE`: provisioned. */
  readonly status: 'INACTIVE' | 'ACTIVE';
  /** Set once the client is provisioned. */
  readonly banqupSpaceId: string | null;
  /** Null when off, and when the server leaves it out (a version 1 server). */
  readonly documentSharing: DocumentSharing | null;
  /** Null while INACTIVE, and when the server leaves them out (a version 1 server). */
  readonly links: BanqupLinks | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A space the app may use (banqup-api.md §3); the firm works in the one of type `PARTNER`. */
export interface Space {
  readonly id: string;
  readonly name: string;
  /** `PARTNER` for an accounting firm's space; other values are passed through as sent. */
  readonly type: string;
  readonly segment?: string;
}

/** Filters of `GET …/clients` (banqup-api.md §4.2); `companyNumber` needs `country`. */
export interface ClientQuery {
  readonly externalReference?: string;
  readonly vatNumber?: string;
  readonly companyNumber?: string;
  readonly country?: string;
  readonly status?: 'INACTIVE' | 'ACTIVE';
}

/** What `createClient` did: `created` a new client, or `adopted` one that was already there. */
export interface CreateResult {
  readonly client: Client;
  readonly outcome: 'created' | 'adopted';
}

/** A client as one GET read it, with the `ETag` a PATCH must send as `If-Match` (banqup-api.md §4.2, §4.5). */
export interface ClientVersion {
  readonly client: Client;
  /** The ETag exactly as sent (quotes included); null when the server sent none (a version 1 server). */
  readonly etag: string | null;
}

/** A JSON merge patch (RFC 7396) of a client's writable fields: the changes only, `null` clears. */
export type ClientPatch = Readonly<Record<string, unknown>>;

/**
 * What `patchClient` did: `patched` (200, the updated client); `stale` (412: the client changed
 * since that ETag, read it again and decide again); `moved` (the answer was lost, and a fresh read
 * shows the client is no longer at that ETag: the patch or someone else's edit went through —
 * decide again from `current`, never send it blindly).
 */
export type PatchResult =
  | { readonly outcome: 'patched'; readonly version: ClientVersion }
  | { readonly outcome: 'stale' }
  | { readonly outcome: 'moved'; readonly current: ClientVersion | null };

/** The outcome of provisioning one client (banqup-api.md §4.3); exactly one per requested id. */
export type ProvisionResult =
  | {
      readonly clientId: string;
      readonly status: 'PROVISIONED' | 'ALREADY_PROVISIONED';
      readonly banqupSpaceId: string | null;
      /** The activated client's links; null when the server gave none (a version 1 server). */
      readonly links: BanqupLinks | null;
    }
  | {
      readonly clientId: string;
      readonly status: 'FAILED';
      /** The item's `error` code (`NOT_FOUND` …), or `MISSING_RESULT` when the server left the id out. */
      readonly error: string;
      /** True when a later call cannot help (`NOT_FOUND`); otherwise the id may be sent again. */
      readonly final: boolean;
    };

/** Register look-up (banqup-api.md §4.4): give `companyNumber` or `vatNumber`. */
export interface RegistryQuery {
  readonly country: string;
  readonly companyNumber?: string;
  readonly vatNumber?: string;
}

/** `unknown` means "could not check", never "does not exist". */
export type RegistryAnswer = 'exists' | 'not-found' | 'unknown';

/** Progress of the adapter, for the reporter; never carries a secret, a token or a query string. */
export type ApiEvent =
  | {
      readonly type: 'request';
      readonly method: string;
      readonly path: string;
      /** Absent when no response arrived (network error, timeout). */
      readonly status?: number;
      readonly ms: number;
      readonly requestId?: string;
      readonly error?: ApiErrorKind;
    }
  | {
      readonly type: 'retry';
      readonly method: string;
      readonly path: string;
      /** The attempt that failed (1-based). */
      readonly attempt: number;
      readonly delayMs: number;
      readonly reason: ApiErrorKind;
      readonly status?: number;
      /** True when the next step is a look-up, because a create may have gone through. */
      readonly lookup: boolean;
    }
  /** A 429: the refused call waits `retryAfterMs`; every call waits `pauseMs` (absent: the same). */
  | { readonly type: 'rate-limited'; readonly retryAfterMs: number; readonly pauseMs?: number }
  /** Pacing changed its rate (requests/s) or the requests it keeps in flight. */
  | { readonly type: 'pacing'; readonly rate: number; readonly inFlight: number }
  | { readonly type: 'token-refreshed' };

/** Counters of one adapter's life, for the summary and the benchmarks. */
export interface ApiStats {
  /** HTTP requests sent, token requests included. */
  readonly calls: number;
  readonly retries: number;
  /** 429 answers received. */
  readonly rateLimited: number;
  /** Times every caller was paused by a 429. */
  readonly pauses: number;
  /** The pacing rate in force now (requests/s). */
  readonly currentRate: number;
  /** Requests in flight allowed now: the engine starts no more work than this at once. */
  readonly inFlightLimit?: number;
}

/** The one adapter through which banqup-import talks to Banqup. */
export interface BanqupApi {
  /** The spaces this app may use. */
  listSpaces(): Promise<Space[]>;
  /** Every client matching the query (all pages). */
  findClients(spaceId: string, query: ClientQuery): Promise<Client[]>;
  /** One client, or null when the server does not know it (404). */
  getClient(spaceId: string, clientId: string): Promise<Client | null>;
  /** One client with its ETag (a fresh read before a PATCH), or null when the server does not know it (404). */
  getClientVersion(spaceId: string, clientId: string): Promise<ClientVersion | null>;
  /** A merge patch with `If-Match`, never applied twice: see patchClient.ts. */
  patchClient(spaceId: string, clientId: string, patch: ClientPatch, ifMatch: string): Promise<PatchResult>;
  /** The client already in the space for this draft (external reference, else VAT, else register number). */
  findExistingClient(spaceId: string, draft: ClientDraft): Promise<Client | null>;
  /** Creates a client without ever creating it twice: see createClient.ts. */
  createClient(spaceId: string, draft: ClientDraft, idempotencyKey: string): Promise<CreateResult>;
  /** Provisions 1–100 clients; one result per id. */
  provision(spaceId: string, clientIds: readonly string[]): Promise<ProvisionResult[]>;
  /** Whether the national register knows the number; failures give `unknown`. */
  registryLookup(query: RegistryQuery): Promise<RegistryAnswer>;
  stats(): ApiStats;
  /** `stats().inFlightLimit` and `stats().currentRate` without building the stats: the engine's pools ask before every request. */
  inFlightLimit?(): number;
  currentRate?(): number;
  /**
   * True while the engine sends the last second or so of a step that the next one waits for: the
   * pacing keeps its rate instead of probing, since a 429 then holds the whole run up for its
   * Retry-After. False when the step is over.
   */
  holdRate?(hold: boolean): void;
  /** Closes the connections; the adapter is unusable afterwards. */
  close(): Promise<void>;
}

/** Clock and randomness seams, injectable for tests. */
export interface ApiSeams {
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

/** Configuration of `createBanqupApi`. */
export interface BanqupApiConfig extends ApiSeams {
  /** From `resolveBaseUrl`. */
  readonly baseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The tool's version, sent in the User-Agent. */
  readonly version: string;
  /** Per-request time limit (default 30 000 ms). */
  readonly timeoutMs?: number;
  /** Requests per second: the fixed rate, or the ceiling of adaptive pacing (default 5). */
  readonly rate?: number;
  /** Requests in flight: fixed, or the ceiling of adaptive pacing (default 4). */
  readonly concurrency?: number;
  /** Adaptive pacing (pacingController.ts) under `rate` and `concurrency`; default false. */
  readonly adaptive?: boolean;
  /** Attempts per request, the first included (default 6). */
  readonly maxAttempts?: number;
  readonly onEvent?: (event: ApiEvent) => void;
  /** An undici dispatcher to use instead of the adapter's own kept-alive Pool (left open by `close`). */
  readonly dispatcher?: Dispatcher;
}
