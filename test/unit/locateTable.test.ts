import { describe, expect, it } from 'vitest';
import type { MessageParams } from '../../src/domain/types.js';
import type { CellInput, SheetSpec } from '../helpers/workbook.js';
import { buildWorkbook, templateHeaders, templateRow } from '../helpers/workbook.js';
import { loadWorkbook } from '../../src/input/loadWorkbook.js';
import { locateTable } from '../../src/input/locateTable.js';

const load = (sheets: SheetSpec[], type: 'xlsx' | 'ods' | 'csv' = 'xlsx') => loadWorkbook(buildWorkbook(sheets, type)).workbook;
const one = (rows: CellInput[][]) => load([{ name: 'Clients', rows }]);
const letters = (table: ReturnType<typeof locateTable>) =>
  Object.fromEntries(Object.entries(table.columns).map(([key, c]) => [key, c.letter]));

/** Banqup's Partner-space export uses its own names for some columns. */
const PARTNER_HEADERS = [
  'Legal name', 'Address', 'Postal code', 'City', 'Country', 'Company number', 'VAT number', 'IBAN', 'BIC',
  'Language', 'Contact name', 'Contact language', 'Contact email', 'Assignee emails', 'External reference',
];
const without = (drop: string[]) => templateHeaders().filter((h) => !drop.includes(h));

describe('locateTable: header row and columns', () => {
  it.each([
    { what: 'English headers on row 1', rows: [templateHeaders(), templateRow()], headerRow: 1 },
    { what: 'French headers', rows: [templateHeaders('fr'), templateRow()], headerRow: 1 },
    { what: 'Partner-space headers', rows: [PARTNER_HEADERS, templateRow()], headerRow: 1 },
    {
      what: 'headers on row 4 under a title',
      rows: [['Liste des clients 2024'], [], ['Exporté le 05/01/2024'], templateHeaders(), templateRow()],
      headerRow: 4,
    },
    {
      what: 'headers with * marks, odd case, NBSP and trailing spaces',
      rows: [templateHeaders().map((h, i) => (i % 3 === 0 ? `${h.toUpperCase()} *` : `${h}\u00A0 `)), templateRow()],
      headerRow: 1,
    },
    {
      what: 'the row with the most template headers (not a summary row above it)',
      rows: [['Name', 'Email', 'Country', 'Total'], ['Fiduciaire X', 'info@x.lu', 'LU', 3], templateHeaders(), templateRow()],
      headerRow: 3,
    },
  ])('finds $what', ({ rows, headerRow }) => {
    const table = locateTable(one(rows));
    expect(table.sheetName).toBe('Clients');
    expect(table.headerRow).toBe(headerRow);
    expect(letters(table)).toMatchObject({ legalName: 'A', postalCode: 'C', companyNumber: 'F', iban: 'H', externalReference: 'O' });
    expect(table.ignoredHeaders).toEqual([]);
  });

  it('follows the sheet’s own column order', () => {
    const headers = ['IBAN', 'Client name', 'VAT', 'Address', 'ZIP', 'City', 'Country', 'Language', 'Contact name', 'Contact language', 'Contact email'];
    const table = locateTable(one([headers]));
    expect(letters(table)).toEqual({
      iban: 'A', legalName: 'B', vatNumber: 'C', street: 'D', postalCode: 'E', city: 'F', country: 'G',
      language: 'H', contactName: 'I', contactLanguage: 'J', contactEmail: 'K',
    });
    expect(table.columns.postalCode).toEqual({ index: 4, letter: 'E', header: 'ZIP' });
  });

  it('lists unknown headers as ignored and silently drops the report’s own Errors column', () => {
    const table = locateTable(one([[...templateHeaders(), 'Notes', 'Errors', '', 'Erreurs', 'Code interne']]));
    expect(table.ignoredHeaders).toEqual([
      { letter: 'S', header: 'Notes' },
      { letter: 'W', header: 'Code interne' },
    ]);
  });

  it('keeps __proto__ and constructor headers harmless', () => {
    const table = locateTable(one([['__proto__', ...templateHeaders(), 'constructor']]));
    expect(table.ignoredHeaders.map((h) => h.header)).toEqual(['__proto__', 'constructor']);
    expect(letters(table).legalName).toBe('B');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(table.columns)).toBe(Object.prototype);
  });

  it('reads the header row of a CSV and an ODS file alike', () => {
    for (const type of ['csv', 'ods'] as const) {
      const table = locateTable(load([{ name: 'Clients', rows: [['Export'], templateHeaders('fr'), templateRow()] }], type));
      expect(table.headerRow).toBe(2);
      expect(letters(table).contactEmail).toBe('M');
    }
  });
});

describe('locateTable: refused tables', () => {
  it.each([
    {
      what: 'missing Country and IBAN columns',
      rows: [without(['Country', 'IBAN'])],
      code: 'input.missing_columns',
      params: { sheet: 'Clients', count: 2, columns_en: 'E Country, H IBAN', columns_fr: 'E Pays, H IBAN' },
    },
    {
      what: 'neither RCS nor VAT column',
      rows: [without(['RCS', 'VAT'])],
      code: 'input.missing_columns',
      params: { count: 1, columns_en: 'F RCS or G VAT', columns_fr: 'F RCS ou G TVA' },
    },
    {
      what: 'the ZIP column twice under two names',
      rows: [[...templateHeaders(), 'Code postal']],
      code: 'input.duplicate_header',
      params: { first: 'C', second: 'S', firstHeader: 'ZIP', secondHeader: 'Code postal', column_en: 'ZIP', column_fr: 'Code postal' },
    },
    { what: 'no header row', rows: [['a', 'b'], [1, 2]], code: 'input.no_header', params: { sheet: 'Clients', rows: 20 } },
    {
      what: 'a header row below row 20',
      rows: [...Array.from({ length: 20 }, (_, i) => [`line ${i + 1}`]), templateHeaders()],
      code: 'input.no_header',
      params: { sheet: 'Clients' },
    },
  ])('refuses $what', ({ rows, code, params }) => {
    expect(() => locateTable(one(rows))).toThrow(expect.objectContaining({ code, exitCode: 2, params: expect.objectContaining(params) as MessageParams }));
  });
});

describe('locateTable: which sheet', () => {
  const lists: SheetSpec = { name: 'Lists', rows: [['LU'], ['BE'], ['FR']], hidden: true };
  const clients: SheetSpec = { name: 'Clients', rows: [templateHeaders(), templateRow()] };
  const notes: SheetSpec = { name: 'Notes', rows: [['Read me first']] };

  it.each([
    { what: 'skips a hidden first sheet of lists', sheets: [lists, clients], expected: 'Clients' },
    { what: 'skips a visible sheet without headers', sheets: [notes, clients], expected: 'Clients' },
    { what: 'takes a hidden sheet when it is the one with the headers', sheets: [notes, { ...clients, hidden: true }], expected: 'Clients' },
    { what: 'takes the first of two sheets with headers', sheets: [clients, { ...clients, name: 'Clients 2023' }], expected: 'Clients' },
  ])('$what', ({ sheets, expected }) => {
    expect(locateTable(load(sheets)).sheetName).toBe(expected);
  });

  it.each([
    { sheet: 'Clients 2023', expected: 'Clients 2023' },
    { sheet: 'clients 2023', expected: 'Clients 2023' },
  ])('takes --sheet "$sheet"', ({ sheet, expected }) => {
    expect(locateTable(load([clients, { ...clients, name: 'Clients 2023' }]), { sheet }).sheetName).toBe(expected);
  });

  it('names the sheets when --sheet names none of them', () => {
    expect(() => locateTable(load([lists, clients]), { sheet: 'Klanten' })).toThrow(
      expect.objectContaining({ code: 'input.sheet_not_found', params: { sheet: 'Klanten', sheets: '"Lists", "Clients"' } }),
    );
  });

  it('blames the first visible sheet when no sheet has headers', () => {
    expect(() => locateTable(load([lists, notes]))).toThrow(expect.objectContaining({ code: 'input.no_header', params: expect.objectContaining({ sheet: 'Notes' }) as MessageParams }));
  });

  it('checks the header of the sheet given with --sheet, not of another', () => {
    expect(() => locateTable(load([clients, notes]), { sheet: 'Notes' })).toThrow(expect.objectContaining({ code: 'input.no_header' }));
  });
});
