import { randomUUID } from 'node:crypto';
import { readJsonBody, type HandlerContext, type SandboxRequest } from './handlerContext.js';
import { jsonResponse, validationFailed, type SandboxResponse } from './sandboxResponse.js';

/** banqup-api.md §4.3: 1–100 ids per call. */
export const MAX_PROVISION_IDS = 100;

/**
 * `POST …/clients/provisioning` (banqup-api.md §4.3): one result per distinct id. An INACTIVE
 * client becomes ACTIVE with a new banqupSpaceId (PROVISIONED); an ACTIVE one is left as it is
 * (ALREADY_PROVISIONED); both items carry the client's `links`. An unknown id is FAILED NOT_FOUND. Results are sorted by id, not in the
 * order asked: the contract says "in any order", and a client must not rely on one.
 */
export function handleProvisioning(req: SandboxRequest, ctx: HandlerContext, spaceId: string): SandboxResponse {
  const parsed = readJsonBody(req, ctx);
  if (!('value' in parsed)) return parsed;
  const body = parsed.value;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return validationFailed(ctx, [{ field: 'clientIds', code: 'required', message: 'clientIds - is required' }]);
  }
  const extra = Object.keys(body).filter((key) => key !== 'clientIds');
  const ids = (body as { clientIds?: unknown }).clientIds;
  if (extra.length > 0) {
    return validationFailed(ctx, extra.map((field) => ({ field, code: 'unsupported', message: `${field} - is not a field` })));
  }
  if (!Array.isArray(ids)) return validationFailed(ctx, [{ field: 'clientIds', code: 'required', message: 'clientIds - an array of ids' }]);
  if (ids.length < 1 || ids.length > MAX_PROVISION_IDS) {
    return validationFailed(ctx, [{ field: 'clientIds', code: 'length', message: `clientIds - 1 to ${MAX_PROVISION_IDS} ids` }]);
  }
  const bad = ids.flatMap((id: unknown, i) => (typeof id === 'string' && id !== '' ? [] : [i]));
  if (bad.length > 0) return validationFailed(ctx, bad.map((i) => ({ field: `clientIds[${i}]`, code: 'format', message: 'clientId - a non-empty string' })));

  let changed = false;
  const at = new Date(ctx.now()).toISOString();
  const results = [...new Set(ids as string[])].sort().map((clientId) => {
    const client = ctx.state.client(spaceId, clientId);
    if (client === undefined) {
      return { clientId, status: 'FAILED', error: { error: 'NOT_FOUND', detail: 'No such client in this space' } };
    }
    if (client.status === 'ACTIVE') return { clientId, status: 'ALREADY_PROVISIONED', banqupSpaceId: client.banqupSpaceId, links: client.links };
    // A change like any other: the client's ETag moves, and its links appear.
    const active = ctx.state.put(spaceId, { ...client, status: 'ACTIVE', banqupSpaceId: randomUUID(), updatedAt: at });
    changed = true;
    return { clientId, status: 'PROVISIONED', banqupSpaceId: active.banqupSpaceId, links: active.links };
  });
  if (changed) ctx.state.commit();
  return jsonResponse(200, { results });
}
