import type { Client, ProvisionResult, Space } from './types.js';

/**
 * Readers of 2xx bodies. Each returns undefined when the body is not the shape the contract
 * promises, which the request runner treats like a cut-short answer. They check what the tool
 * relies on and let unknown extra fields through.
 */

/** A client object (banqup-api.md §4): needs an `id` and an `address`. */
export function asClient(body: unknown): Client | undefined {
  if (!isRecord(body) || !isNonEmptyString(body.id) || !isRecord(body.address)) return undefined;
  return body as unknown as Client;
}

/** `{"spaces": [...]}`; entries without an id are skipped. */
export function asSpaces(body: unknown): Space[] | undefined {
  if (!isRecord(body) || !Array.isArray(body.spaces)) return undefined;
  return body.spaces.filter(isRecord).flatMap((s): Space[] => {
    if (!isNonEmptyString(s.id)) return [];
    return [
      {
        id: s.id,
        name: typeof s.name === 'string' ? s.name : '',
        type: typeof s.type === 'string' ? s.type : '',
        ...(typeof s.segment === 'string' && { segment: s.segment }),
      },
    ];
  });
}

/** A page of `GET …/clients`: its readable clients, how many entries it had, and `total` when sent. */
export interface ClientPage {
  readonly results: Client[];
  readonly count: number;
  readonly total?: number;
}

/** One page of `GET …/clients` (banqup-api.md §4.2); entries without an id are skipped. */
export function asClientPage(body: unknown): ClientPage | undefined {
  if (!isRecord(body) || !Array.isArray(body.results)) return undefined;
  const results = body.results.flatMap((entry: unknown) => asClient(entry) ?? []);
  const total = typeof body.total === 'number' && Number.isFinite(body.total) ? body.total : undefined;
  return { results, count: body.results.length, ...(total !== undefined && { total }) };
}

/**
 * Provisioning results, exactly one per requested id: an id the server left out becomes a
 * retryable `MISSING_RESULT` failure, and ids we did not ask about are dropped.
 */
export function asProvisionResults(body: unknown, clientIds: readonly string[]): ProvisionResult[] | undefined {
  if (!isRecord(body) || !Array.isArray(body.results)) return undefined;
  const byId = new Map<string, ProvisionResult>();
  for (const item of body.results) {
    if (!isRecord(item) || !isNonEmptyString(item.clientId)) continue;
    byId.set(item.clientId, provisionResultOf(item.clientId, item));
  }
  return clientIds.map(
    (clientId) => byId.get(clientId) ?? { clientId, status: 'FAILED', error: 'MISSING_RESULT', final: false },
  );
}

function provisionResultOf(clientId: string, item: Record<string, unknown>): ProvisionResult {
  const banqupSpaceId = isNonEmptyString(item.banqupSpaceId) ? item.banqupSpaceId : null;
  if (item.status === 'PROVISIONED' || item.status === 'ALREADY_PROVISIONED') {
    return { clientId, status: item.status, banqupSpaceId };
  }
  const code = isRecord(item.error) && isNonEmptyString(item.error.error) ? item.error.error : 'UNKNOWN';
  // banqup-api.md §4.3: NOT_FOUND is final; any other failed item may be sent again later.
  return { clientId, status: 'FAILED', error: code.slice(0, 100), final: code === 'NOT_FOUND' };
}

/** `{"results": [...]}` of the register look-up: true when the register knows the number. */
export function asRegistryAnswer(body: unknown): { found: boolean } | undefined {
  if (!isRecord(body) || !Array.isArray(body.results)) return undefined;
  return { found: body.results.length > 0 };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}
