import { REGISTRY_PATH, SPACES_PATH, TOKEN_PATH } from '../api/paths.js';
import { handleCreateClient } from './handleCreateClient.js';
import { handleFindClients, handleReadClient } from './handleFindClients.js';
import type { HandlerContext, SandboxRequest } from './handlerContext.js';
import { handlePatchClient } from './handlePatchClient.js';
import { handleProvisioning } from './handleProvisioning.js';
import { handleRegistry } from './handleRegistry.js';
import { handleToken } from './handleToken.js';
import { jsonResponse, methodNotAllowed, problemResponse, type SandboxResponse } from './sandboxResponse.js';
import { bearerToken } from './tokenStore.js';

const CLIENTS = /^\/partner\/v1\/spaces\/([^/]+)\/clients(?:\/([^/]+))?$/;

/**
 * Dispatches one request of the contract to its handler: the token endpoint, then (with a valid
 * bearer token) spaces, the register and the Partner-space client paths. Unknown paths are 404
 * whatever the token, like a gateway's.
 */
export function routeRequest(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const { method, path } = req;
  if (path === TOKEN_PATH) return method === 'POST' ? handleToken(req, ctx) : methodNotAllowed(ctx, ['POST']);
  const clients = CLIENTS.exec(path);
  if (path !== SPACES_PATH && path !== REGISTRY_PATH && clients === null) {
    return problemResponse(ctx, 404, 'NOT_FOUND', 'No such path');
  }
  const check = ctx.tokens.check(bearerToken(req.headers));
  if (!check.ok) {
    const error = check.reason === 'missing' ? '' : ', error="invalid_token"';
    return problemResponse(ctx, 401, 'UNAUTHORIZED', `The access token is ${check.reason}`, {}, { 'www-authenticate': `Bearer realm="banqup"${error}` });
  }
  if (path === SPACES_PATH) {
    if (method !== 'GET') return methodNotAllowed(ctx, ['GET']);
    const spaces = ctx.state.spaces().filter((s) => s.owned).map(({ id, name, type, segment }) => ({ id, name, type, segment }));
    return jsonResponse(200, { spaces });
  }
  if (path === REGISTRY_PATH) return method === 'GET' ? handleRegistry(req, ctx) : methodNotAllowed(ctx, ['GET']);
  const spaceId = decode(clients?.[1] ?? '');
  const rest = clients?.[2] === undefined ? undefined : decode(clients[2]);
  const space = spaceId === undefined ? undefined : ctx.state.space(spaceId);
  if (space === undefined || spaceId === undefined) return problemResponse(ctx, 404, 'NOT_FOUND', 'No such space');
  if (!space.owned) return problemResponse(ctx, 403, 'FORBIDDEN', 'This app may not use this space');
  if (space.type !== 'PARTNER') return problemResponse(ctx, 403, 'FORBIDDEN', 'This is not a Partner space');
  if (rest === undefined) {
    if (method === 'GET') return handleFindClients(req, ctx, spaceId);
    if (method === 'POST') return handleCreateClient(req, ctx, spaceId, check.clientId);
    return methodNotAllowed(ctx, ['GET', 'POST']);
  }
  if (rest === 'provisioning') return method === 'POST' ? handleProvisioning(req, ctx, spaceId) : methodNotAllowed(ctx, ['POST']);
  if (method === 'GET') return handleReadClient(ctx, spaceId, rest ?? '');
  if (method === 'PATCH') return handlePatchClient(req, ctx, spaceId, rest ?? '');
  return methodNotAllowed(ctx, ['GET', 'PATCH']);
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
