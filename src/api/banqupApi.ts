import type { ClientDraft } from '../domain/types.js';
import { ApiError } from './apiErrors.js';
import { findExistingClient } from './clientLookup.js';
import { safeCreateClient } from './createClient.js';
import { createHttpClient } from './httpClient.js';
import { safePatchClient } from './patchClient.js';
import { clientPath, clientsPath, provisioningPath, REGISTRY_PATH, SPACES_PATH, TOKEN_PATH } from './paths.js';
import { createRateLimiter } from './rateLimiter.js';
import { createRequestRunner } from './requestRunner.js';
import { asClientPage, asClientWithId, asETag, asProvisionResults, asRegistryAnswer, asSpaces } from './responseShapes.js';
import { DEFAULT_MAX_ATTEMPTS } from './retryPolicy.js';
import { createTokenManager, parseTokenResponse } from './tokenManager.js';
import type { BanqupApi, BanqupApiConfig, Client, ClientQuery, ClientVersion, RegistryQuery } from './types.js';

/** Per-request time limit: generous for a slow register check, short enough to notice a dead link. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** The contract's largest page (banqup-api.md §4.2): fewer round trips, fewer 429s. */
export const PAGE_SIZE = 100;
/** 100 000 clients: far beyond any firm; a listing that says more is not read (it would be cut short). */
const MAX_PAGES = 1000;
/** banqup-api.md §4.3: 1–100 ids per provisioning call. */
export const MAX_PROVISION_IDS = 100;

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The Banqup adapter. Every call goes through pacing (rateLimiter.ts), the token (tokenManager.ts)
 * and the retry policy (retryPolicy.ts), in requestRunner.ts.
 */
export function createBanqupApi(config: BanqupApiConfig): BanqupApi {
  if (config.clientId === '' || config.clientSecret === '') {
    throw new TypeError('clientId and clientSecret are required');
  }
  const maxAttempts = config.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be ≥ 1, got ${maxAttempts}`);
  }
  if (!(timeoutMs > 0) || !Number.isFinite(timeoutMs)) throw new RangeError(`timeoutMs must be > 0, got ${timeoutMs}`);
  const now = config.now ?? Date.now;
  const sleep = config.sleep ?? realSleep;
  const concurrency = config.concurrency ?? 4;
  const emit = config.onEvent ?? (() => {});
  const http = createHttpClient({
    baseUrl: config.baseUrl,
    version: config.version,
    timeoutMs,
    connections: concurrency + 1, // + the token request, which does not take an in-flight place
    secrets: [config.clientId, config.clientSecret], // banqup-api.md §2: neither may ever be shown
    now,
    ...(config.dispatcher !== undefined && { dispatcher: config.dispatcher }),
  });
  const limiter = createRateLimiter({
    rate: config.rate ?? 5,
    concurrency,
    adaptive: config.adaptive ?? false,
    onChange: (rate, inFlight) => emit({ type: 'pacing', rate, inFlight }),
    now,
    sleep,
  });
  const counters = { calls: 0, retries: 0, rateLimited: 0 };
  // The secret leaves this closure only in the token request's form body (and as a value to redact).
  const { clientId, clientSecret } = config;
  const tokens = createTokenManager({
    now,
    onRefreshed: () => emit({ type: 'token-refreshed' }),
    fetchToken: async () =>
      (
        await run({
          request: {
            method: 'POST',
            path: TOKEN_PATH,
            form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret },
          },
          auth: false,
          idempotent: true, // asking for a token twice is harmless
          readOnly: true,
          parse: (response) => parseTokenResponse(response.body, now()),
        })
      ).value,
  });
  const run = createRequestRunner({
    http,
    limiter,
    tokens,
    maxAttempts,
    now,
    sleep,
    random: config.random ?? Math.random,
    emit,
    counters,
  });

  async function findClients(spaceId: string, query: ClientQuery): Promise<Client[]> {
    // banqup-api.md §4.2: companyNumber needs country, and country alone is refused.
    if (query.companyNumber !== undefined && query.country === undefined) {
      throw new TypeError('findClients: companyNumber needs country');
    }
    const identifiers = [query.companyNumber, query.vatNumber, query.externalReference];
    if (query.country !== undefined && identifiers.every((value) => value === undefined)) {
      throw new TypeError('findClients: country alone is not a filter');
    }
    const found = new Map<string, Client>();
    for (let page = 0; ; page++) {
      const { value } = await run({
        request: { method: 'GET', path: clientsPath(spaceId), query: { ...query, page, size: PAGE_SIZE } },
        auth: true,
        idempotent: true,
        readOnly: true,
        // A page that does not add up (asClientPage), or a listing longer than any firm's, is
        // unreadable: deciding what to create from part of the space would create the rest again.
        parse: (response) => {
          const read = asClientPage(response.body, page, PAGE_SIZE);
          return read !== undefined && read.total <= MAX_PAGES * PAGE_SIZE ? read : undefined;
        },
      });
      for (const client of value.results) if (!found.has(client.id)) found.set(client.id, client);
      if ((page + 1) * PAGE_SIZE >= value.total) break;
    }
    return [...found.values()];
  }

  /** One client, as getClientVersion reads it without its ETag. */
  const getClient = async (spaceId: string, id: string): Promise<Client | null> => (await getClientVersion(spaceId, id))?.client ?? null;

  async function getClientVersion(spaceId: string, id: string): Promise<ClientVersion | null> {
    try {
      const { value } = await run({
        request: { method: 'GET', path: clientPath(spaceId, id) },
        auth: true,
        idempotent: true,
        readOnly: true,
        parse: (response) => {
          const client = asClientWithId(response.body, id);
          return client === undefined ? undefined : { client, etag: asETag(response.headers.etag) ?? null };
        },
      });
      return value;
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'not_found') return null;
      throw error;
    }
  }

  const findExisting = (spaceId: string, draft: ClientDraft): Promise<Client | null> =>
    findExistingClient(findClients, spaceId, draft);

  return {
    async listSpaces() {
      const { value } = await run({
        request: { method: 'GET', path: SPACES_PATH },
        auth: true,
        idempotent: true,
        readOnly: true,
        parse: (response) => asSpaces(response.body),
      });
      return value;
    },
    findClients,
    getClient,
    getClientVersion,
    patchClient: (spaceId, clientId, patch, ifMatch) => safePatchClient({ run, getClientVersion }, spaceId, clientId, patch, ifMatch),
    findExistingClient: findExisting,
    createClient: (spaceId, draft, idempotencyKey) =>
      safeCreateClient({ run, getClient, findExistingClient: findExisting }, spaceId, draft, idempotencyKey),
    async provision(spaceId, clientIds) {
      if (clientIds.length < 1 || clientIds.length > MAX_PROVISION_IDS) {
        throw new RangeError(`provision takes 1 to ${MAX_PROVISION_IDS} ids, got ${clientIds.length}`);
      }
      const ids = [...clientIds];
      const { value } = await run({
        request: { method: 'POST', path: provisioningPath(spaceId), json: { clientIds: ids } },
        auth: true,
        idempotent: true, // provisioning an ACTIVE client answers ALREADY_PROVISIONED (banqup-api.md §4.3)
        parse: (response) => asProvisionResults(response.body, ids),
      });
      return value;
    },
    async registryLookup(query: RegistryQuery) {
      if (query.companyNumber === undefined && query.vatNumber === undefined) {
        throw new TypeError('registryLookup: give companyNumber or vatNumber');
      }
      try {
        const { value } = await run({
          request: { method: 'GET', path: REGISTRY_PATH, query: { ...query } },
          auth: true,
          idempotent: true,
          readOnly: true,
          parse: (response) => asRegistryAnswer(response.body),
          // The register being down is not the API being down: one answer is enough to say "unknown".
          giveUpOn: (error) => error.code === 'REGISTRY_UNAVAILABLE',
        });
        return value.found ? 'exists' : 'not-found';
      } catch (error) {
        // "Could not check" must never read as "does not exist".
        if (error instanceof ApiError) return 'unknown';
        throw error;
      }
    },
    stats() {
      const { pauses, currentRate, inFlightLimit } = limiter.stats();
      return { ...counters, pauses, currentRate, inFlightLimit };
    },
    inFlightLimit: () => limiter.inFlightLimit(),
    currentRate: () => limiter.currentRate(),
    holdRate: (hold) => limiter.holdRate(hold),
    close: () => http.close(),
  };
}
