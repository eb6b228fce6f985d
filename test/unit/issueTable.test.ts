import { describe, expect, it } from 'vitest';
import type { ColorFns } from '../../src/colors.js';
import { LANGS, type Issue, type MessageParams, type Row, type RowChange } from '../../src/domain/types.js';
import type { SheetCheck, SheetNote } from '../../src/engine/runResult.js';
import { COLUMNS } from '../../src/input/columns.js';
import { renderIssueTable, type IssueTableOptions } from '../../src/report/issueTable.js';
import { checkedRow, sheetCheck, sheetIssue } from '../helpers/rows.js';

const fakeRender = (code: string, p: MessageParams) => `${code} ${JSON.stringify(p)}`;
const identity = (s: string) => s;
const plain: ColorFns = { red: identity, yellow: identity, green: identity, dim: identity, bold: identity };

function spec(letter: string) {
  const s = COLUMNS.find((c) => c.letter === letter);
  if (!s) throw new Error(letter);
  return s;
}

function issue(row: number, letter: string, code: string, value = '', extra: Partial<Issue> = {}): Issue {
  const s = spec(letter);
  return sheetIssue({ row, column: letter, header: s.label.en, key: s.key, field: s.field, severity: 'error', code, params: {}, value, ...extra });
}

function change(row: number, letter: string, from: string, to: string): RowChange {
  const s = spec(letter);
  return { row, column: letter, header: s.label.en, key: s.key, field: s.field, from, to };
}

function row(n: number, issues: Issue[] = [], changes: RowChange[] = []): Row {
  return checkedRow({ row: n, status: issues.some((i) => i.severity === 'error') ? 'invalid' : 'valid', client: null, issues, changes });
}

function outcome(rows: Row[], extra: { file?: string; sheet?: string; headerRow?: number; notes?: SheetNote[] } = {}): SheetCheck {
  return sheetCheck(rows, { ...extra, ...(extra.sheet !== undefined && { sheetName: extra.sheet }) });
}

function table(o: SheetCheck, opts: Partial<IssueTableOptions> = {}): string {
  return renderIssueTable(o, { render: fakeRender, lang: 'en', width: 100, color: plain, ...opts });
}

const lines = (text: string) => text.replace(/\n$/, '').split('\n');

// An independent measure for the fit tests: CJK and full-width count 2, everything else 1.
const columnsUsed = (line: string) => [...line].reduce((n, ch) => n + (/[\u3000-\u9fff\uac00-\ud7a3\uff00-\uff60]/.test(ch) ? 2 : 1), 0);

describe('renderIssueTable: what the user sees', () => {
  it('prints title, errors, warnings, changes, repeated problems, totals and next step, in that order', () => {
    const rows = [
      row(2, [], [change(2, 'E', 'Belgique', 'BE')]),
      row(3, [issue(3, 'G', 'vat.checksum', 'LU15027443'), issue(3, 'C', 'zip.format', '161', { severity: 'warning' })]),
      row(4, [issue(4, 'H', 'value.required')], [change(4, 'E', 'luxembourg', 'LU')]),
    ];
    expect(table(outcome(rows))).toBe(
      [
        'clients.xlsx — sheet "Clients", headers on row 1',
        '',
        'Errors (2)',
        '  Row  Column  Value         Problem',
        '    3  G VAT   "LU15027443"  vat.checksum {}',
        '    4  H IBAN  (empty)       value.required {}',
        '',
        'Warnings (1)',
        '  Row  Column  Value         Problem',
        '    3  C ZIP   "161"         zip.format {}',
        '',
        'Changes: values normalised, nothing to do',
        '  E Country  2 values normalised, e.g. "Belgique" → BE, "luxembourg" → LU',
        '',
        '3 rows checked: 1 valid, 2 with errors; 1 warning.',
        'Fix the cells above and run the check again; nothing was sent to Banqup.',
        '',
      ].join('\n'),
    );
  });

  it('speaks French when asked, with French typography', () => {
    const rows = [row(2, [issue(2, 'G', 'vat.checksum', 'LU1', { header: 'TVA' })]), row(3)];
    expect(lines(table(outcome(rows), { lang: 'fr' }))).toEqual([
      'clients.xlsx — feuille « Clients », en-têtes à la ligne 1',
      '',
      'Erreur (1)',
      '  Ligne  Colonne  Valeur  Problème',
      '      2  G TVA    "LU1"   vat.checksum {}',
      '',
      '2 lignes vérifiées : 1 valide, 1 en erreur ; aucun avertissement.',
      'Corrigez les cellules ci-dessus et relancez la vérification ; rien n’a été envoyé à Banqup.',
    ]);
  });

  it('lists problems grouped by row in row order, errors before warnings', () => {
    const rows = [
      row(9, [issue(9, 'M', 'email.syntax', 'x@'), issue(9, 'A', 'value.required')]),
      row(3, [issue(3, 'H', 'iban.checksum', 'LU28')]),
      row(5, [issue(5, 'B', 'w', '', { severity: 'warning' })]),
    ];
    const errorLines = lines(table(outcome(rows))).filter((l) => /^ +\d+ {2}[A-Z] /.test(l));
    expect(errorLines.map((l) => l.trim().split(/ +/).slice(0, 2).join(' '))).toEqual(['3 H', '9 A', '9 M', '5 B']);
  });

  it('quotes the value as typed and cuts a long one visibly', () => {
    const long = `R.C.S. Luxembourg B 123.456 ${'x'.repeat(50)}`;
    const out = table(outcome([row(2, [issue(2, 'F', 'rcs.format', long)])]));
    expect(out).toContain('  "R.C.S. Luxembourg B 1…"  rcs.format {}'); // 24 columns, quotes included
    expect(out).not.toContain('x'.repeat(30));
  });

  it.each([
    ['errors', [row(2, [issue(2, 'G', 'vat.checksum')])], 'dry-run', 'Fix the cells above and run the check again; nothing was sent to Banqup.'],
    ['errors, import', [row(2, [issue(2, 'G', 'vat.checksum')])], 'import', 'Fix the cells above and run the check again; nothing was sent to Banqup.'],
    ['no errors', [row(2), row(3)], 'dry-run', 'All 2 rows are valid. Run without --dry-run to import them.'],
    ['one valid row', [row(2)], 'dry-run', 'The row is valid. Run without --dry-run to import it.'],
    ['no errors, import', [row(2), row(3)], 'import', '2 rows checked: 2 valid, 0 with errors; no warnings.'],
    ['errors, none', [row(2, [issue(2, 'G', 'vat.checksum')])], 'none', '1 row checked: 0 valid, 1 with errors; no warnings.'],
  ] as const)('ends with what to do next (%s)', (_name, rows, nextStep, last) => {
    expect(lines(table(outcome([...rows]), { nextStep })).at(-1)).toBe(last);
  });

  it('says what to do next in French', () => {
    expect(lines(table(outcome([row(2), row(3)]), { lang: 'fr' })).at(-1)).toBe(
      'Les 2 lignes sont valides. Relancez sans --dry-run pour les importer.',
    );
  });

  it('counts warnings in the totals', () => {
    const rows = [row(2, [issue(2, 'C', 'zip.format', '', { severity: 'warning' }), issue(2, 'G', 'vat.prefix_added', '', { severity: 'warning' })])];
    expect(table(outcome(rows))).toContain('1 row checked: 1 valid, 0 with errors; 2 warnings.');
  });

  it('a file-level error note means there is something to fix even when every row is valid', () => {
    const o = outcome([row(2)], { notes: [{ code: 'reader.duplicate_header', severity: 'error', params: { column: 'P' } }] });
    const out = lines(table(o));
    expect(out.slice(1, 4)).toEqual(['', 'About the file', '  Error: reader.duplicate_header {"column":"P"}']);
    expect(out.at(-1)).toBe('Fix the cells above and run the check again; nothing was sent to Banqup.');
  });

  it.each([
    ['en', 'No client rows below the headers (row 4). Add one client per row under the headers, then run the check again.'],
    ['fr', 'Aucune ligne de client sous les en-têtes (ligne 4). Ajoutez un client par ligne sous les en-têtes, puis relancez la vérification.'],
  ] as const)('says clearly that the sheet has no rows (%s)', (lang, sentence) => {
    const out = table(outcome([], { headerRow: 4 }), { lang });
    expect(out.replace(/\n/g, ' ')).toContain(sentence);
    expect(out).not.toMatch(/Errors|Erreurs|valid/);
  });

  it('names standard input instead of "-"', () => {
    expect(lines(table(outcome([row(2)], { file: '-' })))[0]).toBe('standard input — sheet "Clients", headers on row 1');
    // A CSV has no sheet of its own: SheetJS's "Sheet1" is not shown.
    const csv = { ...outcome([row(2)], { file: 'clients.csv', sheet: 'Sheet1' }) };
    const csvCheck = { ...csv, sheet: { ...csv.sheet, format: 'csv' as const } };
    expect(lines(table(csvCheck))[0]).toBe('clients.csv — headers on row 1');
    expect(lines(table(csvCheck, { lang: 'fr', render: fakeRender }))[0]).toBe('clients.csv — en-têtes à la ligne 1');
  });
});

describe('renderIssueTable: changes and repeated problems', () => {
  it('summarises normalisations per column with a count and at most 3 distinct examples', () => {
    const changes = ['Belgique', 'luxembourg', 'Belgique', 'France', 'Lëtzebuerg'].map((from, i) =>
      change(i + 2, 'E', from, { Belgique: 'BE', luxembourg: 'LU', France: 'FR', Lëtzebuerg: 'LU' }[from] ?? ''),
    );
    const rows = changes.map((c) => row(c.row, [], [c]));
    rows.push(row(9, [], [change(9, 'G', '15027442', 'LU15027442')]));
    const out = lines(table(outcome(rows)));
    expect(out).toContain('  E Country  5 values normalised, e.g. "Belgique" → BE, "luxembourg" → LU, "France" → FR');
    expect(out).toContain('  G VAT      1 value normalised: "15027442" → LU15027442');
  });

  it('never breaks a value as typed across lines, and prints plain spaces', () => {
    const ibans = ['LU78 0019 4006 4475 1234', 'LU82 0021 2345 6789 0123', 'LU15 0038 7654 3210 1234'];
    const rows = ibans.map((from, i) => row(i + 2, [], [change(i + 2, 'H', from, from.replace(/ /g, ''))]));
    const text = table(outcome(rows), { width: 80 });
    for (const from of ibans) expect(lines(text).some((l) => l.includes(`"${from}" → ${from.replace(/ /g, '')}`))).toBe(true);
    expect(text).not.toContain('\u00A0');
    expect(Math.max(...lines(text).map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it.each([50, 60, 72])('on a %i-column terminal, where an example cannot fit one line, breaks only at spaces', (width) => {
    const ibans = ['LU78 0019 4006 4475 1234', 'LU82 0021 2345 6789 0123'];
    const rows = ibans.map((from, i) => row(i + 2, [], [change(i + 2, 'H', from, from.replace(/ /g, ''))]));
    const text = table(outcome(rows), { width });
    // Each normalised IBAN stands whole on a line (a trailing comma apart), never cut mid-word.
    const words = text.split(/\s+/).map((w) => w.replace(/,$/, ''));
    for (const from of ibans) expect(words).toContain(from.replace(/ /g, ''));
    expect(Math.max(...lines(text).map((l) => l.length))).toBeLessThanOrEqual(width);
  });

  it('summarises a problem of the same column on 3 or more rows once, listing at most 8 rows', () => {
    const rows = [3, 5, 9, 11, 12, 14, 20, 21, 30, 31].map((n) => row(n, [issue(n, 'G', 'vat.checksum')]));
    rows.push(row(40, [issue(40, 'H', 'iban.checksum')]), row(41, [issue(41, 'H', 'iban.checksum')]));
    const out = lines(table(outcome(rows)));
    const start = out.indexOf('Repeated problems');
    expect(start).toBeGreaterThan(0);
    expect(out[start + 1]).toBe('  10 rows: G VAT — vat.checksum {} (rows 3, 5, 9, 11, 12, 14, 20, 21, …)');
    // Two rows are not "repeated".
    expect(out.slice(start).join('\n')).not.toContain('H IBAN');
  });

  it('keeps the same code in different columns apart', () => {
    const rows = [2, 3, 4].map((n) => row(n, [issue(n, 'A', 'value.required'), issue(n, 'K', 'value.required')]));
    const out = table(outcome(rows));
    expect(out).toContain('  3 rows: A Client name — value.required {} (rows 2, 3, 4)');
    expect(out).toContain('  3 rows: K Contact name — value.required {} (rows 2, 3, 4)');
  });
});

describe('renderIssueTable: hostile and oversized input', () => {
  // Unlike fakeRender (JSON escapes controls), this puts the raw values into the message, as real templates do.
  const rawRender = (code: string, p: MessageParams) => `${code} ${Object.values(p).join(' ')}`;
  const hostile = '\u001b[31mRED\u001b[0m \u202Eevil\u202C \u2066iso\u2069 bell\u0007 nul\u0000 new\nline';
  const rows = [
    row(2, [
      issue(2, 'A', 'value.weird', hostile, { header: `Client \u001b[2Jname\u202E`, params: { value: hostile } }),
      issue(2, 'B', 'text.too_long', 'x'.repeat(10_000), { params: { value: 'x'.repeat(10_000), length: 10_000 } }),
    ], [change(2, 'E', `Belgique${hostile}`, 'BE')]),
    row(3, [issue(3, 'D', 'city.odd', '卢森堡市中心区域的一个很长的城市名称'.repeat(8), { header: '城市名称城市名称城市名称城市名称' })]),
    row(1_048_576, [
      issue(1_048_576, 'F', 'rcs.format', 'B 123', {
        params: { detail: 'Le numéro RCS luxembourgeois s’écrit avec une lettre suivie de un à sept chiffres, p. ex. « B123456 » ; retirez « R.C.S. Luxembourg » et les points, puis vérifiez le numéro au Registre de commerce et des sociétés.' },
      }),
    ]),
  ];
  const hostileOutcome = outcome(rows, {
    file: `clients\u001b[31m\u202E.xlsx`,
    sheet: `Feuille\u0007${'long'.repeat(40)}`,
    notes: [{ code: 'reader.extra_column', severity: 'warning', params: { header: hostile } }],
  });

  it.each([
    ['en', 100],
    ['fr', 100],
    ['en', 80],
    ['fr', 60],
    ['en', 40],
    ['fr', 40],
    ['en', 12],
  ] as const)('every line fits the width (%s, %i columns), with a 10 000-character value, CJK and long French', (lang, width) => {
    const out = lines(table(hostileOutcome, { lang, width, render: rawRender }));
    const limit = Math.max(width, 40);
    for (const line of out) expect(columnsUsed(line), line).toBeLessThanOrEqual(limit);
    expect(out.length).toBeLessThan(150);
  });

  it('wraps a long message onto continuation lines under the message column', () => {
    const out = lines(table(hostileOutcome, { width: 100 }));
    const first = out.findIndex((l) => l.includes('rcs.format'));
    const column = (out[first] ?? '').indexOf('rcs.format');
    expect(column).toBeGreaterThan(20);
    expect(out[first + 1]?.slice(0, column).trim()).toBe('');
    expect(out[first + 1]?.slice(column)).toMatch(/^\S/);
  });

  it('never lets escape sequences, control characters or bidi controls through', () => {
    for (const lang of LANGS) {
      const out = table(hostileOutcome, { lang, render: rawRender });
      expect(out).not.toContain('\u001b');
      expect(out).not.toContain('\u202E');
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
      expect(out).toContain('RED');
    }
  });
});

describe('renderIssueTable: colour', () => {
  const tag = (name: string) => (s: string) => `<${name}>${s}</${name}>`;
  const tagged: ColorFns = { red: tag('r'), yellow: tag('y'), green: tag('g'), dim: tag('d'), bold: tag('b') };

  it('colours headings and the last line only through the functions it is given', () => {
    const rows = [row(2, [issue(2, 'G', 'vat.checksum'), issue(2, 'C', 'zip.format', '', { severity: 'warning' })])];
    const out = table(outcome(rows), { color: tagged });
    expect(out).toContain('<b><r>Errors (1)</r></b>');
    expect(out).toContain('<b><y>Warnings (1)</y></b>');
    expect(out).toContain('<r><b>Fix the cells above and run the check again; nothing was sent to Banqup.</b></r>');
  });

  it('prints no ANSI code at all with identity colours', () => {
    const rows = [row(2, [issue(2, 'G', 'vat.checksum')]), row(3)];
    expect(table(outcome(rows))).not.toMatch(/\u001b/);
  });
});
