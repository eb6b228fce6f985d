// TEMPORARY stand-in until src/sandbox lands; to be deleted.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeOptions { latencyMs?: number; invalidCompanyNumbers?: string[] }
export async function startFake(opts: FakeOptions = {}) {
  const SPACE = randomUUID();
  const clients = new Map<string, any>();
  const requests: { method: string; path: string }[] = [];
  let creates = 0;
  const dropAt = new Set<number>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => setTimeout(() => {
      const url = new URL(req.url ?? '/', 'http://x');
      requests.push({ method: req.method ?? '', path: url.pathname });
      const send = (s: number, b: unknown) => { res.writeHead(s, { 'content-type': 'application/json', 'x-request-id': randomUUID() }); res.end(JSON.stringify(b)); };
      const body = Buffer.concat(chunks).toString();
      const p = url.pathname;
      if (p === '/oauth2/client_credential/gettoken') {
        const f = new URLSearchParams(body);
        if (f.get('client_secret') !== 'demo-secret') return send(401, { error: 'invalid_client' });
        return send(200, { access_token: 'tok', token_type: 'Bearer', expires_in: 300 });
      }
      if (p === '/entitystore/v1/spaces') return send(200, { spaces: [{ id: SPACE, name: 'Fiduciaire Demo', type: 'PARTNER' }] });
      if (p === '/registry/v1/companies') return send(200, { results: (opts.invalidCompanyNumbers ?? []).includes(url.searchParams.get('companyNumber') ?? '') ? [] : [{ legalName: 'x' }] });
      const base = `/partner/v1/spaces/${SPACE}/clients`;
      if (p === base && req.method === 'GET') {
        const q = url.searchParams;
        const all = [...clients.values()].filter((c) => (!q.get('externalReference') || c.externalReference === q.get('externalReference')) && (!q.get('vatNumber') || c.vatNumber === q.get('vatNumber')) && (!q.get('companyNumber') || c.companyNumber === q.get('companyNumber')));
        const page = Number(q.get('page') ?? 0), size = Number(q.get('size') ?? 50);
        return send(200, { page, size, total: all.length, results: all.slice(page * size, page * size + size) });
      }
      if (p === base && req.method === 'POST') {
        const d = JSON.parse(body);
        for (const c of clients.values()) if ((d.externalReference && c.externalReference === d.externalReference) || (d.vatNumber && c.vatNumber === d.vatNumber) || (d.companyNumber && c.companyNumber === d.companyNumber)) return send(409, { status: 409, error: 'CLIENT_ALREADY_EXISTS', existingClientId: c.id });
        const c = { ...d, id: randomUUID(), status: 'INACTIVE', banqupSpaceId: null, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() };
        clients.set(c.id, c);
        creates++;
        if (dropAt.has(creates)) { res.socket?.destroy(); return; }
        return send(201, c);
      }
      if (p === `${base}/provisioning`) {
        const { clientIds } = JSON.parse(body);
        return send(200, { results: clientIds.map((id: string) => { const c = clients.get(id); if (!c) return { clientId: id, status: 'FAILED', error: { error: 'NOT_FOUND' } }; const was = c.status; c.status = 'ACTIVE'; c.banqupSpaceId ??= randomUUID(); return { clientId: id, status: was === 'ACTIVE' ? 'ALREADY_PROVISIONED' : 'PROVISIONED', banqupSpaceId: c.banqupSpaceId }; }) });
      }
      if (p.startsWith(base + '/')) { const c = clients.get(p.slice(base.length + 1)); return c ? send(200, c) : send(404, { status: 404, error: 'NOT_FOUND' }); }
      send(404, { status: 404, error: 'NOT_FOUND' });
    }, opts.latencyMs ?? 0));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    clients: () => [...clients.values()],
    requests: () => [...requests],
    dropAfterCreate: (n: number) => dropAt.add(n),
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
