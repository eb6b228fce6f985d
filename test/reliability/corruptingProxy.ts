import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import { mutate, type Endpoint, type Mutation } from './corpus/shapeMutations.js';

/*
 * A scripted server for the shape fuzz (issue 11): it stands between the CLI and the sandbox,
 * passes every request on, and breaks the successful answers of one endpoint in one way. The
 * sandbox keeps the state and counts the writes that reached it.
 */

/** Which endpoint of banqup-api.md a request is for. */
export function endpointOf(method: string, path: string): Endpoint | 'other' {
  if (method === 'POST' && path.startsWith('/oauth2/')) return 'token';
  if (method === 'GET' && path === '/entitystore/v1/spaces') return 'spaces';
  if (method === 'GET' && path.startsWith('/registry/')) return 'registry';
  const clients = /^\/partner\/v1\/spaces\/[^/]+\/clients(\/[^/]+)?$/.exec(path);
  if (clients === null) return 'other';
  if (method === 'POST') return clients[1] === '/provisioning' ? 'provisioning' : clients[1] === undefined ? 'create' : 'other';
  return clients[1] === undefined ? 'listing' : 'client';
}

export interface ProxyOptions {
  readonly upstream: string;
  readonly endpoint: Endpoint;
  readonly mutation: Mutation;
  readonly random: () => number;
  /** Bytes of a `huge` answer (a few MB, or past the client's 16 MB limit). */
  readonly hugeBytes?: number;
}

export interface CorruptingProxy {
  readonly url: string;
  /** Answers that were broken. */
  broken(): number;
  close(): Promise<void>;
}

/** Starts the proxy on 127.0.0.1:0. */
export async function startCorruptingProxy(opts: ProxyOptions): Promise<CorruptingProxy> {
  let broken = 0;
  const trickles = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    void handle(req, res).catch(() => res.destroy());
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://x');
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && !['host', 'connection', 'content-length'].includes(k)) headers[k] = v;
    const answer = await request(`${opts.upstream}${req.url ?? '/'}`, {
      method: req.method as 'GET' | 'POST',
      headers,
      ...(chunks.length > 0 && { body: Buffer.concat(chunks) }),
    });
    const text = await answer.body.text();
    const requestId = String(answer.headers['x-request-id'] ?? '');
    const target = endpointOf(req.method ?? '', url.pathname) === opts.endpoint && answer.statusCode >= 200 && answer.statusCode < 300;
    if (!target) {
      res.writeHead(answer.statusCode, pick(answer.headers));
      res.end(text);
      return;
    }
    broken++;
    if (opts.mutation === 'trickle') {
      // A status line and headers at once, then one byte a second, for as long as the client listens.
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': requestId });
      res.write(text.slice(0, 1));
      let at = 1;
      const timer = setInterval(() => {
        if (res.destroyed || at >= text.length) {
          clearInterval(timer);
          trickles.delete(timer);
          if (!res.destroyed) res.end();
          return;
        }
        res.write(text.slice(at, ++at));
      }, 1000);
      trickles.add(timer);
      res.on('close', () => {
        clearInterval(timer);
        trickles.delete(timer);
      });
      return;
    }
    let body: string;
    if (opts.mutation === 'huge') {
      // Valid JSON of the wrong shape, padded to several MB (or past the client's limit).
      const pad = 'x'.repeat(Math.max(0, (opts.hugeBytes ?? 4_000_000) - 40));
      body = JSON.stringify({ padding: pad, results: 'not a list' });
    } else {
      const mutated = mutate(JSON.parse(text) as unknown, opts.endpoint, opts.mutation, opts.random);
      body = typeof mutated === 'string' ? mutated : JSON.stringify(mutated);
    }
    res.writeHead(answer.statusCode, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-request-id': requestId });
    res.end(body);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    broken: () => broken,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of trickles) clearInterval(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The upstream headers worth passing back (no hop-by-hop ones). */
function pick(headers: Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined && !['connection', 'keep-alive', 'transfer-encoding'].includes(k)) out[k] = v;
  return out;
}
