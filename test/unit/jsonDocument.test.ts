import { describe, expect, it } from 'vitest';
import type { ClientDraft, Issue, MessageParams, Row } from '../../src/domain/types.js';
import { checkResult, summaryOf, type RunResult, type SheetCheck } from '../../src/engine/runResult.js';
import { buildJson, jsonDocumentText, jsonRow, ndjsonRowLine, ndjsonSummaryLine, type JsonDocument } from '../../src/report/jsonDocument.js';
import { jsonForTerminal } from '../../src/report/sanitize.js';
import { checkedRow, sheetCheck, sheetIssue } from '../helpers/rows.js';

const fakeRender = (code: string, p: MessageParams) => `${code} ${JSON.stringify(p)}`;

const client: ClientDraft = {
  legalName: 'Boulangerie Schmit S.à r.l.',
  address: { street: '12 rue de la Gare', postalCode: '1611', city: 'Luxembourg', country: 'LU' },
  companyNumber: 'B123456',
  vatNumber: 'LU15027442',
  iban: 'LU280019400644750000',
  bic: null,
  language: 'fr',
  contact: { name: 'Anne Schmit', email: 'anne@schmit.lu', language: 'fr' },
  assigneeEmails: [],
  externalReference: null,
};

const prefixWarning: Issue = sheetIssue({
  row: 2, column: 'G', header: 'VAT', key: 'vatNumber', field: 'vatNumber', severity: 'warning',
  code: 'vat.prefix_added', params: { prefix: 'LU' }, value: '15027442',
});
const ibanError: Issue = sheetIssue({
  row: 3, column: 'H', header: 'IBAN', key: 'iban', field: 'iban', severity: 'error',
  code: 'iban.checksum', params: {}, value: 'LU28 0019 4006 4475 0001',
});

const rows: Row[] = [
  checkedRow({ row: 2, status: 'valid', client, issues: [prefixWarning], changes: [{ row: 2, column: 'G', header: 'VAT', key: 'vatNumber', field: 'vatNumber', from: '15027442', to: 'LU15027442' }] }),
  checkedRow({ row: 3, status: 'invalid', client: { ...client, iban: 'LU280019400644750001' }, issues: [ibanError], changes: [] }),
  checkedRow({ row: 4, status: 'valid', client: { ...client, legalName: 'Other', vatNumber: null }, issues: [], changes: [] }),
];

const outcome = sheetCheck(rows, { notes: [{ code: 'reader.extra_column', severity: 'warning', params: { column: 'P' } }] });
const VERDICT = { exitCode: 0, result: { code: 'run.done', message: 'Done.' } };
/** The document of a dry run that stopped at the sheet (no credentials). */
const buildJsonDocument = (check: SheetCheck, render = fakeRender): JsonDocument => buildJson(checkResult(check, true, null, 0), VERDICT, render);
/** The NDJSON lines of a document: its rows, then the summary line. */
const toNdjsonLines = (doc: JsonDocument, check: SheetCheck): string[] => [...check.rows.map((r) => ndjsonRowLine(r, fakeRender)), ndjsonSummaryLine(doc)];

describe('buildJsonDocument', () => {
  const doc = buildJsonDocument(outcome);

  it('has exactly the top-level fields of decisions.md, in order', () => {
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'file', 'sheet', 'dryRun', 'summary', 'rows', 'notes']);
    expect(doc).toMatchObject({ schemaVersion: 1, file: 'clients.xlsx', sheet: 'Clients', dryRun: true });
  });

  it('summarises like the decisions.md example: rows, valid, invalid, warning issues, API counts at 0', () => {
    expect(doc.summary).toEqual({ rows: 3, valid: 2, invalid: 1, warnings: 1, created: 0, existing: 0, provisioned: 0, failed: 0 });
    expect(Object.keys(doc.summary)).toEqual(['rows', 'valid', 'invalid', 'warnings', 'created', 'existing', 'provisioned', 'failed']);
  });

  it('prints the decisions.md example row exactly', () => {
    expect(JSON.parse(JSON.stringify(doc.rows[0]))).toEqual({
      row: 2,
      status: 'valid',
      client: {
        legalName: 'Boulangerie Schmit S.à r.l.',
        address: { street: '12 rue de la Gare', postalCode: '1611', city: 'Luxembourg', country: 'LU' },
        companyNumber: 'B123456', vatNumber: 'LU15027442', iban: 'LU280019400644750000', bic: null,
        language: 'fr', contact: { name: 'Anne Schmit', email: 'anne@schmit.lu', language: 'fr' },
        assigneeEmails: [], externalReference: null, documentSharing: null,
      },
      issues: [{
        column: 'G', header: 'VAT', field: 'vatNumber', severity: 'warning', code: 'vat.prefix_added',
        message: 'vat.prefix_added {"prefix":"LU"}', value: '15027442',
      }],
      changes: [{ column: 'G', header: 'VAT', field: 'vatNumber', from: '15027442', to: 'LU15027442' }],
    });
  });

  it.each([
    ['row', 'number'], ['status', 'string'], ['client', 'object'], ['issues', 'object'], ['changes', 'object'],
  ])('every row has %s of type %s', (key, type) => {
    for (const r of doc.rows) expect(typeof (r as unknown as Record<string, unknown>)[key]).toBe(type);
  });

  it('keys issues exactly as the schema says', () => {
    for (const r of doc.rows) {
      for (const i of r.issues) expect(Object.keys(i)).toEqual(['column', 'header', 'field', 'severity', 'code', 'message', 'value']);
    }
  });

  it('keys the client as the API contract does, including nulls', () => {
    expect(Object.keys(doc.rows[2]?.client ?? {})).toEqual([
      'legalName', 'address', 'companyNumber', 'vatNumber', 'iban', 'bic', 'language', 'contact', 'assigneeEmails', 'externalReference', 'documentSharing',
    ]);
    expect(doc.rows[2]?.client?.vatNumber).toBeNull();
  });

  it('keeps the normalised client on an invalid row that could be normalised', () => {
    expect(doc.rows[1]).toMatchObject({ row: 3, status: 'invalid', client: { iban: 'LU280019400644750001' } });
  });

  it('renders file notes with their message', () => {
    expect(doc.notes).toEqual([{ code: 'reader.extra_column', severity: 'warning', message: 'reader.extra_column {"column":"P"}' }]);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('counts warning issues, not rows with warnings', () => {
    const twoWarnings: Row = { ...rows[0]!, issues: [prefixWarning, { ...prefixWarning, column: 'C', code: 'zip.format' }] };
    expect(buildJsonDocument({ ...outcome, rows: [twoWarnings] }).summary).toMatchObject({ rows: 1, valid: 1, warnings: 2 });
  });

  it('writes an empty sheet as zero rows', () => {
    const empty = buildJsonDocument({ ...outcome, rows: [], notes: [] });
    expect(empty.rows).toEqual([]);
    expect(empty.summary.rows).toBe(0);
  });

  it('keeps the file name "-" of standard input as given', () => {
    expect(buildJsonDocument({ ...outcome, file: '-' }).file).toBe('-');
  });
});

describe('jsonRow', () => {
  it('gives client null when the row could not be normalised', () => {
    expect(jsonRow(checkedRow({ row: 7, status: 'invalid', client: null, issues: [ibanError], changes: [] }), fakeRender).client).toBeNull();
  });

  it('keeps values exact, control characters included (JSON escapes them; only the terminal is sanitised)', () => {
    const value = 'A\u001b[31m\u202E\nB\u0000';
    const r = jsonRow({ ...rows[1]!, issues: [{ ...ibanError, value }] }, fakeRender);
    const text = JSON.stringify(r);
    expect(text).not.toMatch(/[\u0000-\u001f]/);
    expect((JSON.parse(text) as typeof r).issues[0]?.value).toBe(value);
  });

  it('does not share arrays with the draft', () => {
    const r = jsonRow(rows[0]!, fakeRender);
    expect(r.client?.assigneeEmails).not.toBe(client.assigneeEmails);
  });
});

describe('NDJSON lines', () => {
  const doc = buildJsonDocument(outcome);
  const lines = toNdjsonLines(doc, outcome);

  it('prints one row object per line, then the summary', () => {
    expect(lines).toHaveLength(doc.rows.length + 1);
    expect(lines.slice(0, -1).map((l) => (JSON.parse(l) as { row: number }).row)).toEqual([2, 3, 4]);
    expect(JSON.parse(lines.at(-1) ?? '')).toEqual({ summary: doc.summary, notes: doc.notes });
  });

  it('never breaks a line inside a record', () => {
    const check = { ...outcome, rows: [{ ...rows[1]!, issues: [{ ...ibanError, value: 'a\nb\r\nc\u2028d' }] }] };
    for (const line of toNdjsonLines(buildJsonDocument(check), check)) expect(line).not.toMatch(/[\n\r]/);
  });
});

describe('buildJson of a run that reached Banqup', () => {
  const imported: Row[] = [
    { ...rows[0]!, status: 'provisioned', clientId: 'c-1', banqupSpaceId: 'bs-1', banqup: 'active' },
    rows[1]!,
    { ...rows[2]!, status: 'skipped', plan: 'conflict', conflicts: ['iban'], clientId: 'c-3' },
  ];
  const run: RunResult = {
    mode: 'import', dryRun: false, check: outcome, rows: imported, summary: summaryOf(imported, false),
    space: { id: 'S1', name: 'Fiduciaire', type: 'PARTNER' }, stats: { calls: 9, retries: 1, rateLimited: 0, pauses: 0, currentRate: 5 },
    durationMs: 1234.6, interrupted: false, fatal: null,
  };
  const doc = buildJson(run, { exitCode: 5, result: { code: 'run.partial', message: 'Some rows are left.' } }, fakeRender);

  it('adds space and run after the schema\'s fields, and skipped to the summary', () => {
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'file', 'sheet', 'dryRun', 'summary', 'rows', 'notes', 'space', 'run']);
    expect(doc.summary).toEqual({ rows: 3, valid: 2, invalid: 1, warnings: 1, created: 0, existing: 0, provisioned: 1, failed: 0, skipped: 1 });
    expect(doc.space).toEqual({ id: 'S1', name: 'Fiduciaire' });
    expect(doc.run).toEqual({ durationMs: 1235, api: { calls: 9, retries: 1, rateLimited: 0 }, exitCode: 5, result: { code: 'run.partial', message: 'Some rows are left.' } });
  });

  it('gives a row the API touched its client id, space and plan, in the schema\'s order', () => {
    expect(Object.keys(doc.rows[0]!)).toEqual(['row', 'status', 'clientId', 'banqupSpaceId', 'banqup', 'client', 'issues', 'changes']);
    expect(doc.rows[2]).toMatchObject({ status: 'skipped', clientId: 'c-3', plan: 'conflict', conflicts: ['iban'] });
  });

  it('ends NDJSON with everything but the rows', () => {
    expect(Object.keys(JSON.parse(ndjsonSummaryLine(doc)) as object)).toEqual(['summary', 'notes', 'space', 'run']);
  });

  it('gives a row with links its `links` right after banqupSpaceId, as Banqup gave them; other rows have no such key', () => {
    const links = { banqup: 'https://app.banqup.example/spaces/bs-1', banqupFiles: null };
    const withLinks = buildJson({ ...run, rows: [{ ...imported[0]!, links }, ...imported.slice(1)] }, null, fakeRender);
    expect(Object.keys(withLinks.rows[0]!)).toEqual(['row', 'status', 'clientId', 'banqupSpaceId', 'links', 'banqup', 'client', 'issues', 'changes']);
    expect(withLinks.rows[0]?.links).toEqual(links);
    expect(withLinks.rows[1]).not.toHaveProperty('links');
    expect(JSON.parse(ndjsonRowLine({ ...imported[0]!, links }, fakeRender))).toMatchObject({ links });
  });
});

describe('jsonDocumentText', () => {
  const hostile = { ...rows[1]!, issues: [{ ...ibanError, value: 'A\u001b[31m\u202E\nB\u0085 "rows": []' }] };
  const many = Array.from({ length: 450 }, (_, i) => ({ ...rows[i % 3]!, row: i + 2 }));
  const imported: Row[] = [{ ...rows[0]!, status: 'provisioned', clientId: 'c-1', banqupSpaceId: 'bs-1', banqup: 'active', links: { banqup: 'https://x.example/1', banqupFiles: null } }, hostile];
  const run = (list: Row[]): RunResult => ({
    mode: 'import', dryRun: false, check: { ...outcome, rows: list }, rows: list, summary: summaryOf(list, false),
    space: { id: 'S1', name: 'Fiduciaire \u202E', type: 'PARTNER' }, stats: { calls: 9, retries: 1, rateLimited: 0, pauses: 0, currentRate: 5 },
    leftBehind: [{ row: 9, name: 'Gone', clientId: 'c-9', banqup: 'inactive' }], durationMs: 12, interrupted: false, fatal: null,
  });
  const verdict = { exitCode: 5, result: { code: 'run.partial', message: 'Some rows are left.' } };

  it.each([
    ['a check of three rows', checkResult(outcome, true, null, 0), VERDICT],
    ['a check of no rows', checkResult({ ...outcome, rows: [] }, true, null, 0), VERDICT],
    ['an import with links, a hostile value and clients left behind', run(imported), verdict],
    ['an import of 450 rows (several pieces)', run(many), verdict],
    ['an import without a verdict', run(imported), null],
  ])('prints exactly what the whole document prints: %s', (_name, result, v) => {
    const pieces = [...jsonDocumentText(result, v, fakeRender)];
    expect(pieces.join('')).toBe(`${jsonForTerminal(buildJson(result, v, fakeRender), 2)}\n`);
    if (result.rows.length > 200) expect(pieces.length).toBeGreaterThan(2);
  });
});
