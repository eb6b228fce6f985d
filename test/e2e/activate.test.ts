import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createBanqupApi } from '../../src/api/banqupApi.js';
import { draft } from '../helpers/clientDraft.js';
import { stateDir, writeClientSheet } from '../helpers/importSheet.js';
import { spawnCliInPty, KEYS } from '../helpers/pty.js';
import { runCli } from '../helpers/runCli.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandboxFixture.js';
import { removeTempFiles } from '../helpers/workbook.js';

// Issue 13, item 5: `banqup-import activate` ("provision all"), the built CLI against the sandbox
// on 127.0.0.1 (`npm run build` first).
let sandbox: TestSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});
afterAll(removeTempFiles);

const FAST = ['--rate', '100'];

/** Creates `inactive` clients left inactive (as the web app or a stopped import leaves them) and `active` active ones. */
async function seed(s: TestSandbox, inactive: number, active = 0): Promise<string[]> {
  const api = createBanqupApi({ baseUrl: s.url, clientId: 'demo-client', clientSecret: 'demo-secret', version: 'test', rate: 100 });
  try {
    const [space] = await api.listSpaces();
    const ids: string[] = [];
    for (let i = 0; i < inactive + active; i++) {
      const ref = `SEED-${String(i + 1).padStart(3, '0')}`;
      const d = draft({ legalName: `Seeded ${i + 1} S.à r.l.`, companyNumber: `B${300100 + i}`, vatNumber: null, externalReference: ref });
      const { client } = await api.createClient(space!.id, d, ref);
      ids.push(client.id);
    }
    if (active > 0) await api.provision(space!.id, ids.slice(inactive));
    return ids.slice(0, inactive);
  } finally {
    await api.close();
  }
}

interface Doc {
  file: string;
  rows: { row: number; status: string; clientId?: string; banqup?: string; links?: { banqup: string; banqupFiles: string | null } }[];
  summary: { rows: number; provisioned: number; banqup?: { active: number; inactive: number } };
}

// Each test runs the CLI several times; on two shared cores that can take longer than the default 30 s.
describe('banqup-import activate', { timeout: 120_000 }, () => {
  it('--dry-run lists every inactive client of the space and sends no write', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    const inactive = await seed(s, 3, 2);
    const writes = s.writes();
    const result = await runCli(['activate', '--dry-run', '--json', ...FAST], { env: s.env });
    expect(result.code, result.stderr).toBe(0);
    const doc = JSON.parse(result.stdout) as Doc;
    expect(doc.rows.map((r) => r.clientId).sort()).toEqual([...inactive].sort());
    expect(doc.rows.every((r) => r.banqup === 'inactive')).toBe(true);
    expect(doc.summary.banqup).toMatchObject({ active: 0, inactive: 3 });
    expect(s.writes()).toBe(writes);
  });

  it('in a script it needs --yes (exit 2, saying so, nothing read or sent)', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    await seed(s, 2);
    const requests = s.sandbox.requests().length;
    const result = await runCli(['activate', '--lang', 'en', ...FAST], { env: s.env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('add --yes to activate the clients');
    expect(s.sandbox.requests()).toHaveLength(requests);
    expect(s.clients().every((c) => c.status === 'INACTIVE')).toBe(true);
  });

  it('--yes activates every inactive client once, in batches, with their links in --results; run again: nothing left', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    await seed(s, 5, 1);
    const provisionedBefore = s.provisionCalls();
    const dir = stateDir();
    const results = join(dir, 'activated.csv');
    const first = await runCli(['activate', '--yes', '--json', '--batch-size', '2', '--state-dir', dir, '--results', results, ...FAST], { env: s.env });
    expect(first.code, first.stderr).toBe(0);
    expect(s.clients().every((c) => c.status === 'ACTIVE')).toBe(true);
    // 5 clients in batches of 2: three provisioning calls, each client in one.
    expect(s.provisionCalls() - provisionedBefore).toBe(3);
    const doc = JSON.parse(first.stdout) as Doc;
    expect(doc.rows).toHaveLength(5);
    expect(new Set(doc.rows.map((r) => r.clientId)).size).toBe(5);
    expect(doc.rows.every((r) => r.status === 'provisioned')).toBe(true);
    for (const row of doc.rows) expect(row.links).toEqual(s.clients().find((c) => c.id === row.clientId)?.links);
    const csv = readFileSync(results, 'utf8');
    for (const row of doc.rows) expect(csv).toContain(row.links?.banqup ?? 'missing link');

    const again = await runCli(['activate', '--yes', '--lang', 'en', '--state-dir', dir, ...FAST], { env: s.env });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No inactive client: nothing to activate.');
    expect(s.provisionCalls() - provisionedBefore).toBe(3);
  });

  it('given a sheet, activates only the clients of its rows', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    // Rows 1–2 are created inactive by an import that did not activate; a third client is not the sheet's.
    const [other] = await seed(s, 1);
    const sheet = await writeClientSheet([{}, {}, {}]);
    const api = createBanqupApi({ baseUrl: s.url, clientId: 'demo-client', clientSecret: 'demo-secret', version: 'test', rate: 100 });
    const [space] = await api.listSpaces();
    for (const n of [1, 2]) {
      const ref = `E2E-00${n}`;
      await api.createClient(
        space!.id,
        draft({ legalName: `Client ${n} S.à r.l.`, companyNumber: `B${200099 + n}`, vatNumber: null, externalReference: ref, contact: { name: 'Anne Schmit', email: `contact${n}@client.example`, language: 'fr' } }),
        ref,
      );
    }
    await api.close();
    const result = await runCli(['activate', sheet, '--yes', '--lang', 'en', '--state-dir', stateDir(), ...FAST], { env: s.env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("Of the sheet's 3 rows: 2 inactive in Banqup, 0 active already, 1 not in Banqup.");
    const status: Record<string, string> = Object.fromEntries(s.clients().map((c) => [c.externalReference ?? '', c.status]));
    expect(status).toEqual({ 'SEED-001': 'INACTIVE', 'E2E-001': 'ACTIVE', 'E2E-002': 'ACTIVE' });
    expect(s.clients().find((c) => c.id === other)?.status).toBe('INACTIVE');
  });

  it('in a terminal, asks to confirm with the count; "no" activates nothing, "yes" activates them', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    await seed(s, 2);
    const dir = stateDir();
    const declined = spawnCliInPty(['activate', '--lang', 'en', '--state-dir', dir, ...FAST], { env: s.env });
    try {
      await declined.waitFor('Activate 2 inactive clients in Fiduciaire Demo?');
      declined.write(`n${KEYS.enter}`);
      expect((await declined.exited).code, declined.screen()).toBe(0);
    } finally {
      declined.kill();
    }
    expect(declined.screen()).toContain('Nothing was activated.');
    expect(s.provisionCalls()).toBe(0);

    const accepted = spawnCliInPty(['activate', '--lang', 'en', '--state-dir', dir, ...FAST], { env: s.env });
    try {
      await accepted.waitFor('Activate 2 inactive clients in Fiduciaire Demo?');
      accepted.write(`y${KEYS.enter}`);
      expect((await accepted.exited).code, accepted.screen()).toBe(0);
    } finally {
      accepted.kill();
    }
    expect(accepted.screen()).toContain('Done');
    expect(s.clients().map((c) => c.status)).toEqual(['ACTIVE', 'ACTIVE']);
  });
});
