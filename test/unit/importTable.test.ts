import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { colorsFor } from '../../src/colors.js';
import { displayWidth } from '../../src/report/sanitize.js';
import { renderImportTable, type ImportTableRow } from '../../src/report/importTable.js';

const plain = await colorsFor(0);
const headers = { row: 'Row', client: 'Client', state: 'Status', clientId: 'Client id' };
const ID = '3f0c9a8e-5b7d-4c21-9e6f-0a1b2c3d4e5f';
const rows: ImportTableRow[] = [
  { row: 2, name: 'Boulangerie Schmit S.à r.l.', state: 'provisioned', tone: 'ok', clientId: ID, messages: [] },
  {
    row: 3,
    name: 'A very long client name that goes on and on, Société Anonyme de Participations Financières',
    state: 'failed',
    tone: 'error',
    messages: ['F RCS: This RCS number does not exist in the Luxembourg business register: check it (e.g. B123456).'],
  },
  { row: 12, name: '\u001b[31mEvil\u001b[0m \u202eName', state: 'skipped', tone: 'warning', clientId: ID, messages: ['conflict\nwith newline'] },
];

describe('renderImportTable', () => {
  it.each([100, 80, 60, 40])('fits %i columns, every line', (width) => {
    const text = renderImportTable({ heading: 'Import into the Banqup space "Fiduciaire"', headers, rows, footer: ['3 rows: 1 provisioned, 1 failed, 1 skipped.', 'Fix, then run again.'], footerTone: 'error', width, color: plain });
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });

  it('shows the whole client id at 100 columns and the message under its row', () => {
    const text = renderImportTable({ heading: 'h', headers, rows, footer: [], footerTone: 'ok', width: 100, color: plain });
    const lines = text.split('\n');
    const row2 = lines.find((l) => l.trimStart().startsWith('2 '));
    expect(row2).toContain(ID);
    expect(row2).toContain('provisioned');
    const failed = lines.findIndex((l) => l.trimStart().startsWith('3 '));
    expect(lines[failed + 1]).toMatch(/^\s+F RCS: This RCS number/);
  });

  it('strips escape sequences, bidi controls and line breaks from values', () => {
    const text = renderImportTable({ heading: 'h', headers, rows, footer: [], footerTone: 'ok', width: 100, color: plain });
    expect(text).not.toMatch(/\u001b|\u202e/);
    expect(text).toContain('Evil Name');
    expect(text).toContain('conflict with newline');
  });

  it('colours only the status word, and keeps columns aligned when coloured', async () => {
    const color = await colorsFor(1);
    const text = renderImportTable({ heading: 'h', headers, rows: rows.slice(0, 1), footer: [], footerTone: 'ok', width: 100, color });
    expect(text).toContain('\u001b[');
    const plainText = renderImportTable({ heading: 'h', headers, rows: rows.slice(0, 1), footer: [], footerTone: 'ok', width: 100, color: plain });
    expect(stripVTControlCharacters(text)).toBe(plainText);
  });
});
