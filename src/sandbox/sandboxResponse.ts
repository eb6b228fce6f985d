import { STATUS_CODES } from 'node:http';

/** An answer before it is written: what handlers return, and what faults can alter. */
export interface SandboxResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Where an answer goes: the problem object's `instance`, `requestId` and `timestamp` come from here. */
export interface ResponseContext {
  readonly path: string;
  readonly requestId: string;
  readonly now: () => number;
}

/** A JSON answer. */
export function jsonResponse(status: number, value: unknown, headers: Record<string, string> = {}): SandboxResponse {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(value) };
}

/**
 * A problem object (banqup-api.md §5): type, title, status, error, detail, instance, timestamp,
 * requestId, plus `extra` (violations, existingClientId …). Clients decide on status and `error`.
 */
export function problemResponse(
  ctx: ResponseContext,
  status: number,
  error: string,
  detail: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): SandboxResponse {
  const body = {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    error,
    detail,
    instance: ctx.path,
    timestamp: new Date(ctx.now()).toISOString(),
    requestId: ctx.requestId,
    ...extra,
  };
  return { status, headers: { 'content-type': 'application/problem+json', ...headers }, body: JSON.stringify(body) };
}

/** One entry of VALIDATION_FAILED's `violations` (`field` dotted: `address.postalCode`, `assigneeEmails[1]`). */
export interface SandboxViolation {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** 400 VALIDATION_FAILED; `violations` is always there (banqup-api.md §4.1). */
export function validationFailed(ctx: ResponseContext, violations: readonly SandboxViolation[]): SandboxResponse {
  return problemResponse(ctx, 400, 'VALIDATION_FAILED', 'The request has invalid fields', { violations });
}

/** 405 with the methods the path takes. */
export function methodNotAllowed(ctx: ResponseContext, allow: readonly string[]): SandboxResponse {
  return problemResponse(ctx, 405, 'METHOD_NOT_ALLOWED', `Use ${allow.join(' or ')}`, {}, { allow: allow.join(', ') });
}
