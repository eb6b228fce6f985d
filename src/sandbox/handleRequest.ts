import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TOKEN_PATH } from '../api/paths.js';
import type { FaultPlan } from './faultPlan.js';
import { faultResponse, truncated } from './faultResponse.js';
import type { HandlerContext, SandboxRequest } from './handlerContext.js';
import { handleInspection, INSPECTION_PREFIX, type InspectionDeps } from './handleInspection.js';
import { readBody } from './readBody.js';
import { routeRequest } from './routeRequest.js';
import type { SandboxRequestEntry } from './runningSandbox.js';
import { MAX_BODY_BYTES, type RateLimit } from './sandboxOptions.js';
import { problemResponse, type ResponseContext, type SandboxResponse } from './sandboxResponse.js';
import { createTokenBucket, rateLimitHeaders, retryAfterValue, type TokenBucket } from './tokenBucket.js';
import { bearerToken } from './tokenStore.js';

/** The knobs that can change while the sandbox runs. */
export interface LiveSettings {
  rateLimit: Required<RateLimit> | null;
  latencyMs: number;
  jitterMs: number;
}

/** Everything one request goes through; built once by startSandbox. */
export interface RequestDeps extends Omit<HandlerContext, 'path' | 'requestId' | 'concurrentEditDue'>, Omit<InspectionDeps, 'state'> {
  readonly faults: FaultPlan;
  readonly settings: LiveSettings;
  readonly log: SandboxRequestEntry[];
  readonly counters: { byStatus: Record<string, number>; rateLimited: number };
  /** Resolves after `ms`, or never once the sandbox is closed. */
  wait(ms: number): Promise<void>;
  closed(): boolean;
}

/**
 * The life of one request: read the body (413 past 1 MB), the rate limit (a refused request
 * meets no fault), the fault plan, the latency, faults that refuse before the work, the work,
 * faults that strike after it (drop, slow, cut short, 5xx), then the answer with X-Request-Id.
 */
export function createRequestHandler(deps: RequestDeps): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const buckets = new Map<string, TokenBucket>();
  const known = new Set([deps.options.clientId, ...deps.options.extraCredentials.map((c) => c.clientId)]);

  return async function handle(req, res) {
    const started = performance.now();
    const requestId = randomUUID();
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const method = req.method ?? 'GET';
    const path = url.pathname;
    const rctx: ResponseContext = { path, requestId, now: deps.now };
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === 'aborted' || deps.closed()) return;
    if (path.startsWith(INSPECTION_PREFIX)) {
      send(res, requestId, body === 'too-large' ? tooLarge(rctx) : handleInspection(method, path, body, rctx, deps));
      return;
    }
    const entry: SandboxRequestEntry = { n: deps.log.length + 1, method, path };
    deps.log.push(entry);
    const done = (status?: number): void => {
      if (status !== undefined) {
        entry.status = status;
        deps.counters.byStatus[status] = (deps.counters.byStatus[status] ?? 0) + 1;
      }
      entry.ms = Math.round(performance.now() - started);
      deps.options.onRequest?.({ ...entry });
    };
    if (body === 'too-large') return done(send(res, requestId, tooLarge(rctx)));

    const token = bearerToken(req.headers);
    const credential = deps.tokens.ownerOf(token) ?? (path === TOKEN_PATH ? formClientId(body, known) : undefined) ?? 'anonymous';
    const limit = deps.settings.rateLimit;
    let limitHeaders: Record<string, string> = {};
    let response: SandboxResponse | undefined;
    if (limit !== null) {
      const bucket = buckets.get(credential) ?? createTokenBucket(limit, deps.now);
      buckets.set(credential, bucket);
      const answer = bucket.take();
      if (limit.headers) limitHeaders = rateLimitHeaders(answer, limit);
      if (!answer.ok) {
        entry.rateLimited = true;
        deps.counters.rateLimited++;
        const retryAfter = retryAfterValue(answer.retryAfterMs, limit.retryAfter, deps.now());
        response = problemResponse(rctx, 429, 'TOO_MANY_REQUESTS', 'Rate limit exceeded', {}, { 'retry-after': retryAfter });
      }
    }
    const fault = response ? undefined : deps.faults.decide({ method, path, authorized: deps.tokens.check(token).ok });
    if (fault !== undefined) entry.fault = fault.kind;

    await deps.wait(deps.settings.latencyMs + Math.random() * deps.settings.jitterMs);
    if (deps.closed()) return;
    if (fault !== undefined && !fault.afterWork) {
      if (fault.kind === 'dropBefore') return done(void res.socket?.destroy());
      if (fault.kind === 'revokeToken' && token !== undefined) deps.tokens.revoke(token);
      const retryAfter = retryAfterValue(deps.options.faultRetryAfterSeconds * 1000, limit?.retryAfter ?? 'seconds', deps.now());
      response = faultResponse(fault.kind, rctx, retryAfter);
    }
    // `concurrentEdit` has no answer of its own: the PATCH handler makes the other user's edit.
    const concurrentEditDue = fault?.kind === 'concurrentEdit';
    response ??= work({ method, path, query: url.searchParams, headers: req.headers, body }, { ...deps, path, requestId, concurrentEditDue });
    if (fault?.afterWork) {
      if (fault.kind === 'dropAfter') return done(void res.socket?.destroy());
      if (fault.kind === 'slow') await deps.wait(deps.options.slowMs);
      if (deps.closed()) return;
      response = fault.kind === 'truncated' ? truncated(response) : (faultResponse(fault.kind, rctx, '1') ?? response);
    }
    done(send(res, requestId, response, limitHeaders));
  };
}

/** The handlers, with a bug of the sandbox answered as a 500 rather than a hung request. */
function work(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  try {
    return routeRequest(req, ctx);
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
    return problemResponse(ctx, 500, 'SANDBOX_ERROR', detail);
  }
}

function send(res: ServerResponse, requestId: string, response: SandboxResponse, extra: Record<string, string> = {}): number {
  if (res.destroyed) return response.status;
  const headers: Record<string, string> = { ...response.headers, ...extra, 'x-request-id': requestId, 'content-length': String(Buffer.byteLength(response.body)) };
  if (response.status === 413) headers.connection = 'close';
  res.writeHead(response.status, headers);
  res.end(response.body);
  return response.status;
}

function tooLarge(ctx: ResponseContext): SandboxResponse {
  return problemResponse(ctx, 413, 'PAYLOAD_TOO_LARGE', `Bodies are limited to ${MAX_BODY_BYTES} bytes`);
}

/** The token request's client_id, when it names a known credential set (the rate limit's key). */
function formClientId(body: Buffer, known: ReadonlySet<string>): string | undefined {
  const id = new URLSearchParams(body.toString('utf8')).get('client_id') ?? '';
  return known.has(id) ? id : undefined;
}
