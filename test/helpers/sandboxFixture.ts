import type { Client } from '../../src/api/types.js';
import { startFake } from './tmpFakeSandbox.js';

/** The sandbox as the import tests use it: address, demo credentials, and what it holds and saw. */
export interface TestSandbox {
  readonly url: string;
  /** BANQUP_API_URL and the demo credentials, for runCli/spawnCli. */
  readonly env: Record<string, string>;
  clients(): Client[];
  /** POST requests other than the token's: any write at all. */
  writes(): number;
  /** POST …/clients requests received. */
  clientCreates(): number;
  /** POST …/clients/provisioning requests received. */
  provisionCalls(): number;
  /** The Nth create (1-based) is carried out, then its connection is dropped before the answer. */
  dropAfterCreate(n: number): void;
  close(): Promise<void>;
}

/** Options the tests need: a little latency, register numbers that do not exist. */
export interface TestSandboxOptions {
  readonly latencyMs?: number;
  readonly invalidCompanyNumbers?: readonly string[];
}

/** Starts the sandbox on 127.0.0.1 with a free port. */
export async function startTestSandbox(opts: TestSandboxOptions = {}): Promise<TestSandbox> {
  const s = await startFake({ ...(opts.latencyMs !== undefined && { latencyMs: opts.latencyMs }), invalidCompanyNumbers: [...(opts.invalidCompanyNumbers ?? [])] });
  const posts = (test: (path: string) => boolean) => s.requests().filter((r) => r.method === 'POST' && test(r.path)).length;
  return {
    url: s.url,
    env: { BANQUP_API_URL: s.url, BANQUP_CLIENT_ID: 'demo-client', BANQUP_CLIENT_SECRET: 'demo-secret' },
    clients: () => s.clients() as Client[],
    writes: () => posts((p) => !p.startsWith('/oauth2/')),
    clientCreates: () => posts((p) => p.endsWith('/clients')),
    provisionCalls: () => posts((p) => p.endsWith('/provisioning')),
    dropAfterCreate: (n) => s.dropAfterCreate(n),
    close: () => s.close(),
  };
}
