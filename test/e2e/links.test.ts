import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createBanqupApi } from '../../src/api/banqupApi.js';
import { runCli } from '../helpers/runCli.js';
import { stateDir, writeClientSheet } from '../helpers/importSheet.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandboxFixture.js';
import { draft } from '../helpers/clientDraft.js';
import { cellOf, removeTempFiles } from '../helpers/workbook.js';

// Issue 13: document sharing goes to Banqup as the sheet and the flags say, and each active
// client's two links come back into --json, --results and under the table. The built CLI against
// the sandbox on 127.0.0.1 (`npm run build` first).
let sandbox: TestSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});
afterAll(removeTempFiles);

const FAST = ['--rate', '100', '--concurrency', '4'];
const HTTPS = /^https:\/\/\S+$/;

interface Links {
  banqup: string;
  banqupFiles: string | null;
}
interface JsonDoc {
  rows: {
    row: number;
    status: string;
    plan?: string;
    conflicts?: string[];
    clientId?: string;
    links?: Links;
    banqup?: string;
    client: { externalReference: string | null; documentSharing: unknown } | null;
  }[];
}
const parse = (stdout: string): JsonDoc => JSON.parse(stdout) as JsonDoc;
const byRef = (s: TestSandbox, ref: string) => s.clients().find((c) => c.externalReference === ref);
/** Rows that say nothing about sharing (the template's example row fills P–R). */
const SILENT = { shareDocuments: null, deliveryChannel: null, sharingEmail: null } as const;
const rowsOf = (...over: Record<string, string | null>[]) => writeClientSheet(over.map((o) => ({ ...SILENT, ...o })));

describe('document sharing and links (issue 13)', () => {
  it('--share-documents shares every client; P–R override it per row; each row reports its two links, as hyperlinks in --results', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    const sheet = await rowsOf({}, { shareDocuments: 'no' }, { deliveryChannel: 'e-mail', sharingEmail: 'other@fidu.lu' });
    const results = join(stateDir(), 'done.xlsx');
    const result = await runCli([sheet, '--share-documents', 'docs@fidu.lu', '--results', results, '--state-dir', stateDir(), '--json', ...FAST], {
      env: s.env,
    });
    expect(result.code).toBe(0);

    // What Banqup holds: the flags for row 2, the row's own cells for rows 3 and 4.
    expect(byRef(s, 'E2E-001')?.documentSharing).toEqual({ enabled: true, deliveryChannel: 'BANQUP_FILES', email: 'docs@fidu.lu' });
    expect(byRef(s, 'E2E-002')?.documentSharing ?? { enabled: false }).toMatchObject({ enabled: false });
    expect(byRef(s, 'E2E-003')?.documentSharing).toEqual({ enabled: true, deliveryChannel: 'EMAIL', email: 'other@fidu.lu' });

    // Each row's links are the ones Banqup holds for its client; banqupFiles only while sharing.
    const doc = parse(result.stdout);
    expect(doc.rows.map((r) => r.status)).toEqual(['provisioned', 'provisioned', 'provisioned']);
    for (const row of doc.rows) {
      const held = s.clients().find((c) => c.id === row.clientId);
      expect(row.links).toEqual(held?.links);
      expect(row.links?.banqup).toMatch(HTTPS);
    }
    expect(doc.rows.map((r) => r.links?.banqupFiles === null)).toEqual([false, true, false]);
    expect(doc.rows[0]?.links?.banqupFiles).toMatch(HTTPS);
    expect(doc.rows[0]?.client?.documentSharing).toEqual({ enabled: true, deliveryChannel: 'BANQUP_FILES', email: 'docs@fidu.lu' });

    // --results .xlsx: the links as clickable text cells.
    const sheetOut = XLSX.read(readFileSync(results)).Sheets.Results!;
    const table = XLSX.utils.sheet_to_json<Record<string, string | number>>(sheetOut);
    expect(table.map((r) => [r.banqupLink, r.banqupFilesLink || null])).toEqual(doc.rows.map((r) => [r.links?.banqup, r.links?.banqupFiles]));
    expect(sheetOut.I2).toMatchObject({ t: 's', v: doc.rows[0]?.links?.banqup, l: { Target: doc.rows[0]?.links?.banqup } });
    expect(cellOf(sheetOut, 'J2')?.l?.Target).toBe(doc.rows[0]?.links?.banqupFiles);
    expect(cellOf(sheetOut, 'J3')?.l).toBeUndefined();
  });

  it('--ndjson rows carry their links too', async () => {
    sandbox = await startTestSandbox();
    const sheet = await rowsOf({});
    const result = await runCli([sheet, '--state-dir', stateDir(), '--ndjson', ...FAST], { env: sandbox.env });
    expect(result.code).toBe(0);
    const [row] = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { links?: Links });
    // Without sharing, Banqup gives no Banqup Files link.
    expect(row?.links).toEqual({ banqup: expect.stringMatching(HTTPS) as unknown, banqupFiles: null });
  });

  it('a dry run shows the sharing it would send, and a client whose sharing differs is a conflict on documentSharing', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    const sheet = await rowsOf({}, {}, {});
    const api = createBanqupApi({ baseUrl: s.url, clientId: 'demo-client', clientSecret: 'demo-secret', version: 'test', rate: 100 });
    const [space] = await api.listSpaces();
    const base = draft({ companyNumber: 'B200100', vatNumber: null, iban: 'LU280019400644750000', assigneeEmails: ['comptable@fiduciaire.lu', 'paie@fiduciaire.lu'] });
    const sharing = { enabled: true, deliveryChannel: 'BANQUP_FILES', email: 'docs@fidu.lu' } as const;
    // Row 2's client has the same sharing; row 3's shares with another address.
    for (const [i, documentSharing] of [sharing, { ...sharing, email: 'elsewhere@fidu.lu' }].entries()) {
      const n = i + 1;
      const ref = `E2E-00${n}`;
      await api.createClient(
        space!.id,
        { ...base, legalName: `Client ${n} S.à r.l.`, companyNumber: `B${200099 + n}`, externalReference: ref, contact: { ...base.contact, email: `contact${n}@client.example` }, documentSharing },
        ref,
      );
    }
    await api.close();
    const writes = s.writes();

    const result = await runCli([sheet, '--dry-run', '--share-documents', 'docs@fidu.lu', '--state-dir', stateDir(), '--json', ...FAST], { env: s.env });
    const doc = parse(result.stdout);
    expect(doc.rows.map((r) => r.plan)).toEqual(['existing', 'conflict', 'create']);
    expect(doc.rows[1]?.conflicts).toEqual(['documentSharing']);
    for (const row of doc.rows) expect(row.client?.documentSharing).toEqual(sharing);
    expect(result.code).toBe(3);
    expect(s.writes()).toBe(writes);
  });

  it('prints the links of up to 20 rows under the table, and only a pointer to --results and --json beyond', async () => {
    sandbox = await startTestSandbox();
    const few = await rowsOf({}, {});
    const small = await runCli([few, '--state-dir', stateDir(), '--lang', 'en', ...FAST], { env: sandbox.env });
    expect(small.code).toBe(0);
    const after = small.stdout.slice(small.stdout.indexOf('Links in Banqup (2 clients):'));
    expect(small.stdout).toContain('Links in Banqup (2 clients):');
    expect(after).toContain('Row 2: Client 1 S.à r.l.');
    expect(after).toContain('Row 3: Client 2 S.à r.l.');
    for (const c of sandbox.clients()) expect(after).toContain(`Banqup: ${c.links?.banqup}`);
    expect(after).toContain('Banqup Files: none (document sharing is off)');

    const many = await rowsOf(...Array.from({ length: 21 }, (_, i) => ({ companyNumber: `B${300100 + i}`, externalReference: `MANY-${i}` })));
    const big = await runCli([many, '--state-dir', stateDir(), '--lang', 'fr', ...FAST], { env: sandbox.env });
    expect(big.code).toBe(0);
    expect(big.stdout).toContain('Les liens Banqup de 21 clients sont dans --results (.xlsx, .csv) et --json.');
    expect(big.stdout).not.toContain('https://');
  });

  it('status shows the links of active clients, in --json and under the table; an inactive client has none', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    const first = await rowsOf({});
    expect((await runCli([first, '--share-documents', 'docs@fidu.lu', '--state-dir', stateDir(), ...FAST], { env: s.env })).code).toBe(0);
    const api = createBanqupApi({ baseUrl: s.url, clientId: 'demo-client', clientSecret: 'demo-secret', version: 'test', rate: 100 });
    const [space] = await api.listSpaces();
    await api.createClient(space!.id, draft({ legalName: 'Client 2 S.à r.l.', companyNumber: 'B200101', vatNumber: null, externalReference: 'E2E-002' }), 'k2');
    await api.close();
    const both = await rowsOf({}, {});

    const json = await runCli(['status', both, '--json', '--lang', 'en', ...FAST], { env: s.env });
    expect(json.code).toBe(0);
    const doc = parse(json.stdout);
    expect(doc.rows.map((r) => r.banqup)).toEqual(['active', 'inactive']);
    expect(doc.rows[0]?.links).toEqual(byRef(s, 'E2E-001')?.links);
    expect(doc.rows[0]?.links?.banqupFiles).toMatch(HTTPS);
    expect(doc.rows[1]).not.toHaveProperty('links');

    const table = await runCli(['status', both, '--lang', 'en', ...FAST], { env: s.env });
    expect(table.stdout).toContain('Links in Banqup (1 client):');
    expect(table.stdout).toContain(`Banqup Files: ${byRef(s, 'E2E-001')?.links?.banqupFiles}`);
  });
});
