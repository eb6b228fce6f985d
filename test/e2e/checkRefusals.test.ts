import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { MessageParams } from '../../src/domain/types.js';
import { CFB } from '../../src/input/cfb.js';
import { renderMessage } from '../../src/messages.js';
import { expectRefused, makeTempDir, removeTempDirs } from '../helpers/cliJson.js';
import { ROOT, runCli } from '../helpers/runCli.js';
import { removeTempFiles, writeTempFile } from '../helpers/workbook.js';

// What a user gets for input the CLI cannot use: exit 2, one clear sentence on stderr (the
// catalogue's message, in the user's language), no stack trace, and nothing on stdout, where a
// script would be parsing JSON.

afterAll(async () => {
  await removeTempFiles();
  await removeTempDirs();
});

const message = (code: string, params: MessageParams = {}) => `banqup-import: ${renderMessage(code, params, 'en')}\n`;

/** A .docx as Word saves it, reduced to what tells it apart: a zip with `word/` parts. */
function wordDocument(): Uint8Array {
  const zip = CFB.utils.cfb_new();
  CFB.utils.cfb_add(zip, '[Content_Types].xml', Buffer.from('<?xml version="1.0"?><Types/>'));
  CFB.utils.cfb_add(zip, 'word/document.xml', Buffer.from('<?xml version="1.0"?><w:document/>'));
  return new Uint8Array(CFB.write(zip, { fileType: 'zip', type: 'buffer' }));
}

/** Bytes from a fixed linear congruential generator: random-looking, the same on every run. */
function noise(length: number): Uint8Array {
  let x = 12345;
  return Uint8Array.from({ length }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x >>> 16 & 0xff;
  });
}

describe('files that are not a client sheet', () => {
  it.each([
    ['a PDF', 'clients.pdf', () => new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), 'input.pdf'],
    ['a PNG screenshot', 'clients.png', () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), 'input.image'],
    ['a Word document', 'clients.docx', wordDocument, 'input.word_file'],
    ['an empty file', 'clients.xlsx', () => new Uint8Array(), 'input.empty_file'],
    ['random bytes', 'clients.xls', () => noise(4096), 'input.not_spreadsheet'],
  ])('%s: exit 2, says what the file is, nothing on stdout even with --json', async (_what, name, bytes, code) => {
    const file = await writeTempFile(name, bytes());
    const r = await runCli([file, '--dry-run', '--json']);
    expectRefused(r);
    expect(r.stderr).toBe(message(code));
  });

  it('an xlsx cut short (an interrupted download): exit 2, "damaged"', async () => {
    const whole = await readFile(`${ROOT}fixtures/libreoffice/clients-mixed.xlsx`);
    const file = await writeTempFile('cut.xlsx', new Uint8Array(whole.subarray(0, Math.floor(whole.length / 2))));
    const r = await runCli([file, '--dry-run']);
    expectRefused(r);
    expect(r.stderr).toBe(message('input.corrupt'));
  });

  it('a file that does not exist, and a folder', async () => {
    const dir = await makeTempDir();
    const missing = await runCli([`${dir}/nothing-here.xlsx`, '--dry-run']);
    expectRefused(missing);
    expect(missing.stderr).toBe(message('input.file_not_found', { path: `${dir}/nothing-here.xlsx` }));
    const folder = await runCli([dir, '--dry-run', '--ndjson']);
    expectRefused(folder);
    expect(folder.stderr).toBe(message('input.is_directory', { path: dir }));
  });
});

describe('flags', () => {
  it('a mistyped flag: exit 2, naming it and suggesting the right one', async () => {
    const r = await runCli(['fixtures/example-clients.xlsx', '--dry-runn']);
    expectRefused(r);
    expect(r.stderr).toContain("'--dry-runn'");
    expect(r.stderr).toContain('--dry-run?');
    expect(r.stderr).toContain('banqup-import --help');
  });

  it.each([
    ['--json with --ndjson', ['fixtures/example-clients.xlsx', '--dry-run', '--json', '--ndjson'], message('usage.json_and_ndjson')],
    ['no file', ['--dry-run'], message('usage.no_file')],
  ])('%s: exit 2 with the reason', async (_what, args, expected) => {
    const r = await runCli(args);
    expectRefused(r);
    expect(r.stderr).toBe(expected);
  });

  it('in French, with the fix: an unquoted file name with a space, and a mistyped command', async () => {
    const fr = { LANG: 'fr_BE.UTF-8' };
    const split = await runCli(['Mes', 'clients.xlsx', '--dry-run'], { env: fr });
    expectRefused(split);
    expect(split.stderr).toContain('Un seul fichier à la fois : 2 ont été donnés.');
    expect(split.stderr).toContain('« banqup-import --help »');
    const typo = await runCli(['templat'], { env: fr });
    expectRefused(typo);
    expect(typo.stderr).toBe('banqup-import: Fichier introuvable : templat. Vouliez-vous dire la commande « banqup-import template » ?\n');
  });

  it.each([
    ['--lang it', ['--lang', 'it'], /--lang/],
    ['--max-rows 0', ['--max-rows', '0'], /--max-rows/],
  ])('an invalid value (%s): exit 2, naming the flag', async (_what, flag, names) => {
    const r = await runCli(['fixtures/example-clients.xlsx', '--dry-run', ...flag]);
    expectRefused(r);
    expect(r.stderr).toMatch(names);
  });
});
