import { ApiError, CERTIFICATE_CODES, type ApiErrorKind, type Violation } from './apiErrors.js';
import { TOKEN_PATH } from './paths.js';
import { rateLimitHintsFrom } from './rateLimitHints.js';
import { parseRetryAfter } from './retryPolicy.js';

/** An HTTP answer that is not a usable success: an error status, or a body that could not be read. */
export interface ResponseFailure {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The parsed JSON body, or undefined when there was none or it was not JSON (a 2xx then means "unreadable"). */
  readonly body: unknown;
  /** Values sent with the request that must never come back in an error (the token, the client secret). */
  readonly redact?: readonly string[];
}

/** A call that ended without a complete answer: connection failure or time limit. */
export interface NetworkFailure {
  readonly method: string;
  readonly path: string;
  readonly cause: unknown;
  /** Our own overall time limit fired. */
  readonly timedOut?: boolean;
  /** Present when the headers had arrived before the failure. */
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string | string[] | undefined>>;
  readonly redact?: readonly string[];
}

/**
 * RFC 6749 §5.2 lets a token endpoint answer bad credentials with 400 as well as 401: those codes
 * are a refusal of the credentials (exit 4), whatever the status.
 */
const OAUTH_REFUSALS = new Set(['invalid_client', 'unauthorized_client', 'invalid_grant']);

const TIMEOUT_CODES = new Set([
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'ETIMEDOUT',
]);

/**
 * The one factory: turns a failed answer or a connection failure into a typed ApiError. The kind
 * comes from the status and the problem's `error` code only (banqup-api.md §5), never from
 * `title` or `detail`, which are not kept at all.
 */
export function apiErrorFrom(source: ResponseFailure | NetworkFailure, now: number = Date.now()): ApiError {
  const base = { method: source.method, path: source.path };
  // Very short values would blank out innocent codes; real ids, secrets and tokens are far longer.
  const redact = (source.redact ?? []).filter((secret) => secret.length >= 4);
  if ('cause' in source) {
    const networkCode = safeToken(errorCode(source.cause), 64, redact);
    const timedOut = source.timedOut === true || (networkCode !== undefined && TIMEOUT_CODES.has(networkCode));
    const requestId = source.headers ? requestIdFrom(source.headers, undefined, redact) : undefined;
    // Never retried (retryPolicy.ts) and never worked around: an unverified server gets nothing.
    const certificate = networkCode !== undefined && CERTIFICATE_CODES.has(networkCode);
    return new ApiError({
      ...base,
      kind: certificate ? 'certificate' : timedOut ? 'timeout' : source.status !== undefined ? 'bad_response' : 'network',
      ...(source.status !== undefined && { status: source.status }),
      ...(requestId !== undefined && { requestId }),
      ...(networkCode !== undefined && { networkCode }),
    });
  }
  const body = isRecord(source.body) ? source.body : undefined;
  const code = safeToken(body?.error, 100, redact);
  const requestId = requestIdFrom(source.headers, body, redact);
  const retryAfterMs = retryAfterOf(source.headers, source.status, now);
  const rateLimitHints = rateLimitHintsFrom(source.headers);
  const violations = source.status === 400 ? violationsOf(body?.violations, redact) : undefined;
  const existingClientId = source.status === 409 ? safeToken(body?.existingClientId, 128, redact) : undefined;
  return new ApiError({
    ...base,
    kind: source.path === TOKEN_PATH && source.status === 400 && code !== undefined && OAUTH_REFUSALS.has(code) ? 'unauthorized' : kindOf(source.status, code),
    status: source.status,
    ...(code !== undefined && { code }),
    ...(requestId !== undefined && { requestId }),
    ...(retryAfterMs !== undefined && { retryAfterMs }),
    ...(rateLimitHints !== undefined && { rateLimitHints }),
    ...(violations !== undefined && { violations }),
    ...(existingClientId !== undefined && { existingClientId }),
  });
}

function kindOf(status: number, code: string | undefined): ApiErrorKind {
  if (status === 429) return 'rate_limited';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 408) return 'timeout';
  if (status === 409) return 'conflict';
  if (status === 400 && code === 'VALIDATION_FAILED') return 'validation';
  if (status >= 500) return 'server';
  if (status >= 400) return 'client_error';
  // A success whose body is cut short or not JSON, or a status we never expect (1xx, 3xx).
  return 'bad_response';
}

function retryAfterOf(headers: ResponseFailure['headers'], status: number, now: number): number | undefined {
  const fromHeader = parseRetryAfter(header(headers, 'retry-after'), now);
  if (fromHeader !== undefined || status !== 429) return fromHeader;
  // X-RateLimit-Reset is the moment the window resets, in Unix seconds (banqup-api.md §6), not a delay.
  const reset = Number(header(headers, 'x-ratelimit-reset'));
  return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - now) : undefined;
}

/** The X-Request-Id (or the problem's `requestId`), if it looks like an id and carries no secret. */
export function requestIdFrom(
  headers: ResponseFailure['headers'],
  body: Record<string, unknown> | undefined,
  redact: readonly string[] = [],
): string | undefined {
  return safeToken(header(headers, 'x-request-id'), 128, redact) ?? safeToken(body?.requestId, 128, redact);
}

/** Reads one header; undici lower-cases names. */
function header(headers: ResponseFailure['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function violationsOf(value: unknown, redact: readonly string[]): Violation[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isRecord).map((v) => ({
    field: displayText(v.field, 200, redact),
    code: displayText(v.code, 100, redact),
    message: displayText(v.message, 300, redact),
  }));
}

/**
 * A short identifier-like string (codes, ids), or undefined: anything else is not trusted into
 * errors, and neither is anything that contains a secret a careless server might echo back.
 */
function safeToken(value: unknown, max: number, redact: readonly string[]): string | undefined {
  if (typeof value !== 'string' || value.length > max || !/^[A-Za-z0-9_.:-]+$/.test(value)) return undefined;
  return redact.some((secret) => value.includes(secret)) ? undefined : value;
}

/** Server text shown to users: secrets and control characters removed (style.md §8 rule 8), length capped. */
function displayText(value: unknown, max: number, redact: readonly string[]): string {
  if (typeof value !== 'string') return '';
  let text = value;
  for (const secret of redact) text = text.split(secret).join('[redacted]');
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ').slice(0, max);
}

function errorCode(error: unknown): unknown {
  return isRecord(error) ? error.code : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
