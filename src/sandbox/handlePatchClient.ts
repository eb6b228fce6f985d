import { existingClient } from './handleCreateClient.js';
import { mediaType, type HandlerContext, type SandboxRequest } from './handlerContext.js';
import { editBySomeoneElse } from './editBySomeoneElse.js';
import { mergePatch } from './mergePatch.js';
import { copyDraft, READ_ONLY_FIELDS, type SandboxClient, type SandboxClientDraft } from './sandboxClient.js';
import { jsonResponse, problemResponse, validationFailed, type SandboxResponse } from './sandboxResponse.js';
import { validateClientBody } from './validateClient.js';

/** RFC 7396's media type: the only one a PATCH takes (banqup-api.md §4.5). */
export const MERGE_PATCH_TYPE = 'application/merge-patch+json';

/** The optional fields: a merge patch clears them by removing the key, which for the client means null. */
const NULLABLE_FIELDS = ['companyNumber', 'vatNumber', 'bic', 'externalReference', 'documentSharing'] as const;
const NULLABLE_SHARING_FIELDS = ['deliveryChannel', 'email'] as const;

/**
 * `PATCH …/clients/{clientId}` (banqup-api.md §4.5), its checks in the contract's order: 404,
 * 428 without If-Match, 415 unless merge-patch+json, 400 for a body that is not a JSON object or
 * names a read-only field (even unchanged), 412 unless If-Match is the current ETag exactly (so
 * `*` and weak tags fail), then 400 and 409 on the merged client. 200 answers the client with
 * its new ETag; every applied PATCH moves it, even one that changes nothing.
 *
 * Someone else's edit (the `concurrentEdit` fault, or the `concurrentEdits` knob for a PATCH
 * whose If-Match matched) is stored first, as its own change: the PATCH then gets 412.
 */
export function handlePatchClient(req: SandboxRequest, ctx: HandlerContext, spaceId: string, clientId: string): SandboxResponse {
  const held = ctx.state.client(spaceId, clientId);
  if (held === undefined) return problemResponse(ctx, 404, 'NOT_FOUND', 'No such client in this space');
  // The scripted fault is someone else saving the client just before this request arrives,
  // whatever the request turns out to be; the knob below only strikes PATCHes that would succeed.
  if (ctx.concurrentEditDue) editElsewhere(ctx, spaceId, held, lenientPatch(req.body));

  const ifMatch = req.headers['if-match']?.trim();
  if (ifMatch === undefined || ifMatch === '') {
    return problemResponse(ctx, 428, 'PRECONDITION_REQUIRED', 'Send If-Match with the ETag of your last GET of this client');
  }
  if (mediaType(req) !== MERGE_PATCH_TYPE) {
    return problemResponse(ctx, 415, 'UNSUPPORTED_MEDIA_TYPE', `Send the changes as ${MERGE_PATCH_TYPE}`);
  }
  let patch: unknown;
  try {
    patch = JSON.parse(req.body.toString('utf8'));
  } catch {
    return problemResponse(ctx, 400, 'MALFORMED_JSON', 'The body is not JSON');
  }
  if (!isRecord(patch)) return validationFailed(ctx, [{ field: '', code: 'format', message: 'the body must be an object of the fields to change' }]);
  const readOnly = READ_ONLY_FIELDS.filter((field) => Object.hasOwn(patch, field));
  if (readOnly.length > 0) {
    return validationFailed(ctx, readOnly.map((field) => ({ field, code: 'format', message: `${field} - cannot be changed` })));
  }

  if (ifMatch === ctx.state.etag(spaceId, clientId) && ctx.concurrentEdits.due()) editElsewhere(ctx, spaceId, ctx.state.client(spaceId, clientId) ?? held, patch);
  if (ifMatch !== ctx.state.etag(spaceId, clientId)) {
    ctx.patchLog.preconditionFailed();
    return problemResponse(ctx, 412, 'PRECONDITION_FAILED', 'The client changed since that ETag: read it again and decide again');
  }

  const current = ctx.state.client(spaceId, clientId) ?? held;
  const merged = withNulls(mergePatch(copyDraft(current), patch));
  const violations = validateClientBody(merged, ctx.invalidCompanyNumbers);
  if (violations.length > 0) return validationFailed(ctx, violations);
  const draft = copyDraft(merged as SandboxClientDraft);
  const other = existingClient(ctx.state, spaceId, draft, clientId);
  if (other !== undefined) {
    return problemResponse(ctx, 409, 'CLIENT_ALREADY_EXISTS', 'Another client of the space has this key', { existingClientId: other.id });
  }
  const at = new Date(ctx.now()).toISOString();
  const updated = ctx.state.put(spaceId, { ...current, ...draft, updatedAt: at });
  ctx.state.commit();
  ctx.patchLog.applied(spaceId, clientId, patch, at);
  return jsonResponse(200, updated, { etag: ctx.state.etag(spaceId, clientId) ?? '' });
}

/** Stores another user's edit of the client (its ETag moves) and counts it. */
function editElsewhere(ctx: HandlerContext, spaceId: string, client: SandboxClient, patch: Readonly<Record<string, unknown>>): void {
  ctx.state.put(spaceId, editBySomeoneElse(client, patch, new Date(ctx.now()).toISOString()));
  ctx.state.commit();
  ctx.patchLog.editedElsewhere();
}

/** The body as an object when it is one, else nothing: only to choose what someone else edits. */
function lenientPatch(body: Buffer): Readonly<Record<string, unknown>> {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return isRecord(value) ? value : {};
  } catch {
    return {};
  }
}

/**
 * The merged client with its cleared optional fields back as null: RFC 7396 removes a member set
 * to null, while the contract's client holds every key (null = none). Required fields stay
 * removed, so that clearing one is the 400 `required` it would be on create.
 */
function withNulls(merged: unknown): unknown {
  if (!isRecord(merged)) return merged;
  const out: Record<string, unknown> = { ...merged };
  for (const key of NULLABLE_FIELDS) if (!Object.hasOwn(out, key)) out[key] = null;
  const sharing = out.documentSharing;
  if (isRecord(sharing)) {
    const filled: Record<string, unknown> = { ...sharing };
    for (const key of NULLABLE_SHARING_FIELDS) if (!Object.hasOwn(filled, key)) filled[key] = null;
    out.documentSharing = filled;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
