import type { FaultKind } from './sandboxOptions.js';
import { problemResponse, type ResponseContext, type SandboxResponse } from './sandboxResponse.js';

/** A gateway's error page: the "responses that are not JSON at all" of banqup-api.md §5. */
const BAD_GATEWAY_PAGE =
  '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n' +
  '<body><center><h1>502 Bad Gateway</h1></center><hr><center>sandbox-gateway</center></body></html>\n';

/**
 * The answer of a fault that answers (the drops and `slow` do not have one of their own): the
 * 5xx, the 429 with its Retry-After, and the 401 of a revoked token. Undefined for the others.
 */
export function faultResponse(kind: FaultKind, ctx: ResponseContext, retryAfter: string): SandboxResponse | undefined {
  switch (kind) {
    case 'http500':
      return problemResponse(ctx, 500, 'INTERNAL_SERVER_ERROR', 'Injected by the sandbox');
    case 'http502html':
      return { status: 502, headers: { 'content-type': 'text/html; charset=utf-8' }, body: BAD_GATEWAY_PAGE };
    case 'http503':
      return problemResponse(ctx, 503, 'SERVICE_UNAVAILABLE', 'Injected by the sandbox');
    case 'http504':
      return problemResponse(ctx, 504, 'GATEWAY_TIMEOUT', 'Injected by the sandbox');
    case 'http429':
      return problemResponse(ctx, 429, 'TOO_MANY_REQUESTS', 'Rate limit exceeded', {}, { 'retry-after': retryAfter });
    case 'revokeToken':
      return problemResponse(ctx, 401, 'UNAUTHORIZED', 'The access token was revoked', {}, {
        'www-authenticate': 'Bearer realm="banqup", error="invalid_token"',
      });
    default:
      return undefined;
  }
}

/** The answer cut short: half its bytes, with a Content-Length that matches, so the HTTP exchange is whole but the JSON is not. */
export function truncated(response: SandboxResponse): SandboxResponse {
  return { ...response, body: response.body.slice(0, Math.max(1, Math.floor(response.body.length / 2))) };
}
