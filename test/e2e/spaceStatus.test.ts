import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createBanqupApi } from '../../src/api/banqupApi.js';
import { draft } from '../helpers/clientDraft.js';
import { stateDir, writeClientSheet } from '../helpers/importSheet.js';
import { runCli } from '../helpers/runCli.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandboxFixture.js';
import { removeTempFiles } from '../helpers/workbook.js';

// Issue 13, item 6: `banqup-import status` without a sheet lists the whole space, read-only.
let sandbox: TestSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});
afterAll(removeTempFiles);

const FAST = ['--rate', '100'];

/** Three active clients (imported) and two inactive ones (created, never activated). */
async function fill(s: TestSandbox): Promise<void> {
  const sheet = await writeClientSheet([{}, {}, {}]);
  expect((await runCli([sheet, '--state-dir', stateDir(), ...FAST], { env: s.env })).code).toBe(0);
  const api = createBanqupApi({ baseUrl: s.url, clientId: 'demo-client', clientSecret: 'demo-secret', version: 'test', rate: 100 });
  const [space] = await api.listSpaces();
  for (const n of [1, 2]) {
    await api.createClient(space!.id, draft({ legalName: `Inactive ${n} S.A.`, companyNumber: `B${400000 + n}`, vatNumber: null, externalReference: `IN-${n}` }), `in-${n}`);
  }
  await api.close();
}

interface Doc {
  file: string;
  rows: { row: number; status: string; clientId?: string; banqup?: string; links?: { banqup: string; banqupFiles: string | null }; client: { legalName: string } | null }[];
  summary: { rows: number; banqup: { active: number; inactive: number; notFound: number } };
}

// Each test runs the CLI several times; on two shared cores that can take longer than the default 30 s.
describe('banqup-import status (no sheet)', { timeout: 120_000 }, () => {
  it('--json lists every client of the space with its state and links, and the counts; no write', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    await fill(s);
    const writes = s.writes();
    // Pages of 50 are the adapter's; 5 clients is one page, the listing code is the same.
    const result = await runCli(['status', '--json', ...FAST], { env: s.env });
    expect(result.code, result.stderr).toBe(0);
    const doc = JSON.parse(result.stdout) as Doc;
    expect(doc.file).toBe('');
    expect(doc.rows.map((r) => r.clientId).sort()).toEqual(s.clients().map((c) => c.id).sort());
    for (const row of doc.rows) {
      const held = s.clients().find((c) => c.id === row.clientId);
      expect(row.banqup).toBe(held?.status === 'ACTIVE' ? 'active' : 'inactive');
      expect(row.links).toEqual(held?.links ?? undefined);
      expect(row.client?.legalName).toBe(held?.legalName);
    }
    expect(doc.summary.banqup).toEqual({ active: 3, inactive: 2, notFound: 0 });
    expect(s.writes()).toBe(writes);
  });

  it('the table names each client with its state, the counts and the links; --ndjson and --results too', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    await fill(s);
    const results = join(stateDir(), 'space.csv');
    const table = await runCli(['status', '--lang', 'en', '--results', results, ...FAST], { env: s.env });
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('Clients of the Banqup space "Fiduciaire Demo"');
    expect(table.stdout).toContain('5 clients.');
    expect(table.stdout).toContain('In Banqup: 3 active, 2 not activated, 0 not found.');
    for (const c of s.clients()) expect(table.stdout).toContain(c.legalName);
    for (const c of s.clients().filter((x) => x.links !== null)) expect(table.stdout).toContain(`Banqup: ${c.links?.banqup}`);
    const csv = readFileSync(results, 'utf8');
    for (const c of s.clients()) expect(csv).toContain(c.id);

    const nd = await runCli(['status', '--ndjson', ...FAST], { env: s.env });
    expect(nd.code).toBe(0);
    const lines = nd.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(6);
    expect(lines.at(-1)?.summary).toMatchObject({ rows: 5, banqup: { active: 3, inactive: 2, notFound: 0 } });
  });

  it('needs credentials (exit 2)', async () => {
    const result = await runCli(['status', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('BANQUP_CLIENT_ID');
  });
});
