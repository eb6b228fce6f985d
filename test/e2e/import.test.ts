import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createBanqupApi } from '../../src/api/banqupApi.js';
import { runCli } from '../helpers/runCli.js';
import { EXAMPLE_SHEET, stateDir, writeClientSheet } from '../helpers/importSheet.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandboxFixture.js';
import { draft } from '../helpers/clientDraft.js';
import { removeTempFiles } from '../helpers/workbook.js';

// The built CLI against the sandbox in this process, on 127.0.0.1 (`npm run build` first).
let sandbox: TestSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});
afterAll(removeTempFiles);

const FAST = ['--rate', '100', '--concurrency', '4'];
/** The sharing of the template's example row (columns P–R), which writeClientSheet fills in. */
const EXAMPLE_SHARING = { enabled: true, deliveryChannel: 'BANQUP_FILES', email: 'docs@fiduciaire.lu' } as const;

interface JsonDoc {
  summary: Record<string, number> & { plan?: Record<string, number> };
  rows: { row: number; status: string; plan?: string; conflicts?: string[]; clientId?: string; banqupSpaceId?: string; issues: { column: string; code: string; severity: string; message: string }[] }[];
  run: { exitCode: number; result: { code: string } };
}
const parse = (stdout: string): JsonDoc => JSON.parse(stdout) as JsonDoc;

describe('banqup-import FILE (import)', () => {
  it('imports the example sheet: exit 0, one active client per row, ids in the output', async () => {
    sandbox = await startTestSandbox();
    const result = await runCli([EXAMPLE_SHEET, '--state-dir', stateDir(), '--json', ...FAST], { env: sandbox.env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const doc = parse(result.stdout);
    expect(doc.summary).toMatchObject({ rows: 12, provisioned: 12, failed: 0 });
    expect(doc.rows.every((r) => r.status === 'provisioned' && r.clientId && r.banqupSpaceId)).toBe(true);
    const clients = sandbox.clients();
    expect(clients).toHaveLength(12);
    expect(clients.every((c) => c.status === 'ACTIVE')).toBe(true);
    expect(new Set(clients.map((c) => c.externalReference)).size).toBe(12);
    expect(new Set(doc.rows.map((r) => r.clientId))).toEqual(new Set(clients.map((c) => c.id)));
  });

  it('writes --results and a journal that holds no secret and no token', async () => {
    sandbox = await startTestSandbox();
    const sheet = await writeClientSheet([{}, {}]);
    const dir = stateDir();
    const results = join(dir, 'done.xlsx');
    const result = await runCli([sheet, '--state-dir', dir, '--results', results, ...FAST], { env: sandbox.env });
    expect(result.code).toBe(0);
    const book = XLSX.read(readFileSync(results));
    const table = XLSX.utils.sheet_to_json<Record<string, string | number>>(book.Sheets.Results!);
    expect(table.map((r) => [r.row, r.status])).toEqual([[2, 'provisioned'], [3, 'provisioned']]);
    expect(new Set(table.map((r) => r.clientId))).toEqual(new Set(sandbox.clients().map((c) => c.id)));

    const journal = readFileSync(join(dir, `${basename(sheet)}.journal.ndjson`), 'utf8');
    expect(journal).not.toMatch(/demo-secret|demo-client|Bearer|access_token|token/i);
    const keys = new Set(journal.trimEnd().split('\n').flatMap((line) => Object.keys(JSON.parse(line) as object)));
    expect([...keys].every((k) => ['v', 'at', 'space', 'id', 'row', 'hash', 'step', 'clientId', 'banqupSpaceId', 'error', 'requestId'].includes(k))).toBe(true);
    expect(existsSync(join(dir, `${basename(sheet)}.journal.ndjson.lock`))).toBe(false);
  });

  it('prints a table that fits 100 columns, with totals, time and API calls', async () => {
    sandbox = await startTestSandbox();
    const sheet = await writeClientSheet([{}, {}, {}]);
    const result = await runCli([sheet, '--state-dir', stateDir(), ...FAST], { env: sandbox.env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('3 rows: 3 provisioned.');
    expect(result.stdout).toMatch(/Time: .+ API calls: \d+/);
    expect(result.stdout).toContain('Done: all 3 clients are in Banqup and activated.');
    // The table fits; the links under it are never cut (a cut link cannot be clicked or copied).
    const [table, links] = result.stdout.split('\nLinks in Banqup (3 clients):\n');
    for (const line of table!.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    expect(links).toMatch(/^ {2}Row 2: /);
    // Progress goes to stderr as plain lines (not a terminal), never to stdout.
    expect(result.stderr).toContain('Creating clients');
  });

  it('a dry run with credentials plans existing and conflicting clients, and sends no write', async () => {
    sandbox = await startTestSandbox();
    const sheet = await writeClientSheet([{}, {}, {}]);
    // Two of the three clients are already there: one with the same data, one with another city.
    const api = createBanqupApi({ baseUrl: sandbox.url, clientId: 'demo-client', clientSecret: 'demo-secret', version: 'test', rate: 100 });
    const [space] = await api.listSpaces();
    const same = draft({ legalName: 'Client 1 S.à r.l.', companyNumber: 'B200100', vatNumber: null, externalReference: 'E2E-001', iban: 'LU280019400644750000', contact: { name: 'Anne Schmit', email: 'contact1@client.example', language: 'fr' }, assigneeEmails: ['comptable@fiduciaire.lu', 'paie@fiduciaire.lu'], documentSharing: EXAMPLE_SHARING });
    await api.createClient(space!.id, same, 'k1');
    await api.createClient(space!.id, { ...same, legalName: 'Client 2 S.à r.l.', companyNumber: 'B200101', externalReference: 'E2E-002', contact: { ...same.contact, email: 'contact2@client.example' }, address: { ...same.address, city: 'Esch-sur-Alzette' } }, 'k2');
    await api.close();
    const writesBefore = sandbox.writes();

    const result = await runCli([sheet, '--dry-run', '--state-dir', stateDir(), '--json', ...FAST], { env: sandbox.env });
    const doc = parse(result.stdout);
    expect(doc.rows.map((r) => r.plan)).toEqual(['existing', 'conflict', 'create']);
    expect(doc.rows[1]?.conflicts).toEqual(['address.city']);
    expect(doc.rows[1]?.issues).toContainEqual(expect.objectContaining({ column: 'D', code: 'plan.conflict', severity: 'error' }));
    expect(doc.summary.plan).toEqual({ create: 1, existing: 1, conflict: 1, duplicate: 0 });
    expect(result.code).toBe(3);
    expect(sandbox.writes()).toBe(writesBefore); // no POST but the token's
    expect(sandbox.clients()).toHaveLength(2);
  });

  it('a clean dry run says how many it would create, and exits 0', async () => {
    sandbox = await startTestSandbox();
    const sheet = await writeClientSheet([{}, {}]);
    const result = await runCli([sheet, '--dry-run', '--state-dir', stateDir(), ...FAST], { env: sandbox.env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Dry run, nothing sent: 2 to create, 0 already in Banqup.');
    expect(sandbox.writes()).toBe(0);
  });

  it('an RCS number the register does not know fails its row on column F (trn.invalid), exit 5', async () => {
    sandbox = await startTestSandbox({ invalidCompanyNumbers: ['B200101'] });
    const sheet = await writeClientSheet([{}, {}, {}]);
    const result = await runCli([sheet, '--state-dir', stateDir(), '--json', ...FAST], { env: sandbox.env });
    expect(result.code).toBe(5);
    const doc = parse(result.stdout);
    expect(doc.rows.map((r) => r.status)).toEqual(['provisioned', 'failed', 'provisioned']);
    expect(doc.rows[1]?.issues).toContainEqual(expect.objectContaining({ column: 'F', code: 'trn.invalid', severity: 'error', message: expect.stringContaining('does not exist in the Luxembourg business register') as string }));
    expect(sandbox.clients()).toHaveLength(2);
  });

  it('--skip-invalid imports the valid rows, reports the invalid one, and exits 5', async () => {
    sandbox = await startTestSandbox();
    const sheet = await writeClientSheet([{}, { iban: 'LU28 0019 4006 4475 0001' }, {}]);
    const refused = await runCli([sheet, '--state-dir', stateDir(), ...FAST], { env: sandbox.env });
    expect(refused.code).toBe(3);
    expect(sandbox.writes()).toBe(0);

    const result = await runCli([sheet, '--skip-invalid', '--state-dir', stateDir(), '--ndjson', ...FAST], { env: sandbox.env });
    expect(result.code).toBe(5);
    const lines = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const rows = lines.filter((l) => 'row' in l) as unknown as JsonDoc['rows'];
    expect(rows.map((r) => [r.row, r.status]).sort()).toEqual([[2, 'provisioned'], [3, 'invalid'], [4, 'provisioned']]);
    expect(lines.at(-1)).toMatchObject({ summary: { invalid: 1, provisioned: 2 } });
    expect(sandbox.clients()).toHaveLength(2);
  });

  it('adopts a client whose create answer was lost (connection dropped after the create)', async () => {
    sandbox = await startTestSandbox();
    sandbox.dropAfterCreate(2);
    const sheet = await writeClientSheet([{}, {}, {}, {}]);
    const result = await runCli([sheet, '--state-dir', stateDir(), '--json', ...FAST], { env: sandbox.env });
    expect(result.code).toBe(0);
    expect(sandbox.clients()).toHaveLength(4);
    expect(parse(result.stdout).run.exitCode).toBe(0);
  });

  it('refused credentials end the run with exit 4 and send nothing', async () => {
    sandbox = await startTestSandbox();
    const sheet = await writeClientSheet([{}]);
    const result = await runCli([sheet, '--state-dir', stateDir(), ...FAST], { env: { ...sandbox.env, BANQUP_CLIENT_SECRET: 'wrong-secret' } });
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('BANQUP_CLIENT_SECRET');
    expect(result.stderr + result.stdout).not.toContain('wrong-secret');
    expect(sandbox.clients()).toHaveLength(0);
  });
});
