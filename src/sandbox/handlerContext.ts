import type { IncomingHttpHeaders } from 'node:http';
import type { ConcurrentEdits } from './concurrentEdits.js';
import type { PatchLog } from './patchLog.js';
import type { ResolvedSandboxOptions } from './sandboxOptions.js';
import { problemResponse, type ResponseContext, type SandboxResponse } from './sandboxResponse.js';
import type { SandboxState } from './sandboxState.js';
import type { TokenStore } from './tokenStore.js';

/** A request once its body is read. */
export interface SandboxRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** What every route handler gets. */
export interface HandlerContext extends ResponseContext {
  readonly state: SandboxState;
  readonly tokens: TokenStore;
  readonly options: ResolvedSandboxOptions;
  readonly invalidCompanyNumbers: ReadonlySet<string>;
  /** The "someone else edits the client" knob, asked by a PATCH whose If-Match matches. */
  readonly concurrentEdits: ConcurrentEdits;
  readonly patchLog: PatchLog;
  /** This request drew the `concurrentEdit` fault: someone else edits the client before it. */
  readonly concurrentEditDue: boolean;
}

/**
 * The request's JSON body, or the answer refusing it: 415 unless the Content-Type is JSON
 * (`application/json` or `…+json`, parameters allowed), 400 MALFORMED_JSON when it does not parse.
 */
export function readJsonBody(req: SandboxRequest, ctx: HandlerContext): { readonly value: unknown } | SandboxResponse {
  if (!/^application\/([a-z0-9.+-]+\+)?json$/.test(mediaType(req))) {
    return problemResponse(ctx, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json');
  }
  try {
    return { value: JSON.parse(req.body.toString('utf8')) as unknown };
  } catch {
    return problemResponse(ctx, 400, 'MALFORMED_JSON', 'The body is not JSON');
  }
}

/** The Content-Type without its parameters, lower case ('' when there is none). */
export function mediaType(req: SandboxRequest): string {
  return (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The JSON value as text with object keys sorted: two bodies are "the same JSON value" when these match. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
