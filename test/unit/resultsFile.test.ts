import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { rendererFor } from '../../src/messages.js';
import type { Row } from '../../src/domain/types.js';
import { buildResultsCsv, buildResultsWorkbook } from '../../src/report/resultsFile.js';
import { draft } from '../helpers/clientDraft.js';
import { checkedRow } from '../helpers/rows.js';
import { cellOf } from '../helpers/workbook.js';

const LINKS = { banqup: 'https://app.banqup.example/spaces/bs-1', banqupFiles: 'https://files.banqup.example/spaces/bs-1/documents' };

const rows: Row[] = [
  checkedRow({ row: 2, status: 'provisioned', clientId: 'c-1', banqupSpaceId: 'bs-1', links: LINKS, plan: 'create', client: draft(), issues: [], changes: [] }),
  checkedRow({
    row: 3,
    status: 'failed',
    plan: 'create',
    client: draft({ legalName: '=HYPERLINK("http://x","y")' }),
    issues: [
      { row: 3, column: 'F', header: 'RCS', key: 'companyNumber', field: 'companyNumber', severity: 'error', code: 'trn.invalid', messageCode: 'registry.not_found', params: {}, value: 'B1', origin: 'banqup' },
    ],
    changes: [],
  }),
  checkedRow({ row: 4, status: 'invalid', client: null, issues: [], changes: [] }),
];

describe('--results files', () => {
  it('CSV: row → client → status → ids, the first problem with its cell, formula-safe, BOM + CRLF', () => {
    const csv = buildResultsCsv(rows, rendererFor('en'), 'en');
    expect(csv.startsWith('\uFEFFrow,client,status,clientId,banqupSpaceId,plan,code,message,banqupLink,banqupFilesLink,updated\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(`2,Boulangerie Schmit S.à r.l.,provisioned,c-1,bs-1,create,,,${LINKS.banqup},${LINKS.banqupFiles},`);
    expect(lines[2]).toBe(`3,"'=HYPERLINK(""http://x"",""y"")",failed,,,create,trn.invalid,F RCS: This RCS number does not exist in the Luxembourg business register: check it (e.g. B123456).,,,`);
    expect(lines[3]).toBe('4,,invalid,,,,,,,,');
  });

  it('CSV: an updated row says, last, which fields changed from what to what', () => {
    const updated = checkedRow({
      row: 5,
      status: 'updated',
      clientId: 'c-5',
      plan: 'update',
      client: draft(),
      updated: [
        { field: 'address.street', from: '12 rue de la Gare', to: '14 rue de la Gare' },
        { field: 'assigneeEmails', from: '', to: 'a@fid.example' },
      ],
      issues: [],
      changes: [],
    });
    const lines = buildResultsCsv([updated], rendererFor('en'), 'en').slice(1).split('\r\n');
    expect(lines[1]).toBe('5,Boulangerie Schmit S.à r.l.,updated,c-5,,update,,,,,"address.street: 12 rue de la Gare → 14 rue de la Gare; assigneeEmails:  → a@fid.example"');
  });

  it('CSV headers and messages follow the language; statuses stay the stable codes', () => {
    const csv = buildResultsCsv(rows, rendererFor('fr'), 'fr');
    expect(csv).toContain('ligne,client,statut,idClient');
    expect(csv).toContain('message,lienBanqup,lienBanqupFiles,modifié\r\n');
    expect(csv).toContain('failed,,,create,trn.invalid,F RCS: Ce numéro RCS n’existe pas');
  });

  it('XLSX: one sheet, text cells for every value (a formula stays text), numbers for rows', () => {
    const book = XLSX.read(buildResultsWorkbook(rows, rendererFor('en'), 'en'), { type: 'buffer', cellFormula: true });
    const sheet = book.Sheets.Results;
    expect(book.SheetNames).toEqual(['Results']);
    expect(sheet?.A2).toMatchObject({ t: 'n', v: 2 });
    expect(sheet?.B3).toMatchObject({ t: 's', v: '=HYPERLINK("http://x","y")' });
    expect(cellOf(sheet, 'B3')?.f).toBeUndefined();
    expect(sheet?.D2).toMatchObject({ t: 's', v: 'c-1' });
    expect(XLSX.utils.sheet_to_json(sheet!, { header: 1 })).toHaveLength(4);
  });

  it('XLSX: the links are clickable text cells whose target is the text itself; rows without links have none', () => {
    const withoutFiles = checkedRow({ row: 5, status: 'existing', clientId: 'c-5', links: { banqup: 'https://app.banqup.example/spaces/bs-5', banqupFiles: null }, client: draft(), issues: [], changes: [] });
    const book = XLSX.read(buildResultsWorkbook([...rows, withoutFiles], rendererFor('fr'), 'fr'), { type: 'buffer', cellFormula: true });
    const sheet = book.Sheets['Résultats']!;
    expect([cellOf(sheet, 'I1')?.v, cellOf(sheet, 'J1')?.v]).toEqual(['lienBanqup', 'lienBanqupFiles']);
    expect(cellOf(sheet, 'I1')?.l).toBeUndefined();
    expect(cellOf(sheet, 'I2')).toMatchObject({ t: 's', v: LINKS.banqup, l: { Target: LINKS.banqup } });
    expect(cellOf(sheet, 'J2')).toMatchObject({ t: 's', v: LINKS.banqupFiles, l: { Target: LINKS.banqupFiles } });
    expect(cellOf(sheet, 'I2')?.f).toBeUndefined();
    expect(cellOf(sheet, 'I3')?.l).toBeUndefined();
    expect(cellOf(sheet, 'I5')).toMatchObject({ v: 'https://app.banqup.example/spaces/bs-5', l: { Target: 'https://app.banqup.example/spaces/bs-5' } });
    expect(cellOf(sheet, 'J5')?.l).toBeUndefined();
  });
});
