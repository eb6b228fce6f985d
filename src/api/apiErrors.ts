import type { Issue, MessageParams } from '../domain/types.js';
import { ApiUnavailableError, AuthError } from '../errors.js';
import type { RateLimitHints } from './pacingController.js';
import { apiMessages, violationMessageCode } from './apiMessages.js';
import { API_FAILURE, type ApiErrorKind, type ApiFailure } from './types.js';

export type { ApiErrorKind } from './types.js';

/** One entry of a 400 VALIDATION_FAILED (`field` is dotted: `address.postalCode`, `assigneeEmails[1]`). */
export interface Violation {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** The fields an ApiError is built from. */
export interface ApiErrorFields {
  readonly kind: ApiErrorKind;
  readonly method: string;
  /** The path only: never the query string, never a header. */
  readonly path: string;
  readonly status?: number;
  readonly code?: string;
  readonly requestId?: string;
  readonly violations?: readonly Violation[];
  readonly existingClientId?: string;
  readonly retryAfterMs?: number;
  /** The optional X-RateLimit-* figures of the answer, for pacing (numbers only, nothing to hide). */
  readonly rateLimitHints?: RateLimitHints;
  /** The low-level code of a connection failure (`ECONNREFUSED`, `UND_ERR_SOCKET` …). */
  readonly networkCode?: string;
}

/**
 * A failed call. It deliberately holds no headers, no body text, no `title`/`detail` and no cause
 * object: those are where a token or the client secret could hide, and none of them decides anything.
 */
export class ApiError extends Error implements ApiFailure {
  readonly [API_FAILURE] = true as const;
  readonly kind: ApiErrorKind;
  readonly method: string;
  readonly path: string;
  readonly status?: number;
  readonly code?: string;
  readonly requestId?: string;
  readonly violations?: readonly Violation[];
  readonly existingClientId?: string;
  readonly retryAfterMs?: number;
  readonly rateLimitHints?: RateLimitHints;
  readonly networkCode?: string;

  constructor(fields: ApiErrorFields) {
    super('');
    this.name = 'ApiError';
    this.kind = fields.kind;
    this.method = fields.method;
    this.path = stripQuery(fields.path);
    if (fields.status !== undefined) this.status = fields.status;
    if (fields.code !== undefined) this.code = fields.code;
    if (fields.requestId !== undefined) this.requestId = fields.requestId;
    if (fields.violations !== undefined) this.violations = fields.violations;
    if (fields.existingClientId !== undefined) this.existingClientId = fields.existingClientId;
    if (fields.retryAfterMs !== undefined) this.retryAfterMs = fields.retryAfterMs;
    if (fields.rateLimitHints !== undefined) this.rateLimitHints = fields.rateLimitHints;
    if (fields.networkCode !== undefined) this.networkCode = fields.networkCode;
    const text = apiMessages[this.messageCode]?.en(this.messageParams) ?? this.kind;
    this.message = `${text} [${this.method} ${this.path}]`;
  }

  /** The catalogue key of the user message (`api.timeout` …). */
  get messageCode(): string {
    return `api.${this.kind}`;
  }

  /** The parameters of the user message (no secrets: status, code, request id, field names). */
  get messageParams(): MessageParams {
    const p: Record<string, string | number> = { method: this.method, path: this.path };
    p.status = this.status ?? '—';
    if (this.code !== undefined) p.code = this.code;
    if (this.requestId !== undefined) p.requestId = this.requestId;
    if (this.violations !== undefined) p.fields = this.violations.map((v) => v.field).join(', ');
    if (this.kind === 'certificate') p.reason = this.networkCode ?? '—';
    return p;
  }

  get mayHaveReachedServer(): boolean {
    return mayHaveReachedServer(this);
  }

  get runEnding(): AuthError | ApiUnavailableError | null {
    return fatalErrorFor(this);
  }

  /**
   * The problems a failed call leaves on its row. A 400 VALIDATION_FAILED gives one per violation,
   * on its field (the run puts it on the cell); anything else one about the whole row. The code is
   * the API's own when it sent one, so that scripts can rely on it.
   */
  get issues(): Issue[] {
    const requestId: Record<string, string> = this.requestId === undefined ? {} : { requestId: this.requestId };
    if (this.kind === 'validation' && this.violations !== undefined && this.violations.length > 0) {
      return this.violations.map((v) =>
        unplacedIssue({
          code: v.code === '' ? 'VALIDATION_FAILED' : v.code,
          messageCode: violationMessageCode(v.code),
          // `trn.invalid` is about the register number whatever field the server names (banqup-api.md §4.1).
          field: v.code === 'trn.invalid' ? 'companyNumber' : v.field,
          params: { ...requestId, code: v.code, field: v.field },
        }),
      );
    }
    return [unplacedIssue({ code: this.code ?? this.messageCode, messageCode: this.messageCode, field: '', params: this.messageParams })];
  }
}

function unplacedIssue(fields: Pick<Issue, 'code' | 'messageCode' | 'field' | 'params'>): Issue {
  return { row: 0, column: '', header: '', key: null, severity: 'error', value: '', origin: 'banqup', ...fields };
}

/** Node's codes for a certificate it cannot verify (OpenSSL's verify errors, and the name check). */
export const CERTIFICATE_CODES: ReadonlySet<string> = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_REVOKED',
  'CERT_SIGNATURE_FAILURE',
  'INVALID_CA',
  'HOSTNAME_MISMATCH',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Failures that happen before a single byte of the request can have reached the server. */
const NEVER_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  ...CERTIFICATE_CODES,
]);

/**
 * Whether the server may have acted on the request: true for a 5xx, an unreadable answer, a time
 * limit or a connection lost after sending; false for a 4xx (refused) and for failures to connect.
 */
export function mayHaveReachedServer(error: ApiError): boolean {
  if (error.status !== undefined) return error.status >= 500 || error.status < 400;
  return error.networkCode === undefined || !NEVER_SENT_CODES.has(error.networkCode);
}

/**
 * The run-ending error for an API failure, or null when the failure belongs to one row: refused
 * credentials or space → AuthError (exit 4); still unavailable after the retries → ApiUnavailableError (exit 6).
 */
export function fatalErrorFor(error: ApiError): AuthError | ApiUnavailableError | null {
  switch (error.kind) {
    case 'unauthorized':
    case 'forbidden':
      return new AuthError(error.messageCode, error.messageParams);
    case 'network':
    case 'timeout':
    case 'bad_response':
    case 'unusable':
    case 'certificate':
    case 'rate_limited':
    case 'server':
      return new ApiUnavailableError(error.messageCode, error.messageParams);
    default:
      return null;
  }
}

function stripQuery(path: string): string {
  const cut = path.search(/[?#]/);
  return cut === -1 ? path : path.slice(0, cut);
}
