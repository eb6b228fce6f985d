import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuesOf, makeTempDir, removeTempDirs, rowOf, runJson, runWithJsonReport, type JsonDoc } from '../helpers/cliJson.js';
import { ROOT, runCli, type CliResult } from '../helpers/runCli.js';

// The offline check of the built CLI on the real files LibreOffice saved (fixtures/README.md says
// what each row must give), as a user runs it: exit code, stdout, stderr.

const EXAMPLE = 'fixtures/example-clients.xlsx';
const MIXED = ['fixtures/libreoffice/clients-mixed.xlsx', 'fixtures/libreoffice/clients-mixed.ods', 'fixtures/libreoffice/clients-mixed-cp1252.csv'] as const;
const TITLE = 'fixtures/libreoffice/title-above-header.xlsx';

// Each spawn of the CLI costs one to two seconds here: where the table and the document are both
// wanted, one run prints the table and writes the same document with --report x.json.
let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(removeTempDirs);

const runTableAndReport = (args: readonly string[], name: string) => runWithJsonReport(args, join(dir, `${name}.json`));

/** The lines of one section of the table: from its heading to the next blank line. */
function section(stdout: string, heading: RegExp): string[] {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && l.trim() === '');
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** Every key path of a JSON value (`.rows[].client.address.city`), arrays as `[]`. */
function keyPaths(value: unknown): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) {
      out.add(`${path}[]`);
      for (const item of v) walk(item, `${path}[]`);
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        out.add(`${path}.${key}`);
        walk(item, `${path}.${key}`);
      }
    }
  };
  walk(value, '');
  return out;
}

/** The JSON example of README.md ("JSON (--json)"): the documented shape of the document. */
async function readmeJsonExample(): Promise<unknown> {
  const readme = await readFile(`${ROOT}README.md`, 'utf8');
  const block = /```json\n([\s\S]*?)```/.exec(readme);
  if (!block?.[1]) throw new Error('README.md has no ```json block');
  return JSON.parse(block[1]);
}

describe('fixtures/example-clients.xlsx --dry-run (12 valid clients)', () => {
  let json: CliResult & { doc: JsonDoc };
  beforeAll(async () => {
    json = await runJson([EXAMPLE, '--dry-run']);
  });

  it('prints the table: every row valid, the one warning on row 6 column G, exit 0', async () => {
    const r = await runCli([EXAMPLE, '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`${EXAMPLE} — sheet "Clients", headers on row 1`);
    expect(section(r.stdout, /^Errors/)).toEqual([]);
    const warnings = section(r.stdout, /^Warnings \(1\)$/);
    expect(warnings[0]).toMatch(/^\s+Row\s+Column\s+Value\s+Problem$/);
    expect(warnings.slice(1).join(' ')).toMatch(/^\s+6\s+G VAT\s+"30512735"\s+Country prefix LU added/);
    expect(r.stdout).toContain('12 rows checked: 12 valid, 0 with errors; 1 warning.');
    // README: into a pipe, 100 columns unless COLUMNS says otherwise.
    expect(lines.filter((l) => [...l].length > 100)).toEqual([]);
    expect(lines.some((l) => [...l].length > 70)).toBe(true);
  });

  it('into a pipe with COLUMNS=70, the table is laid out 70 columns wide', async () => {
    const r = await runCli([EXAMPLE, '--dry-run'], { env: { COLUMNS: '70' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n').filter((l) => [...l].length > 70)).toEqual([]);
    expect(r.stdout).toContain('12 rows checked: 12 valid, 0 with errors; 1 warning.');
  });

  it('--json prints exactly one document, nothing else, with the shape README.md documents', async () => {
    expect(json.code, json.stderr).toBe(0);
    expect(json.stderr).toBe('');
    expect(json.stdout.endsWith('}\n')).toBe(true);
    const { doc } = json;
    // Same keys at every level as README's example (decisions.md's schema plus changes and notes).
    expect([...keyPaths(doc)].sort()).toEqual([...keyPaths(await readmeJsonExample())].sort());
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'file', 'sheet', 'dryRun', 'summary', 'rows', 'notes']);
    expect(doc).toMatchObject({ schemaVersion: 1, file: EXAMPLE, sheet: 'Clients', dryRun: true, notes: [] });
    expect(doc.summary).toEqual({ rows: 12, valid: 12, invalid: 0, warnings: 1, created: 0, existing: 0, provisioned: 0, failed: 0 });
    // Row numbers are the sheet's own: header on row 1, clients on rows 2–13.
    expect(doc.rows.map((r) => r.row)).toEqual(Array.from({ length: 12 }, (_, i) => i + 2));
    for (const row of doc.rows) {
      expect(Object.keys(row)).toEqual(['row', 'status', 'client', 'issues', 'changes']);
      expect(row.status).toBe('valid');
      expect(row.client).not.toBeNull();
    }
  });

  it('--json: the only issue is the VAT prefix added on row 6 G, listed with the change it made', () => {
    const { doc } = json;
    const issues = doc.rows.flatMap((r) => r.issues.map((i) => ({ row: r.row, column: i.column, severity: i.severity, code: i.code, value: i.value })));
    expect(issues).toEqual([{ row: 6, column: 'G', severity: 'warning', code: 'vat.prefix_added', value: '30512735' }]);
    const row6 = rowOf(doc, 6);
    expect(row6.issues[0]).toMatchObject({ header: 'VAT', field: 'vatNumber' });
    expect(row6.issues[0]?.message).toMatch(/LU/);
    expect(row6.client?.vatNumber).toBe('LU30512735');
    expect(row6.changes).toContainEqual({ column: 'G', header: 'VAT', field: 'vatNumber', from: '30512735', to: 'LU30512735' });
    // fixtures/README.md: row 13's ZIP 06300 keeps its zero; row 4 has an RCS only.
    expect(rowOf(doc, 13).client?.address.postalCode).toBe('06300');
    expect(rowOf(doc, 4).client).toMatchObject({ companyNumber: 'B245871', vatNumber: null });
  });

  it('--ndjson prints the same row objects, one per line, then a summary line', async () => {
    const r = await runCli([EXAMPLE, '--dry-run', '--ndjson']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.endsWith('\n')).toBe(true);
    const lines = r.stdout.slice(0, -1).split('\n');
    expect(lines).toHaveLength(json.doc.rows.length + 1);
    const objects = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(objects.slice(0, -1)).toEqual(json.doc.rows);
    expect(objects.at(-1)).toEqual({ summary: json.doc.summary, notes: json.doc.notes });
  });
});

// fixtures/README.md, "clients-mixed.*": the error each row must give, and where.
const MIXED_ERRORS: Readonly<Record<number, { columns: readonly string[]; code: RegExp }>> = {
  3: { columns: ['H'], code: /^iban\.checksum$/ },
  4: { columns: ['G'], code: /^vat\.checksum$/ },
  5: { columns: ['E'], code: /^country\.unknown$/ },
  6: { columns: ['M'], code: /^email\./ },
  7: { columns: ['K'], code: /^value\.required$/ },
  9: { columns: ['F', 'G'], code: /rcs|vat|company/ },
};

describe('fixtures/libreoffice/clients-mixed.* (8 rows: 2 valid, 6 invalid)', () => {
  const docs = new Map<string, CliResult & { doc: JsonDoc }>();
  beforeAll(async () => {
    // xlsx and csv with --json; the ods with the table, its document written by --report.
    docs.set(MIXED[0], await runJson([MIXED[0], '--dry-run']));
    docs.set(MIXED[1], await runTableAndReport([MIXED[1], '--dry-run'], 'mixed-ods'));
    docs.set(MIXED[2], await runJson([MIXED[2], '--dry-run']));
  });

  it.each(MIXED)('%s: exit 3, 8 rows, 2 valid, 6 invalid, parser chatter kept off stderr', (file) => {
    const r = docs.get(file)!;
    expect(r.code, r.stderr).toBe(3);
    // SheetJS prints "ODS number format may be incorrect" for every LibreOffice .ods (fixtures/README.md).
    expect(r.stderr).toBe('');
    expect(r.doc.summary).toMatchObject({ rows: 8, valid: 2, invalid: 6 });
    expect(r.doc.rows.map((row) => row.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it.each(MIXED)('%s: each invalid row has exactly its expected error; rows 2 and 8 only warnings on C', (file) => {
    const { doc } = docs.get(file)!;
    for (const [row, expected] of Object.entries(MIXED_ERRORS)) {
      const r = rowOf(doc, Number(row));
      const errors = issuesOf(r);
      expect(r.status, `row ${row}`).toBe('invalid');
      expect(errors, `row ${row}`).toHaveLength(1);
      expect(expected.columns, `row ${row}: ${errors[0]?.join(' ')}`).toContain(errors[0]?.[0]);
      expect(errors[0]?.[1], `row ${row}`).toMatch(expected.code);
    }
    for (const row of [2, 8]) {
      const r = rowOf(doc, row);
      expect(r.status, `row ${row}`).toBe('valid');
      expect(issuesOf(r, 'warning').filter(([column]) => column !== 'C'), `row ${row}`).toEqual([]);
    }
    // C2 4011 (a number cell in xlsx/ods) reads as 4011; C8 6000 for France becomes 06000 with a warning.
    expect(rowOf(doc, 2).client?.address.postalCode).toBe('4011');
    expect(rowOf(doc, 8).client?.address.postalCode).toBe('06000');
    expect(issuesOf(rowOf(doc, 8), 'warning').map(([, code]) => code)).toContain('postal_code.padded');
  });

  it('the Windows-1252 CSV gives the same values as the xlsx, accents, € and ’ decoded', () => {
    const csv = docs.get(MIXED[2])!;
    const xlsx = docs.get(MIXED[0])!;
    expect(csv.doc.rows.map((r) => r.client)).toEqual(xlsx.doc.rows.map((r) => r.client));
    expect(csv.doc.rows.map((r) => r.issues.map((i) => [i.column, i.code, i.value]))).toEqual(
      xlsx.doc.rows.map((r) => r.issues.map((i) => [i.column, i.code, i.value])),
    );
    expect(rowOf(csv.doc, 2).client).toMatchObject({ legalName: 'Épicerie Müller S.à r.l.', address: { street: '5, rue de l’Alzette' } });
    expect(rowOf(csv.doc, 4).client?.legalName).toBe('Tout à 1 € S.à r.l.');
    // Node 20 decodes cp1252 0x80–0x9F as C1 controls; none may survive.
    expect(csv.stdout).not.toMatch(/[\u0080-\u009f]/);
  });

  it('the table names each error by row, column letter and header, with the value as typed', () => {
    const r = docs.get(MIXED[1])!;
    const errors = section(r.stdout, /^Errors \(6\)$/).slice(1).join('\n');
    expect(errors).toMatch(/^\s+3\s+H IBAN \*\s+"BE65 0682 4013 5752"\s+IBAN/m);
    expect(errors).toMatch(/^\s+5\s+E Country \*\s+"Narnia"\s+Country not recognised/m);
    expect(errors).toMatch(/^\s+7\s+K Contact name \*\s+\(empty\)/m);
    expect(r.stdout).toContain('8 rows checked: 2 valid, 6 with errors');
    expect(r.stdout).toMatch(/nothing was sent to Banqup/);
  });
});

describe('fixtures/libreoffice/title-above-header.xlsx (French headers on row 3)', () => {
  it('finds the header on row 3 and reads rows 4–6, all valid', async () => {
    const r = await runTableAndReport([TITLE, '--dry-run'], 'title');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`${TITLE} — sheet "Clients", headers on row 3`);
    expect(r.stdout).toContain('3 rows checked: 3 valid, 0 with errors');
    expect(r.doc.rows.map((row) => [row.row, row.status])).toEqual([[4, 'valid'], [5, 'valid'], [6, 'valid']]);
    expect(r.doc.rows.map((row) => row.client?.legalName)).toEqual([
      expect.stringMatching(/^Boulangerie Schmit/),
      expect.stringMatching(/^Bakkerij Peeters/),
      expect.stringMatching(/^Pharmacie du Port/),
    ]);
    expect(r.doc.rows.map((row) => row.client?.address.country)).toEqual(['LU', 'BE', 'FR']);
    // The title rows and the header are not clients; the French header is what the issues name.
    expect(r.doc.rows.flatMap((row) => row.changes.map((c) => c.header))).toContain('Pays');
    expect(r.doc.notes).toEqual([]);
  });
});
