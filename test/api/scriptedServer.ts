import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ClientDraft } from '../../src/domain/types.js';
import { createBanqupApi } from '../../src/api/banqupApi.js';
import type { ApiEvent, BanqupApiConfig, Client } from '../../src/api/types.js';
import { virtualClock } from '../helpers/virtualClock.js';

/** A request as the scripted server saw it. */
export interface Recorded {
  readonly n: number;
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
  readonly remotePort: number | undefined;
  readonly res: ServerResponse;
}

export type Handler = (req: Recorded) => void | Promise<void>;

export interface ScriptedServer {
  readonly url: string;
  readonly requests: Recorded[];
  readonly close: () => Promise<void>;
}

/** A real node:http server on 127.0.0.1:0 that records every request and lets the test answer it. */
export async function startServer(handler: Handler): Promise<ScriptedServer> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const recorded: Recorded = {
        n: requests.length + 1,
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        text: Buffer.concat(chunks).toString('utf8'),
        remotePort: req.socket.remotePort,
        res,
      };
      requests.push(recorded);
      Promise.resolve(handler(recorded)).catch((error: unknown) => {
        if (!res.headersSent) send(res, 599, { error: 'TEST_HANDLER_FAILED', detail: String(error) });
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers JSON with an X-Request-Id, as every Banqup answer carries one. */
export function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-request-id': headers['x-request-id'] ?? randomUUID(),
    ...headers,
  });
  res.end(text);
}

/** A problem object (banqup-api.md §5). */
export function problem(status: number, error: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'about:blank', title: 'x', status, error, detail: 'scripted', ...extra };
}

export const sleepNever = (): Promise<void> => new Promise(() => {});
export const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** What a fake create does once it has stored the client. */
export type CreateFault =
  | 'none'
  | 'drop-before-commit'
  | 'drop-after-commit'
  | 'slow-after-commit'
  | 'cut-after-commit'
  | 'error-after-commit';

export interface FakeBanqupOptions {
  /** Decides the fault of the n-th POST …/clients (1-based). */
  readonly createFault?: (n: number) => CreateFault;
  /** Handles a request before the fake does; return true when it answered. */
  readonly intercept?: (req: Recorded) => boolean | Promise<boolean>;
  readonly slowMs?: number;
  readonly token?: (n: number) => Record<string, unknown>;
}

export const SPACE_ID = '7d0c3a57-1f6e-4b4e-9c55-2a3c4e5f6a7b';

/**
 * A small in-memory Partner space following banqup-api.md §2–§4: token, spaces, clients with the
 * 409 uniqueness rules and Idempotency-Key replay, provisioning and the register. Faults are scripted.
 */
export async function startFakeBanqup(options: FakeBanqupOptions = {}) {
  const clients = new Map<string, Client>();
  const replays = new Map<string, { status: number; body: unknown }>();
  let creates = 0;
  let tokens = 0;
  const base = `/partner/v1/spaces/${SPACE_ID}/clients`;

  const server = await startServer(async (req) => {
    const { res } = req;
    if (options.intercept && (await options.intercept(req))) return;
    if (req.path === '/oauth2/client_credential/gettoken') {
      tokens++;
      send(res, 200, options.token?.(tokens) ?? { access_token: `tok-${tokens}`, token_type: 'Bearer', expires_in: 300 });
      return;
    }
    if (req.path === '/entitystore/v1/spaces') {
      send(res, 200, { spaces: [{ id: SPACE_ID, name: 'Fiduciaire Test', type: 'PARTNER', segment: 'x' }] });
      return;
    }
    if (req.method === 'POST' && req.path === base) {
      creates++;
      const fault = options.createFault?.(creates) ?? 'none';
      if (fault === 'drop-before-commit') {
        res.socket?.destroy();
        return;
      }
      const key = req.headers['idempotency-key'];
      const replay = typeof key === 'string' ? replays.get(key) : undefined;
      let answer: { status: number; body: unknown };
      if (replay) answer = replay;
      else {
        answer = createIn(clients, JSON.parse(req.text) as ClientDraft);
        if (typeof key === 'string') replays.set(key, answer);
      }
      if (fault === 'drop-after-commit') {
        res.socket?.destroy();
        return;
      }
      if (fault === 'error-after-commit') {
        send(res, 500, problem(500, 'INTERNAL_ERROR'));
        return;
      }
      if (fault === 'slow-after-commit') await wait(options.slowMs ?? 500);
      if (fault === 'cut-after-commit') {
        const text = JSON.stringify(answer.body);
        res.writeHead(answer.status, { 'content-type': 'application/json', 'x-request-id': randomUUID() });
        res.end(text.slice(0, 20));
        return;
      }
      if (!res.destroyed) send(res, answer.status, answer.body);
      return;
    }
    if (req.method === 'GET' && req.path === base) {
      const q = req.query;
      const all = [...clients.values()].filter(
        (c) =>
          (!q.has('externalReference') || c.externalReference === q.get('externalReference')) &&
          (!q.has('vatNumber') || c.vatNumber === q.get('vatNumber')) &&
          (!q.has('companyNumber') || c.companyNumber === q.get('companyNumber')) &&
          (!q.has('country') || c.address.country === q.get('country')) &&
          (!q.has('status') || c.status === q.get('status')),
      );
      const page = Number(q.get('page') ?? 0);
      const size = Number(q.get('size') ?? 50);
      send(res, 200, { page, size, total: all.length, results: all.slice(page * size, page * size + size) });
      return;
    }
    if (req.method === 'GET' && req.path.startsWith(`${base}/`)) {
      const client = clients.get(req.path.slice(base.length + 1));
      if (client) send(res, 200, client);
      else send(res, 404, problem(404, 'NOT_FOUND'));
      return;
    }
    send(res, 404, problem(404, 'NOT_FOUND'));
  });
  return {
    ...server,
    clients,
    creates: () => creates,
    tokenRequests: () => tokens,
  };
}

function createIn(clients: Map<string, Client>, body: ClientDraft): { status: number; body: unknown } {
  const existing = [...clients.values()].find(
    (c) =>
      (body.externalReference !== null && c.externalReference === body.externalReference) ||
      (body.vatNumber !== null && c.vatNumber === body.vatNumber) ||
      (body.companyNumber !== null &&
        c.companyNumber === body.companyNumber &&
        c.address.country === body.address.country),
  );
  if (existing) return { status: 409, body: problem(409, 'CLIENT_ALREADY_EXISTS', { existingClientId: existing.id }) };
  const at = new Date().toISOString();
  const client: Client = { ...body, id: randomUUID(), status: 'INACTIVE', banqupSpaceId: null, documentSharing: body.documentSharing ?? null, links: null, createdAt: at, updatedAt: at };
  clients.set(client.id, client);
  return { status: 201, body: client };
}

/** An adapter pointed at a scripted server, on a virtual clock, with jitter fixed at 1 (full backoff). */
export function apiFor(url: string, overrides: Partial<BanqupApiConfig> = {}) {
  const clock = virtualClock();
  const events: ApiEvent[] = [];
  const api = createBanqupApi({
    baseUrl: url,
    clientId: 'app-id',
    clientSecret: 'the-secret',
    version: '1.2.3',
    // Real time on loopback: 200 ms was met by busy CI workers (an unplanned timeout, one retry
    // more than the test expected); a test that wants a time limit hit sets its own.
    timeoutMs: 1000,
    rate: 1000,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 1,
    onEvent: (e) => events.push(e),
    ...overrides,
  });
  /** The waits that were not pacing (pacing at 1000/s sleeps 1 ms). */
  const waits = (): number[] => clock.slept.filter((ms) => ms > 1);
  return { api, clock, events, waits };
}
