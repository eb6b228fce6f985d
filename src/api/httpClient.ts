import { Pool, type Dispatcher } from 'undici';
import { apiErrorFrom, requestIdFrom } from './apiErrorFrom.js';
import { ApiError } from './apiErrors.js';

/** One HTTP call to the API: JSON or form body in, parsed JSON out. */
export interface HttpRequest {
  readonly method: 'GET' | 'POST' | 'PATCH';
  /** The API path (`/entitystore/v1/spaces`); errors and events show it, never the query. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly json?: unknown;
  /** Form-encoded body (the token request). */
  readonly form?: Readonly<Record<string, string>>;
  /** Sent as `Authorization: Bearer …`. */
  readonly token?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A 2xx answer. `body` is undefined when the answer had none. */
export interface HttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: unknown;
  readonly requestId?: string;
}

/** Where and how to talk HTTP. */
export interface HttpClientOptions {
  /** From `resolveBaseUrl`; may carry a path prefix. */
  readonly baseUrl: string;
  /** The tool's version, for `User-Agent: banqup-import/<version>`. */
  readonly version: string;
  /** Time limit of one request, from sending to the last byte of the answer. */
  readonly timeoutMs: number;
  /** Kept-alive connections to the API (default 5). */
  readonly connections?: number;
  /** An undici dispatcher to use instead of our own Pool (it is then not closed by `close`). */
  readonly dispatcher?: Dispatcher;
  /** Values never to let into an error if a careless server echoes them (id, secret); each token is added. */
  readonly secrets?: readonly string[];
  readonly now?: () => number;
}

/** The transport seam: tests may replace it, or the dispatcher underneath it. */
export interface HttpClient {
  /** Sends one request; resolves with a 2xx answer, rejects with an ApiError for anything else. */
  send(request: HttpRequest): Promise<HttpResponse>;
  close(): Promise<void>;
}

/** A page of 100 clients is ~100 kB; anything near this is not an answer we can use. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** The HTTP layer: one kept-alive undici Pool, a time limit on every request, tolerant parsing. */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const base = new URL(options.baseUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  const { timeoutMs } = options;
  const owned = options.dispatcher === undefined;
  const dispatcher: Dispatcher =
    options.dispatcher ??
    new Pool(base.origin, {
      connections: options.connections ?? 5,
      keepAliveTimeout: 10_000,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      connect: { timeout: Math.min(timeoutMs, 10_000) },
    });
  const userAgent = `banqup-import/${options.version}`;
  const secrets = options.secrets ?? [];
  // The values to keep out of errors: the same list for every request with the same token.
  let lastToken: string | undefined;
  let lastRedact: readonly string[] = secrets;
  const redactFor = (token: string | undefined): readonly string[] => {
    if (token === undefined) return secrets;
    if (token !== lastToken) {
      lastToken = token;
      lastRedact = [...secrets, token];
    }
    return lastRedact;
  };

  async function send(request: HttpRequest): Promise<HttpResponse> {
    const redact = redactFor(request.token);
    const headers: Record<string, string> = {
      'user-agent': userAgent,
      accept: 'application/json',
      ...request.headers,
    };
    let body: string | undefined;
    if (request.form !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(request.form).toString();
    } else if (request.json !== undefined) {
      // A caller may name its own JSON media type (a PATCH is application/merge-patch+json).
      headers['content-type'] = request.headers?.['content-type'] ?? 'application/json';
      body = JSON.stringify(request.json);
    }
    if (request.token !== undefined) headers.authorization = `Bearer ${request.token}`;

    // headersTimeout/bodyTimeout catch a silent server; the timer bounds the whole exchange (an
    // answer trickled a byte a second). One timer, cleared at the end: AbortSignal.timeout cost
    // three times as much CPU per request and kept each signal's timer for the whole time limit.
    const controller = new AbortController();
    const { signal } = controller;
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    timer.unref();
    try {
      return await exchange(request, headers, body, signal, redact);
    } finally {
      clearTimeout(timer);
    }
  }

  async function exchange(
    request: HttpRequest,
    headers: Record<string, string>,
    body: string | undefined,
    signal: AbortSignal,
    redact: readonly string[],
  ): Promise<HttpResponse> {
    const { method, path } = request;
    let response: Dispatcher.ResponseData;
    try {
      response = await dispatcher.request({
        origin: base.origin,
        path: prefix + path + queryString(request.query),
        method,
        headers,
        body,
        signal,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
    } catch (cause) {
      throw apiErrorFrom({ method, path, cause, timedOut: signal.aborted, redact }, now());
    }

    const status = response.statusCode;
    let text: string;
    try {
      text = await readText(response.body);
    } catch (cause) {
      if (status >= 400 && !signal.aborted) {
        // The status already says what happened; a broken error body changes nothing.
        throw apiErrorFrom({ method, path, status, headers: response.headers, body: undefined, redact }, now());
      }
      throw apiErrorFrom(
        { method, path, cause, timedOut: signal.aborted, status, headers: response.headers, redact },
        now(),
      );
    }

    const parsed = parseJson(text);
    if (status >= 200 && status < 300 && parsed.ok) {
      const requestId = requestIdFrom(response.headers, undefined, redact);
      return {
        status,
        headers: response.headers,
        body: parsed.value,
        ...(requestId !== undefined && { requestId }),
      };
    }
    // Error statuses go by status and `error` code; a gateway's HTML page just has no code.
    throw apiErrorFrom(
      { method, path, status, headers: response.headers, body: parsed.ok ? parsed.value : undefined, redact },
      now(),
    );
  }

  return {
    send,
    close: async () => {
      if (owned) await dispatcher.close();
    },
  };
}

/** An ApiError for a 2xx answer whose JSON is not the shape the contract promises. */
export function unexpectedShape(request: Pick<HttpRequest, 'method' | 'path'>, response: HttpResponse): ApiError {
  return new ApiError({
    kind: 'bad_response',
    method: request.method,
    path: request.path,
    status: response.status,
    ...(response.requestId !== undefined && { requestId: response.requestId }),
  });
}

function queryString(query: HttpRequest['query']): string {
  if (query === undefined) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.append(key, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

async function readText(body: Dispatcher.ResponseData['body']): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      body.destroy();
      throw Object.assign(new Error('response body too large'), { code: 'BODY_TOO_LARGE' });
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Empty text is "no body" (ok, undefined); text that is not JSON, or JSON cut short, is not ok. */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
