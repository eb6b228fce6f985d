import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { createConcurrentEdits } from './concurrentEdits.js';
import { createFaultPlan } from './faultPlan.js';
import { createRequestHandler, type LiveSettings, type RequestDeps } from './handleRequest.js';
import type { RunningSandbox, SandboxRequestEntry, SandboxStats } from './runningSandbox.js';
import { resolveRateLimit, resolveSandboxOptions, type SandboxOptions } from './sandboxOptions.js';
import { createPatchLog } from './patchLog.js';
import { createSandboxState } from './sandboxState.js';
import { makeSandboxCertificate } from './selfSignedCert.js';
import { createTokenStore } from './tokenStore.js';

/**
 * Starts the local Banqup sandbox (banqup-api.md, in memory, node:http only) and resolves once it
 * listens. It backs the end-to-end tests, `banqup-import sandbox` and `npm run demo`. Throws a
 * UsageError for a host that is not loopback, a port in use or an unusable state file.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const resolved = resolveSandboxOptions(options);
  let offset = 0;
  const now = (): number => resolved.now() + offset;
  const state = createSandboxState(resolved.spaces, resolved.stateFile, now);
  const credentials = [{ clientId: resolved.clientId, clientSecret: resolved.clientSecret }, ...resolved.extraCredentials];
  const tokens = createTokenStore(credentials, () => resolved.tokenLifetimeSeconds * 1000, now);
  const faults = createFaultPlan(resolved.scripted, resolved.random);
  const concurrentEdits = createConcurrentEdits(resolved.concurrentEdits, resolved.concurrentEditSeed);
  const patchLog = createPatchLog();
  const settings: LiveSettings = { rateLimit: resolved.rateLimit, latencyMs: resolved.latencyMs, jitterMs: resolved.jitterMs };
  const log: SandboxRequestEntry[] = [];
  const counters = { byStatus: {} as Record<string, number>, rateLimited: 0 };
  const timers = new Set<NodeJS.Timeout>();
  let closing: Promise<void> | undefined;

  const stats = (): SandboxStats => ({
    requests: log.length,
    byStatus: { ...counters.byStatus },
    faultsInjected: faults.counts(),
    rateLimited: counters.rateLimited,
    tokensIssued: tokens.issued(),
    clients: state.clients().length,
    ...patchLog.counts(),
  });
  /** Timers are cleared on close, so a request waiting then is simply never answered. */
  const wait = (ms: number): Promise<void> => {
    if (closing !== undefined) return new Promise<void>(() => {});
    if (ms <= 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });
  };
  const requests = (): SandboxRequestEntry[] => log.map((entry) => ({ ...entry }));
  const deps: RequestDeps = {
    state,
    tokens,
    options: resolved,
    invalidCompanyNumbers: new Set(resolved.invalidCompanyNumbers),
    concurrentEdits,
    patchLog,
    now,
    faults,
    settings,
    log,
    counters,
    stats,
    requests,
    scriptFault: (fault) => faults.script(fault),
    wait,
    closed: () => closing !== undefined,
  };
  const handle = createRequestHandler(deps);
  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch(() => res.destroy());
  };
  // The real API is https: with `tls`, so is the sandbox, with a certificate made now and written
  // where the caller can point NODE_EXTRA_CA_CERTS at it. Nothing here turns a check off.
  let tls: { path: string; pem: string } | undefined;
  let server: Server;
  if (resolved.tls) {
    const certificate = makeSandboxCertificate();
    const path = resolved.tlsCertOut ?? join(mkdtempSync(join(tmpdir(), 'banqup-sandbox-tls-')), 'sandbox-ca.pem');
    try {
      writeFileSync(path, certificate.certPem, { mode: 0o644 });
    } catch (error) {
      throw new UsageError('output.unwritable', { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
    tls = { path, pem: certificate.certPem };
    server = createHttpsServer({ cert: certificate.certPem, key: certificate.keyPem }, onRequest);
  } else {
    server = createServer(onRequest);
  }
  await listen(server, resolved.port, resolved.host);
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const owned = state.spaces().filter((s) => s.owned);

  return {
    url: `${tls ? 'https' : 'http'}://${urlHost}:${address.port}`,
    ...(tls && { caCertPath: tls.path, caCertPem: tls.pem }),
    host: address.address,
    port: address.port,
    clientId: resolved.clientId,
    clientSecret: resolved.clientSecret,
    spaceId: owned.find((s) => s.type === 'PARTNER')?.id,
    spaceIds: owned.map((s) => s.id),
    foreignSpaceId: state.spaces().find((s) => !s.owned)?.id ?? '',
    clients: (spaceId) => structuredClone(state.clients(spaceId)),
    etag: (spaceId, clientId) => state.etag(spaceId, clientId),
    patches: () => patchLog.entries(),
    requests,
    faultsInjected: () => faults.counts(),
    issuedTokens: () => tokens.issuedTokens(),
    stats,
    scriptFault: (fault) => faults.script(fault),
    setRandomFaults: (random) => faults.setRandom(random),
    setConcurrentEdits: (share, seed = 1) => concurrentEdits.set(share, seed),
    setRateLimit: (limit) => void (settings.rateLimit = limit === null ? null : resolveRateLimit(limit)),
    setLatency(latencyMs, jitterMs = 0) {
      if (!(latencyMs >= 0 && jitterMs >= 0)) throw new RangeError(`latency must be ≥ 0, got ${latencyMs} + ${jitterMs}`);
      settings.latencyMs = latencyMs;
      settings.jitterMs = jitterMs;
    },
    advanceClock(ms) {
      if (!(ms >= 0)) throw new RangeError(`advanceClock takes ms ≥ 0, got ${ms}`);
      offset += ms;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      const reason = String(error.code ?? 'error');
      reject(new UsageError(reason === 'EADDRINUSE' ? 'sandbox.port_in_use' : 'sandbox.listen_failed', { host, port, reason }));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
