import type { HandlerContext, SandboxRequest } from './handlerContext.js';
import { jsonResponse, type SandboxResponse } from './sandboxResponse.js';

/**
 * `POST /oauth2/client_credential/gettoken` (banqup-api.md §2): form-encoded; errors are OAuth
 * bodies (RFC 6749 §5.2), not problem objects. The client is checked before the grant.
 */
export function handleToken(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    return oauthError(400, 'invalid_request', 'Send the form as application/x-www-form-urlencoded');
  }
  const form = new URLSearchParams(req.body.toString('utf8'));
  const clientId = ctx.tokens.authenticate(form.get('client_id') ?? '', form.get('client_secret') ?? '');
  if (clientId === undefined) return oauthError(401, 'invalid_client', 'Client authentication failed');
  if (form.get('grant_type') !== 'client_credentials') {
    return oauthError(400, 'unsupported_grant_type', 'Only client_credentials is supported');
  }
  const { token, expiresAt } = ctx.tokens.issue(clientId);
  return jsonResponse(
    200,
    {
      access_token: token,
      token_type: 'Bearer',
      expires_in: ctx.options.tokenLifetimeSeconds,
      expires_at: new Date(expiresAt).toISOString(),
    },
    { 'cache-control': 'no-store', pragma: 'no-cache' },
  );
}

function oauthError(status: number, error: string, description: string): SandboxResponse {
  return jsonResponse(status, { error, error_description: description }, { 'cache-control': 'no-store' });
}
