import { randomUUID } from 'node:crypto';
import { canonicalJson, readJsonBody, type HandlerContext, type SandboxRequest } from './handlerContext.js';
import { copyDraft, type SandboxClient, type SandboxClientDraft } from './sandboxClient.js';
import { jsonResponse, problemResponse, validationFailed, type SandboxResponse } from './sandboxResponse.js';
import { IDEMPOTENCY_WINDOW_MS, type SandboxState } from './sandboxState.js';
import { validateClientBody } from './validateClient.js';

/**
 * `POST …/clients` (banqup-api.md §4.1). With an Idempotency-Key, the first answer for that key
 * (credentials + space + key) is kept and replayed, whatever its status, for the same JSON value
 * within 24 h; another value with the same key is 422. Without a key, every POST is a new attempt.
 */
export function handleCreateClient(req: SandboxRequest, ctx: HandlerContext, spaceId: string, credential: string): SandboxResponse {
  const parsed = readJsonBody(req, ctx);
  if (!('value' in parsed)) return parsed;
  const key = req.headers['idempotency-key'];
  if (key !== undefined && (typeof key !== 'string' || key.length < 1 || key.length > 255)) {
    return validationFailed(ctx, [{ field: 'Idempotency-Key', code: 'length', message: 'Idempotency-Key - 1 to 255 characters' }]);
  }
  const scope = key === undefined ? undefined : JSON.stringify([credential, spaceId, key]);
  const value = canonicalJson(parsed.value);
  if (scope !== undefined) {
    const kept = ctx.state.idempotency(scope);
    if (kept !== undefined && ctx.now() - kept.at < IDEMPOTENCY_WINDOW_MS) {
      if (kept.value !== value) {
        return problemResponse(ctx, 422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with another body');
      }
      const headers: Record<string, string> = { 'content-type': contentTypeOf(kept.status), 'idempotent-replayed': 'true' };
      if (kept.location !== undefined) headers.location = kept.location;
      return { status: kept.status, headers, body: kept.body };
    }
  }
  const response = createOutcome(parsed.value, ctx, spaceId);
  if (scope !== undefined) {
    const location = response.headers.location;
    ctx.state.remember({ scope, value, status: response.status, body: response.body, at: ctx.now(), ...(location !== undefined && { location }) });
  }
  if (scope !== undefined || response.status === 201) ctx.state.commit();
  return response;
}

function createOutcome(body: unknown, ctx: HandlerContext, spaceId: string): SandboxResponse {
  const violations = validateClientBody(body, ctx.invalidCompanyNumbers);
  if (violations.length > 0) return validationFailed(ctx, violations);
  const draft = copyDraft(body as SandboxClientDraft);
  const existing = existingClient(ctx.state, spaceId, draft);
  if (existing !== undefined) {
    return problemResponse(ctx, 409, 'CLIENT_ALREADY_EXISTS', 'The space already holds this client', { existingClientId: existing.id });
  }
  const at = new Date(ctx.now()).toISOString();
  const client = ctx.state.put(spaceId, { id: randomUUID(), ...draft, status: 'INACTIVE', banqupSpaceId: null, createdAt: at, updatedAt: at });
  const location = `/partner/v1/spaces/${encodeURIComponent(spaceId)}/clients/${client.id}`;
  return jsonResponse(201, client, { location });
}

/**
 * The 409's client: same external reference, else same VAT number, else same country + register
 * number; never the client `exceptId` (the one a PATCH changes).
 */
export function existingClient(state: SandboxState, spaceId: string, draft: SandboxClientDraft, exceptId?: string): SandboxClient | undefined {
  const other = (c: SandboxClient): boolean => c.id !== exceptId;
  const ref = draft.externalReference;
  const vat = draft.vatNumber;
  const number = draft.companyNumber;
  return (
    (ref === null ? undefined : state.clientsBy(spaceId, 'externalReference', ref).find(other)) ??
    (vat === null ? undefined : state.clientsBy(spaceId, 'vatNumber', vat).find(other)) ??
    (number === null ? undefined : state.clientsBy(spaceId, 'companyNumber', number).find((c) => other(c) && c.address.country === draft.address.country))
  );
}

function contentTypeOf(status: number): string {
  return status >= 400 ? 'application/problem+json' : 'application/json';
}
