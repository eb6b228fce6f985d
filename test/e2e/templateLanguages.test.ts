import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
// @ts-expect-error: plain JavaScript fixture data, shared with the LibreOffice fixture scripts.
import { LANGUAGE_ROWS } from '../../fixtures/fixtureRows.mjs';
import { COLUMNS, TEMPLATE_LANGS, type TemplateLang } from '../../src/input/columns.js';
import { TEMPLATE_TEXT } from '../../src/template/templateText.js';
import { makeTempDir, removeTempDirs, runJson, type JsonDoc } from '../helpers/cliJson.js';
import { ROOT, runCli } from '../helpers/runCli.js';

// Issue 12, item 2: a French-, Dutch- or German-speaking office gets the template in its language,
// fills it, and the import reads it exactly as it reads the English one.

const ROWS = LANGUAGE_ROWS as readonly (readonly string[])[];
const LIBREOFFICE = `${ROOT}fixtures/libreoffice/`;

afterAll(removeTempDirs);

const sheetRows = (book: XLSX.WorkBook, name: string) =>
  XLSX.utils.sheet_to_json<string[]>(book.Sheets[name] ?? {}, { header: 1, raw: false, defval: '' });
/** A sheet's text, cell after cell, spaces folded. */
const flat = (book: XLSX.WorkBook, name: string) =>
  sheetRows(book, name)
    .map((row) => row.join(' | '))
    .join(' | ')
    .replace(/\s+/g, ' ');
/** What must not depend on the template's language: each row's status, normalised client and problems. */
const clients = (doc: JsonDoc) => doc.rows.map((r) => ({ row: r.row, status: r.status, client: r.client, issues: r.issues.map((i) => [i.column, i.code, i.value]) }));

describe('banqup-import template --lang en|fr|nl|de', () => {
  let dir: string;
  const books = new Map<TemplateLang, XLSX.WorkBook>();
  beforeAll(async () => {
    dir = await makeTempDir();
    for (const lang of TEMPLATE_LANGS) {
      const r = await runCli(['template', '--lang', lang, '-o', `clients-${lang}.xlsx`], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      books.set(lang, XLSX.read(await readFile(join(dir, `clients-${lang}.xlsx`)), { type: 'buffer' }));
    }
  });

  it.each(TEMPLATE_LANGS)('%s: the sheets, the headers, the Instructions and the Lists are in that language', (lang) => {
    const book = books.get(lang)!;
    const words = TEMPLATE_TEXT[lang];
    expect(book.SheetNames).toEqual([words.sheets.clients, words.sheets.instructions, words.sheets.lists]);
    expect(sheetRows(book, words.sheets.clients)[0]).toEqual(COLUMNS.map((c) => (c.required ? `${c.label[lang]} *` : c.label[lang])));
    const instructions = flat(book, words.sheets.instructions);
    expect(instructions).toContain(words.howTo);
    for (const c of COLUMNS) expect(instructions, c.key).toContain(c.help[lang].replace(/\s+/g, ' '));
    const lists = flat(book, words.sheets.lists);
    expect(lists).toContain(words.languagesTitle);
    expect(lists).toContain(words.countriesTitle);
  });

  it.each(['nl', 'de'] as const)('%s: no English sentence of the English template is left in it', (lang) => {
    const english = books.get('en')!;
    const book = books.get(lang)!;
    const text = book.SheetNames.map((name) => flat(book, name)).join(' ');
    const sentences = [TEMPLATE_TEXT.en.howTo, TEMPLATE_TEXT.en.languagesTitle, TEMPLATE_TEXT.en.countriesTitle, ...COLUMNS.map((c) => c.help.en)];
    for (const sentence of sentences) expect(text).not.toContain(sentence.replace(/\s+/g, ' '));
    expect(flat(english, 'Instructions')).toContain(TEMPLATE_TEXT.en.howTo);
  });

  it('without --lang, the locale chooses: LANG=nl_BE.UTF-8 gives the Dutch template, LANG=de_LU the German one', async () => {
    for (const [locale, lang] of [['nl_BE.UTF-8', 'nl'], ['de_LU.UTF-8', 'de']] as const) {
      const r = await runCli(['template', '-o', `locale-${lang}.xlsx`], { cwd: dir, env: { LANG: locale } });
      expect(r.code, r.stderr).toBe(0);
      const book = XLSX.read(await readFile(join(dir, `locale-${lang}.xlsx`)), { type: 'buffer' });
      expect(book.SheetNames[0]).toBe(TEMPLATE_TEXT[lang].sheets.clients);
    }
  });

  it('each language’s template, filled with the same rows, gives the same clients in --dry-run --json', async () => {
    const docs: JsonDoc[] = [];
    for (const lang of TEMPLATE_LANGS) {
      const book = books.get(lang)!;
      const sheet = book.Sheets[TEMPLATE_TEXT[lang].sheets.clients]!;
      XLSX.utils.sheet_add_aoa(sheet, ROWS.map((r) => [...r]), { origin: 'A2' });
      const path = join(dir, `filled-${lang}.xlsx`);
      await writeFile(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
      const r = await runJson([path, '--dry-run']);
      expect(r.code, r.stderr).toBe(3);
      expect(r.doc.sheet).toBe(TEMPLATE_TEXT[lang].sheets.clients);
      docs.push(r.doc);
    }
    const english = clients(docs[0]!);
    expect(english.map((r) => r.status)).toEqual(['valid', 'valid', 'valid', 'invalid']);
    expect(english[3]?.issues).toEqual([['M', 'email.format', 'helene.giraud@pharmacie-du-port.example,fr']]);
    for (const doc of docs.slice(1)) expect(clients(doc)).toEqual(english);
  });
});

describe('templates filled and saved by LibreOffice', () => {
  let english: ReturnType<typeof clients>;
  beforeAll(async () => {
    const dir = await makeTempDir();
    const r = await runCli(['template', '-o', 'en.xlsx'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const book = XLSX.read(await readFile(join(dir, 'en.xlsx')), { type: 'buffer' });
    XLSX.utils.sheet_add_aoa(book.Sheets.Clients!, ROWS.map((row) => [...row]), { origin: 'A2' });
    await writeFile(join(dir, 'filled.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    english = clients((await runJson([join(dir, 'filled.xlsx'), '--dry-run'])).doc);
  });

  it.each([
    ['template-fr-filled.xlsx', 'the French template re-saved as xlsx', 'Clients'],
    ['template-nl-filled.ods', 'the Dutch template saved as OpenDocument', 'Klanten'],
  ])('%s (%s): the same clients, statuses and problems as the English template', async (file, _what, sheet) => {
    const r = await runJson([`${LIBREOFFICE}${file}`, '--dry-run']);
    expect(r.code, r.stderr).toBe(3);
    expect(r.doc.sheet).toBe(sheet);
    expect(clients(r.doc)).toEqual(english);
  });

  it('template-de-filled.xlsx (German headers typed as CSV, converted by LibreOffice, which made numbers of some cells): the same clients', async () => {
    const r = await runJson([`${LIBREOFFICE}template-de-filled.xlsx`, '--dry-run']);
    expect(r.code, r.stderr).toBe(3);
    // LibreOffice read "06300" as the number 6300 and "0712345630" as 712345630: the reader
    // restores both, with a warning each, so the clients are those of the English template.
    expect(r.doc.rows.map((row) => ({ row: row.row, status: row.status, client: row.client }))).toEqual(
      english.map((row) => ({ row: row.row, status: row.status, client: row.client })),
    );
    expect(r.doc.rows[3]?.issues.filter((i) => i.severity === 'error').map((i) => [i.column, i.code])).toEqual([['M', 'email.format']]);
  });
});
