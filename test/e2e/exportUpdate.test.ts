import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import { createBanqupApi } from '../../src/api/banqupApi.js';
import { draftFields } from '../../src/domain/draftFields.js';
import type { ClientDraft } from '../../src/domain/types.js';
import { draft } from '../helpers/clientDraft.js';
import { stateDir } from '../helpers/importSheet.js';
import { runCli } from '../helpers/runCli.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandboxFixture.js';

// export → edit → --update against the sandbox, the built CLI as a user runs it (`npm run build` first).
let sandbox: TestSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const FAST = ['--rate', '100', '--concurrency', '4'];

const CLIENTS: ClientDraft[] = [
  draft(),
  draft({
    legalName: 'Garage Thill & Fils S.A.',
    externalReference: 'CLI-0043',
    vatNumber: 'LU19836472',
    companyNumber: 'B33614',
    contact: { name: 'Marc Thill', email: 'marc@thill.lu', language: 'fr' },
    assigneeEmails: ['a@fiduciaire.lu', 'b@fiduciaire.lu'],
    documentSharing: { enabled: true, deliveryChannel: 'EMAIL', email: 'docs@fiduciaire.lu' },
  }),
  // A value a spreadsheet would evaluate: it must stay text, in every format.
  draft({ legalName: '=HYPERLINK("http://x","y")', externalReference: 'CLI-0044', vatNumber: 'LU26375245', companyNumber: 'B56789', bic: null }),
];

/** The sandbox with the clients above in its space, one provisioned (so that it has links). */
async function seeded(): Promise<{ s: TestSandbox; dir: string }> {
  const s = await startTestSandbox();
  sandbox = s;
  const api = createBanqupApi({ baseUrl: s.url, clientId: s.sandbox.clientId, clientSecret: s.sandbox.clientSecret, version: 'test', rate: 1000 });
  const spaceId = (await api.listSpaces())[0]!.id;
  const created = [];
  for (const [i, c] of CLIENTS.entries()) created.push((await api.createClient(spaceId, c, `seed-${i}`)).client);
  await api.provision(spaceId, [created[0]!.id]);
  await api.close();
  return { s, dir: mkdtempSync(join(tmpdir(), 'banqup-export-')) };
}

function sheetOf(path: string): string[][] {
  const book = XLSX.read(readFileSync(path));
  return XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, raw: false, defval: '' });
}

/** Replaces one cell of the first sheet, found by its row's client name and its header. */
function editCell(path: string, name: string, header: string, value: string): void {
  const book = XLSX.read(readFileSync(path));
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  const table = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, defval: '' });
  const col = table[0]!.indexOf(header);
  const row = table.findIndex((r) => r[0] === name);
  if (col < 0 || row < 0) throw new Error(`no cell ${name} / ${header}`);
  sheet[XLSX.utils.encode_cell({ r: row, c: col })] = { t: 's', v: value };
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

describe('banqup-import export', () => {
  it('.xlsx: the template columns A–R then id, status, links; every value a text cell, no formula', async () => {
    const { s, dir } = await seeded();
    const out = join(dir, 'clients.xlsx');
    const result = await runCli(['export', '-o', out, '-q'], { env: s.env });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('3 clients of the space written to');
    const book = XLSX.read(readFileSync(out), { cellFormula: true });
    const sheet = book.Sheets[book.SheetNames[0]!]!;
    const cells = Object.entries(sheet).filter(([address]) => !address.startsWith('!'));
    expect(cells.every(([, cell]) => (cell as XLSX.CellObject).t === 's' && (cell as XLSX.CellObject).f === undefined)).toBe(true);
    const table = sheetOf(out);
    expect(table[0]?.slice(0, 3)).toEqual(['Client name', 'Address', 'ZIP']);
    expect(table[0]?.slice(18)).toEqual(['Client id', 'Status in Banqup', 'Banqup link', 'Banqup Files link']);
    const garage = table.find((r) => r[0] === 'Garage Thill & Fils S.A.');
    expect(garage?.slice(13, 18)).toEqual(['a@fiduciaire.lu; b@fiduciaire.lu', 'CLI-0043', 'yes', 'e-mail', 'docs@fiduciaire.lu']);
    expect(table.some((r) => r[0] === '=HYPERLINK("http://x","y")')).toBe(true);
    const active = table.find((r) => r[0] === 'Boulangerie Schmit S.à r.l.');
    expect(active?.[19]).toBe('active');
    expect(active?.[20]).toMatch(/^https:\/\//);
    expect(new Set(table.slice(1).map((r) => r[18]))).toEqual(new Set(s.clients().map((c) => c.id)));
  });

  it('.csv in French (BOM, formula guard) and CSV on standard output with -o -; an existing file needs --force', async () => {
    const { s, dir } = await seeded();
    const out = join(dir, 'clients.csv');
    expect((await runCli(['export', '-o', out, '--lang', 'fr', '-q'], { env: s.env })).code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFFNom du client,Adresse,Code postal')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).toContain(',oui,e-mail,docs@fiduciaire.lu,');
    const again = await runCli(['export', '-o', out, '-q'], { env: s.env });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect((await runCli(['export', '-o', out, '--force', '-q'], { env: s.env })).code).toBe(0);
    const piped = await runCli(['export', '-o', '-', '-q'], { env: s.env });
    expect(piped.code).toBe(0);
    expect(piped.stdout.startsWith('Client name,Address')).toBe(true);
    expect(piped.stdout.trimEnd().split('\r\n')).toHaveLength(4);
  }, 60_000);

  it('.json: the API field names, client id, status and links', async () => {
    const { s, dir } = await seeded();
    const out = join(dir, 'clients.json');
    expect((await runCli(['export', '-o', out, '-q'], { env: s.env })).code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { clients: { clientId: string; status: string; legalName: string; links: unknown; documentSharing: unknown }[] };
    expect(doc.clients).toHaveLength(3);
    expect(doc.clients.find((c) => c.legalName === 'Garage Thill & Fils S.A.')?.documentSharing).toEqual({ enabled: true, deliveryChannel: 'EMAIL', email: 'docs@fiduciaire.lu' });
    const active = doc.clients.filter((c) => c.status === 'ACTIVE');
    expect(active).toHaveLength(1);
    expect((active[0]?.links as { banqup?: string } | null)?.banqup).toMatch(/^https:\/\//);
  });

  it('without credentials: exit 2 and what to set; a file of another kind: exit 2', async () => {
    const none = await runCli(['export', '-o', join(tmpdir(), 'x.xlsx')], { env: {} });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('BANQUP_CLIENT_ID');
    const odd = await runCli(['export', '-o', 'clients.txt'], { env: {} });
    expect(odd.code).toBe(2);
    expect(odd.stderr).toContain('.xlsx, .csv or .json');
  });
});

describe('--help shows the round trip', () => {
  it('the main command and export: export -o clients.xlsx, edit, --update --dry-run, --update', async () => {
    for (const args of [['--help'], ['export', '--help']]) {
      const help = await runCli(args);
      expect(help.code).toBe(0);
      const lines = help.stdout.split('\n').map((l) => l.trim());
      expect(lines.some((l) => l.startsWith('banqup-import export -o clients.xlsx'))).toBe(true);
      expect(lines.some((l) => l.startsWith('banqup-import clients.xlsx --update --dry-run'))).toBe(true);
      expect(lines.some((l) => /^banqup-import clients\.xlsx --update\s/.test(l))).toBe(true);
    }
  });
});

describe('export → edit → --update', () => {
  it('changes exactly the edited fields of exactly those clients; a second run changes nothing', async () => {
    const { s, dir } = await seeded();
    const file = join(dir, 'clients.xlsx');
    expect((await runCli(['export', '-o', file, '-q'], { env: s.env })).code).toBe(0);
    const state = stateDir();

    // Untouched, the export reads back as it is: nothing to update, no warning about its extra columns.
    const asIs = await runCli([file, '--update', '--dry-run', '--json', '--state-dir', state, ...FAST], { env: s.env });
    expect(asIs.code).toBe(0);
    const asIsDoc = JSON.parse(asIs.stdout) as { summary: { plan: Record<string, number> }; notes: unknown[] };
    expect(asIsDoc.summary.plan).toEqual({ create: 0, existing: 3, update: 0, conflict: 0, duplicate: 0 });
    expect(asIsDoc.notes).toEqual([]);

    editCell(file, 'Boulangerie Schmit S.à r.l.', 'Address', '14 rue de la Gare');
    editCell(file, 'Garage Thill & Fils S.A.', 'Contact email', 'm.thill@thill.lu');
    editCell(file, 'Garage Thill & Fils S.A.', 'Assignee emails', 'b@fiduciaire.lu');

    // The dry run: each field old → new, in the table and in --json's plan.
    const plan = await runCli([file, '--update', '--dry-run', '--state-dir', state, ...FAST], { env: s.env });
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('B Address: “12 rue de la Gare” → “14 rue de la Gare”');
    expect(plan.stdout).toContain('M Contact email: “marc@thill.lu” → “m.thill@thill.lu”');
    const planJson = await runCli([file, '--update', '--dry-run', '--json', '--state-dir', state, ...FAST], { env: s.env });
    const planDoc = JSON.parse(planJson.stdout) as { rows: { plan: string; updates?: unknown[] }[] };
    expect(planDoc.rows.filter((r) => r.plan === 'update').map((r) => r.updates)).toEqual([
      [{ field: 'address.street', from: '12 rue de la Gare', to: '14 rue de la Gare' }],
      [
        { field: 'contact.email', from: 'marc@thill.lu', to: 'm.thill@thill.lu' },
        { field: 'assigneeEmails', from: 'a@fiduciaire.lu; b@fiduciaire.lu', to: 'b@fiduciaire.lu' },
      ],
    ]);
    expect(s.sandbox.patches()).toEqual([]);

    const before = new Map(s.clients().map((c) => [c.id, c]));
    const results = join(dir, 'results.csv');
    const run = await runCli([file, '--update', '--json', '--results', results, '--state-dir', state, ...FAST], { env: s.env });
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { summary: Record<string, number>; rows: { status: string; updated?: { field: string }[] }[] };
    expect(doc.summary.updated).toBe(2);
    expect(doc.rows.flatMap((r) => (r.updated ?? []).map((u) => u.field)).sort()).toEqual(['address.street', 'assigneeEmails', 'contact.email']);
    expect(readFileSync(results, 'utf8')).toContain('address.street: 12 rue de la Gare → 14 rue de la Gare');
    // Exactly those fields, once each, of exactly those clients; nothing created.
    expect(s.sandbox.patches().map((p) => [...p.fields].sort())).toEqual(expect.arrayContaining([['address.street'], ['assigneeEmails', 'contact.email']]));
    expect(s.sandbox.patches()).toHaveLength(2);
    expect(s.clientCreates()).toBe(3);
    for (const after of s.clients()) {
      const was = before.get(after.id)!;
      const expected =
        after.legalName === 'Boulangerie Schmit S.à r.l.'
          ? { ...was, address: { ...was.address, street: '14 rue de la Gare' } }
          : after.legalName === 'Garage Thill & Fils S.A.'
            ? { ...was, contact: { ...was.contact, email: 'm.thill@thill.lu' }, assigneeEmails: ['b@fiduciaire.lu'] }
            : was;
      // The data; the import also activates the inactive ones, as it always does.
      expect(draftFields(after)).toEqual(draftFields(expected));
    }

    const second = await runCli([file, '--update', '--json', '--state-dir', state, ...FAST], { env: s.env });
    expect(second.code).toBe(0);
    expect((JSON.parse(second.stdout) as { summary: Record<string, number> }).summary.updated).toBe(0);
    expect(s.sandbox.patches()).toHaveLength(2);
  }, 120_000);

  it('without --update an edited client stays a conflict and nothing is sent; a changed key is another client', async () => {
    const { s, dir } = await seeded();
    const file = join(dir, 'clients.xlsx');
    await runCli(['export', '-o', file, '-q'], { env: s.env });
    editCell(file, 'Boulangerie Schmit S.à r.l.', 'Address', '14 rue de la Gare');
    editCell(file, 'Garage Thill & Fils S.A.', 'External reference', 'CLI-9999');
    const plain = await runCli([file, '--state-dir', stateDir(), ...FAST], { env: s.env });
    expect(plain.code).toBe(5);
    const updating = await runCli([file, '--update', '--state-dir', stateDir(), ...FAST], { env: s.env });
    expect(updating.code).toBe(5);
    expect(updating.stdout).toContain('O External reference: Banqup holds this client under “CLI-0043”.');
    expect(s.sandbox.patches().map((p) => p.fields)).toEqual([['address.street']]);
    expect(s.clientCreates()).toBe(3);
  }, 60_000);

  it('someone else keeps changing the client: after 3 tries the row fails, "changed in Banqup during the import", exit 5', async () => {
    const { s, dir } = await seeded();
    const file = join(dir, 'clients.xlsx');
    await runCli(['export', '-o', file, '-q'], { env: s.env });
    // The sheet changes the three fields the other user would edit: each of their saves changes
    // nothing the sheet wants, yet moves the ETag, so every PATCH meets 412.
    editCell(file, 'Garage Thill & Fils S.A.', 'Address', '14 rue de la Gare');
    editCell(file, 'Garage Thill & Fils S.A.', 'Contact name', 'Marc Thill-Weber');
    editCell(file, 'Garage Thill & Fils S.A.', 'Client name', 'Garage Thill S.A.');
    s.sandbox.setConcurrentEdits(1, 7);
    const before = s.clients().find((c) => c.externalReference === 'CLI-0043');
    const result = await runCli([file, '--update', '--json', '--state-dir', stateDir(), ...FAST], { env: s.env });
    expect(result.code).toBe(5);
    const doc = JSON.parse(result.stdout) as { rows: { status: string; issues: { code: string; message: string }[] }[] };
    const failed = doc.rows.filter((r) => r.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]?.issues.map((i) => i.message)).toEqual([expect.stringContaining('Changed in Banqup during the import')]);
    expect(s.sandbox.stats().preconditionFailed).toBe(3);
    expect(s.sandbox.patches()).toHaveLength(0);
    expect(s.clients().find((c) => c.externalReference === 'CLI-0043')?.legalName).toBe(before?.legalName);
  });

  it('another user edits a field the sheet disagrees with: nothing of theirs is overwritten', async () => {
    const { s, dir } = await seeded();
    const file = join(dir, 'clients.xlsx');
    await runCli(['export', '-o', file, '-q'], { env: s.env });
    editCell(file, 'Boulangerie Schmit S.à r.l.', 'IBAN', 'LU12 0010 0012 3456 7891');
    s.sandbox.scriptFault({ kind: 'concurrentEdit', method: 'PATCH', path: '/partner/v1/spaces/*/clients/*' });
    const result = await runCli([file, '--update', '--state-dir', stateDir(), ...FAST], { env: s.env });
    expect(result.code).toBe(5);
    expect(result.stdout).toContain('Changed in Banqup during the import');
    const client = s.clients().find((c) => c.externalReference === 'CLI-0042');
    expect(client?.contact.name).toContain('(edited elsewhere)');
    expect(client?.iban).toBe(draft().iban);
    expect(s.sandbox.patches()).toHaveLength(0);
  });
});
